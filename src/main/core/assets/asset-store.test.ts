import { createHash } from 'node:crypto'
import { afterEach, describe, expect, it } from 'vitest'
import { DataStore } from '../db/data-store'
import { useTempDirs } from '../test-support/temp-dir'
import { AssetStore } from './asset-store'

const tempDir = useTempDirs()
const stores: DataStore[] = []
afterEach(() => stores.splice(0).forEach((s) => s.close()))

function open() {
  const store = new DataStore(tempDir())
  stores.push(store)
  return { store, assets: new AssetStore(store) }
}

describe('AssetStore', () => {
  it('keys bytes by their SHA-256 and stores the same bytes once', () => {
    const { store, assets } = open()
    const png = new Uint8Array([0x89, 0x50, 0x4e, 0x47, 1, 2, 3])
    const first = assets.put(png, 'image/png')
    expect(first).toEqual({
      sha256: createHash('sha256').update(png).digest('hex'),
      mime: 'image/png',
      bytes: 7,
    })
    assets.put(png, 'image/png')
    expect(store.db.prepare('SELECT count(*) FROM asset').pluck().get()).toBe(1)
    expect(assets.get(first.sha256)).toEqual({ mime: 'image/png', body: png })
    expect(assets.meta(first.sha256)).toEqual(first)
  })

  it('answers null for unknown or malformed keys', () => {
    const { assets } = open()
    expect(assets.get('0'.repeat(64))).toBeNull()
    expect(assets.get("x' OR 1=1 --")).toBeNull()
    expect(assets.meta('ABC')).toBeNull()
  })

  it('the table refuses a key that is not a lowercase SHA-256 or a size that lies', () => {
    const { store } = open()
    const insert = store.db.prepare('INSERT INTO asset (sha256, mime, bytes, data) VALUES (?, ?, ?, ?)')
    expect(() => insert.run('A'.repeat(64), 'image/png', 1, Buffer.from([1]))).toThrow(/CHECK/)
    expect(() => insert.run('a'.repeat(64), 'image/png', 5, Buffer.from([1]))).toThrow(/CHECK/)
  })

  it('deletes what is no longer in use, nothing else', () => {
    const { assets } = open()
    const keep = assets.put(new Uint8Array([1]), 'image/png')
    const drop = assets.put(new Uint8Array([2]), 'image/png')
    expect(assets.deleteExcept(new Set([keep.sha256]))).toBe(1)
    expect(assets.get(keep.sha256)).not.toBeNull()
    expect(assets.get(drop.sha256)).toBeNull()
  })
})
