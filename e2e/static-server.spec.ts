import { request as httpRequest } from 'node:http'
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { expect, test } from '@playwright/test'
import { CONTENT_SECURITY_POLICY } from '../src/main/security/csp'
import { serveRenderer, type RendererServer } from './harness/serve-renderer'

// The harness's static server (the app:// handler over http): right MIME types, the app's CSP,
// and nothing outside the served folder.
function get(
  origin: string,
  rawPath: string,
): Promise<{ status: number; type: string | undefined; csp: string | undefined; body: string }> {
  return new Promise((resolve, reject) => {
    const req = httpRequest(`${origin}/`, { path: rawPath }, (res) => {
      let body = ''
      res.setEncoding('utf8')
      res.on('data', (chunk: string) => (body += chunk))
      res.on('end', () =>
        resolve({
          status: res.statusCode ?? 0,
          type: res.headers['content-type'],
          csp: res.headers['content-security-policy'] as string | undefined,
          body,
        }),
      )
    })
    req.on('error', reject)
    req.end()
  })
}

test.describe('renderer static server', () => {
  let parent: string
  let server: RendererServer

  test.beforeAll(async () => {
    parent = mkdtempSync(join(tmpdir(), 'paperdesk-e2e-static-'))
    mkdirSync(join(parent, 'site', 'assets'), { recursive: true })
    writeFileSync(join(parent, 'secret.txt'), 'outside')
    writeFileSync(join(parent, 'site', 'index.html'), '<!doctype html><title>x</title>')
    writeFileSync(join(parent, 'site', 'assets', 'app.js'), 'export {}')
    writeFileSync(join(parent, 'site', 'assets', 'app.css'), 'body{}')
    server = await serveRenderer(join(parent, 'site'))
  })

  test.afterAll(async () => {
    await server?.close()
    rmSync(parent, { recursive: true, force: true })
  })

  test('serves files with their MIME types', async () => {
    expect(server.origin).toMatch(/^http:\/\/127\.0\.0\.1:\d+$/)
    expect(await get(server.origin, '/')).toMatchObject({ status: 200, type: 'text/html; charset=utf-8' })
    expect(await get(server.origin, '/assets/app.js?v=1')).toMatchObject({
      status: 200,
      type: 'text/javascript; charset=utf-8',
    })
    expect((await get(server.origin, '/assets/app.css')).type).toBe('text/css; charset=utf-8')
    expect((await get(server.origin, '/')).csp).toBe(CONTENT_SECURITY_POLICY)
    expect((await get(server.origin, '/missing.js')).status).toBe(404)
    expect((await get(server.origin, '/assets')).status).toBe(404)
  })

  test('never serves a file outside its folder', async () => {
    for (const path of [
      '/../secret.txt',
      '/..%2fsecret.txt',
      '/%2e%2e/secret.txt',
      '/assets/..%2f..%2fsecret.txt',
      '/%00',
    ]) {
      const res = await get(server.origin, path)
      expect([403, 404], path).toContain(res.status)
      expect(res.body, path).not.toContain('outside')
    }
  })
})

test('the harness binding trusts whole origins only', async () => {
  const { sameOrigin } = await import('./harness/launch-harness')
  expect(sameOrigin('http://127.0.0.1:4000/index.html#/notes', 'http://127.0.0.1:4000')).toBe(true)
  expect(sameOrigin('http://127.0.0.1:40001/index.html', 'http://127.0.0.1:4000')).toBe(false)
  expect(sameOrigin('http://127.0.0.1:4000.evil.test/', 'http://127.0.0.1:4000')).toBe(false)
  expect(sameOrigin('not a url', 'http://127.0.0.1:4000')).toBe(false)
})

test('the harness serves paperdesk-asset content on its same-origin route', async () => {
  const { AssetRoutes } = await import('../src/main/core/assets/asset-routes')
  const assets = new AssetRoutes()
  assets.register('blob', (id) =>
    id === 'abc' ? { body: new TextEncoder().encode('PNGDATA'), mime: 'image/png' } : null,
  )
  const dir = mkdtempSync(join(tmpdir(), 'paperdesk-assets-'))
  writeFileSync(join(dir, 'index.html'), '<!doctype html>')
  const server = await serveRenderer(dir, assets)
  try {
    const hit = await get(server.origin, '/__paperdesk-asset/blob/abc')
    expect(hit).toMatchObject({ status: 200, type: 'image/png', body: 'PNGDATA' })
    expect((await get(server.origin, '/__paperdesk-asset/blob/nope')).status).toBe(404)
    expect((await get(server.origin, '/__paperdesk-asset/blob/..%2f..%2findex.html')).status).toBe(404)
    expect(server.assetBaseUrl).toBe(`${server.origin}/__paperdesk-asset/`)
  } finally {
    await server.close()
    rmSync(dir, { recursive: true, force: true })
  }
})
