import { resolve } from 'node:path'
import { describe, expect, it } from 'vitest'
import { dataDirFlag, resolveDataDir } from './data-dir'

describe('resolveDataDir', () => {
  it('uses --data-dir DIR and --data-dir=DIR, made absolute', () => {
    expect(resolveDataDir(['electron', '.', '--data-dir', 'tmp/a'], {}, '/home/u/.config/Paperdesk')).toEqual(
      {
        dir: resolve('tmp/a'),
        overridden: true,
      },
    )
    expect(dataDirFlag(['x', '--data-dir=/data/p'])).toBe('/data/p')
  })

  it('prefers the flag over PAPERDESK_DATA_DIR, and the env over the default', () => {
    expect(resolveDataDir(['--data-dir', '/flag'], { PAPERDESK_DATA_DIR: '/env' }, '/default').dir).toBe(
      resolve('/flag'),
    )
    expect(resolveDataDir([], { PAPERDESK_DATA_DIR: '/env' }, '/default')).toEqual({
      dir: resolve('/env'),
      overridden: true,
    })
  })

  it('falls back to userData, not overridden, when neither is given or they are empty', () => {
    expect(resolveDataDir(['--data-dir'], { PAPERDESK_DATA_DIR: '' }, '/default')).toEqual({
      dir: '/default',
      overridden: false,
    })
  })
})
