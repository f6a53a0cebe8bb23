import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterAll, describe, expect, it, vi } from 'vitest'

const protocol = vi.hoisted(() => ({ registerSchemesAsPrivileged: vi.fn(), handle: vi.fn() }))
vi.mock('electron', () => ({ protocol }))

import { CONTENT_SECURITY_POLICY } from '../security/csp'
import { handleAppProtocol, handleAssetProtocol, registerPrivilegedSchemes } from './app-protocol'

const base = mkdtempSync(join(tmpdir(), 'paperdesk-protocol-'))
afterAll(() => rmSync(base, { recursive: true, force: true }))

describe('app protocol', () => {
  it('registers app:// as standard, secure and fetchable, and nothing more permissive', () => {
    registerPrivilegedSchemes()
    const schemes = protocol.registerSchemesAsPrivileged.mock.calls[0]![0] as Array<{
      scheme: string
      privileges: Record<string, boolean>
    }>
    expect(schemes.find((s) => s.scheme === 'app')?.privileges).toEqual({
      standard: true,
      secure: true,
      supportFetchAPI: true,
    })
    for (const s of schemes) {
      expect(s.privileges).not.toHaveProperty('bypassCSP')
      expect(s.privileges).not.toHaveProperty('allowServiceWorkers')
    }
    // Only the asset scheme takes part in CORS.
    expect(schemes.filter((s) => s.privileges['corsEnabled']).map((s) => s.scheme)).toEqual([
      'paperdesk-asset',
    ])
  })

  it('serves the renderer folder through protocol.handle, with the CSP, and refuses traversal', async () => {
    const root = join(base, 'renderer')
    mkdirSync(root)
    writeFileSync(join(root, 'index.html'), '<p>ok</p>')
    writeFileSync(join(base, 'secret.txt'), 'SECRET')
    handleAppProtocol(root)
    const [scheme, handler] = protocol.handle.mock.calls[0]! as [string, (r: Request) => Promise<Response>]
    expect(scheme).toBe('app')
    const ok = await handler(new Request('app://paperdesk/index.html'))
    expect(ok.status).toBe(200)
    expect(ok.headers.get('content-security-policy')).toBe(CONTENT_SECURITY_POLICY)
    expect(await ok.text()).toBe('<p>ok</p>')
    const bad = await handler(new Request('app://paperdesk/..%2fsecret.txt'))
    expect(bad.status).toBe(403)
  })
})

describe('asset protocol', () => {
  it('answers from the core’s asset routes, readable by the app’s origin only', async () => {
    const { AssetRoutes } = await import('../core/assets/asset-routes')
    const assets = new AssetRoutes()
    assets.register('blob', (id) =>
      id === 'abc' ? { body: new Uint8Array([1, 2]), mime: 'application/pdf' } : null,
    )
    handleAssetProtocol(assets)
    const [scheme, handler] = protocol.handle.mock.calls.at(-1)! as [
      string,
      (r: Request) => Promise<Response>,
    ]
    expect(scheme).toBe('paperdesk-asset')
    const hit = await handler(new Request('paperdesk-asset://blob/abc'))
    expect(hit.status).toBe(200)
    expect(hit.headers.get('access-control-allow-origin')).toBe('app://paperdesk')
    expect(new Uint8Array(await hit.arrayBuffer())).toEqual(new Uint8Array([1, 2]))
    expect((await handler(new Request('paperdesk-asset://blob/nope'))).status).toBe(404)
  })
})
