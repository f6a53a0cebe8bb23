import { describe, expect, it } from 'vitest'
import { AssetRoutes } from './asset-routes'

describe('AssetRoutes', () => {
  const routes = new AssetRoutes()
  const png = new Uint8Array([0x89, 0x50, 0x4e, 0x47])
  routes.register('note', (path) => (path === 'abc123' ? { body: png, mime: 'image/png' } : null))
  routes.register('broken', () => {
    throw new Error('boom')
  })

  it('serves a registered kind with its type and no-sniff', async () => {
    const res = await routes.serveUrl('paperdesk-asset://note/abc123')
    expect(res.status).toBe(200)
    expect(res.headers.get('content-type')).toBe('image/png')
    expect(res.headers.get('x-content-type-options')).toBe('nosniff')
    expect(new Uint8Array(await res.arrayBuffer())).toEqual(png)
    expect(await (await routes.serve('note', '/abc123', 'HEAD')).arrayBuffer()).toHaveProperty(
      'byteLength',
      0,
    )
  })

  it('answers 404 for unknown kinds and ids, and refuses odd paths and methods', async () => {
    expect((await routes.serve('note', 'nope')).status).toBe(404)
    expect((await routes.serve('other', 'abc123')).status).toBe(404)
    expect((await routes.serve('note', '../abc123')).status).toBe(404)
    expect((await routes.serve('note', '%2e%2e/abc123')).status).toBe(404)
    expect((await routes.serve('note', '%E0%A4%A')).status).toBe(400)
    expect((await routes.serve('note', 'abc123', 'POST')).status).toBe(405)
    expect((await routes.serveUrl('not a url')).status).toBe(400)
  })

  it('a failing handler is a 500, not a crash', async () => {
    expect((await routes.serve('broken', 'x')).status).toBe(500)
  })

  it('refuses a kind registered twice or with a bad name', () => {
    expect(() => routes.register('note', () => null)).toThrow(/twice/)
    expect(() => routes.register('No Good', () => null)).toThrow(/bad asset kind/)
  })
})
