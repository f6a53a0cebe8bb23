import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { mimeTypeOf, resolveAppFile, serveAppFile } from './app-files'
import { CONTENT_SECURITY_POLICY } from './security/csp'

let base: string
let root: string

beforeAll(() => {
  base = mkdtempSync(join(tmpdir(), 'paperdesk-app-files-'))
  root = join(base, 'out', 'renderer')
  mkdirSync(join(root, 'assets'), { recursive: true })
  writeFileSync(join(root, 'index.html'), '<!doctype html><title>Paperdesk</title>')
  writeFileSync(join(root, 'assets', 'index-abc.js'), 'console.log(1)')
  writeFileSync(join(root, 'assets', 'index-abc.css'), 'body{}')
  writeFileSync(join(root, 'assets', 'font.woff2'), 'w')
  writeFileSync(join(root, 'assets', 'a b.svg'), '<svg/>')
  // Secrets just outside the served folder: none of them may ever come back.
  writeFileSync(join(base, 'secret.txt'), 'SECRET')
  writeFileSync(join(base, 'out', 'secret.txt'), 'SECRET')
  mkdirSync(join(base, 'out', 'renderer-evil'))
  writeFileSync(join(base, 'out', 'renderer-evil', 'x.js'), 'SECRET')
})

afterAll(() => rmSync(base, { recursive: true, force: true }))

describe('serveAppFile', () => {
  it('serves index.html for / and by name, with the CSP header and no sniffing', async () => {
    for (const url of [
      'app://paperdesk/',
      'app://paperdesk/index.html',
      'app://paperdesk/index.html#/settings',
    ]) {
      const res = await serveAppFile(url, root)
      expect(res.status).toBe(200)
      expect(res.headers.get('content-type')).toBe('text/html; charset=utf-8')
      expect(res.headers.get('content-security-policy')).toBe(CONTENT_SECURITY_POLICY)
      expect(res.headers.get('x-content-type-options')).toBe('nosniff')
      expect(await res.text()).toContain('<title>Paperdesk</title>')
    }
  })

  it('serves built assets with their MIME types', async () => {
    const js = await serveAppFile('app://paperdesk/assets/index-abc.js', root)
    expect(js.headers.get('content-type')).toBe('text/javascript; charset=utf-8')
    expect(await js.text()).toBe('console.log(1)')
    expect(
      (await serveAppFile('app://paperdesk/assets/index-abc.css', root)).headers.get('content-type'),
    ).toBe('text/css; charset=utf-8')
    expect((await serveAppFile('app://paperdesk/assets/font.woff2', root)).headers.get('content-type')).toBe(
      'font/woff2',
    )
    const svg = await serveAppFile('app://paperdesk/assets/a%20b.svg', root)
    expect(svg.status).toBe(200)
    expect(svg.headers.get('content-type')).toBe('image/svg+xml')
  })

  it.each([
    'app://paperdesk/../../etc/passwd',
    'app://paperdesk/../secret.txt',
    'app://paperdesk/%2e%2e/%2e%2e/secret.txt',
    'app://paperdesk/%2E%2E/secret.txt',
    'app://paperdesk/..%2fsecret.txt',
    'app://paperdesk/..%2F..%2Fsecret.txt',
    'app://paperdesk/assets/..%2f..%2fsecret.txt',
    'app://paperdesk/..%5csecret.txt',
    'app://paperdesk/%2e%2e%5c%2e%2e%5csecret.txt',
    'app://paperdesk/..%252fsecret.txt',
    'app://paperdesk/%2fetc%2fpasswd',
    'app://paperdesk//etc/passwd',
    'app://paperdesk/index.html%00.js',
    'app://paperdesk/..%2frenderer-evil%2fx.js',
  ])('never serves anything outside the renderer folder: %s', async (url) => {
    const res = await serveAppFile(url, root)
    expect([400, 403, 404]).toContain(res.status)
    expect(await res.text()).not.toContain('SECRET')
  })

  it('refuses encoded traversal with 403 rather than looking it up', () => {
    expect(resolveAppFile('app://paperdesk/..%2f..%2fetc%2fpasswd', root)).toEqual({ ok: false, status: 403 })
    expect(resolveAppFile('app://paperdesk/a%5c..%5c..%5csecret.txt', root)).toEqual({
      ok: false,
      status: 403,
    })
    expect(resolveAppFile('app://paperdesk/a%00b', root)).toEqual({ ok: false, status: 403 })
    expect(resolveAppFile('app://paperdesk/%E0%A4%A', root)).toEqual({ ok: false, status: 400 })
  })

  it('maps URL-normalised traversal back inside the root, where nothing is found', async () => {
    // The URL parser itself drops `..` (and `%2e%2e`) segments, so these land inside root.
    expect(resolveAppFile('app://paperdesk/../../etc/passwd', root)).toEqual({
      ok: true,
      file: join(root, 'etc', 'passwd'),
    })
    expect((await serveAppFile('app://paperdesk/../../etc/passwd', root)).status).toBe(404)
  })

  it('answers only for the paperdesk host and the app scheme', async () => {
    expect((await serveAppFile('app://other/index.html', root)).status).toBe(404)
    expect((await serveAppFile('file:///index.html', root)).status).toBe(404)
  })

  it('404s for missing files and folders, and refuses methods other than GET/HEAD', async () => {
    expect((await serveAppFile('app://paperdesk/nope.js', root)).status).toBe(404)
    expect((await serveAppFile('app://paperdesk/assets', root)).status).toBe(404)
    expect((await serveAppFile('app://paperdesk/index.html', root, 'POST')).status).toBe(405)
    const head = await serveAppFile('app://paperdesk/index.html', root, 'HEAD')
    expect(head.status).toBe(200)
    expect(await head.text()).toBe('')
  })
})

describe('mimeTypeOf', () => {
  it('knows the renderer build types and falls back to octet-stream', () => {
    expect(mimeTypeOf('x.MJS')).toBe('text/javascript; charset=utf-8')
    expect(mimeTypeOf('x.png')).toBe('image/png')
    expect(mimeTypeOf('x.wasm')).toBe('application/wasm')
    expect(mimeTypeOf('x.unknown')).toBe('application/octet-stream')
    expect(mimeTypeOf('Makefile')).toBe('application/octet-stream')
  })
})

describe('serveAppFile on the disk itself', () => {
  it('refuses a symlink inside the renderer folder that points outside it', async () => {
    const { symlinkSync } = await import('node:fs')
    symlinkSync(join(base, 'secret.txt'), join(root, 'assets', 'leak.txt'))
    symlinkSync(join(base, 'out'), join(root, 'assets', 'up'))
    const res = await serveAppFile('app://paperdesk/assets/leak.txt', root)
    expect(res.status).toBe(403)
    expect(await res.text()).not.toContain('SECRET')
    expect((await serveAppFile('app://paperdesk/assets/up/secret.txt', root)).status).toBe(403)
  })

  it('still serves a symlink that stays inside the folder', async () => {
    const { symlinkSync } = await import('node:fs')
    symlinkSync(join(root, 'index.html'), join(root, 'assets', 'home.html'))
    const res = await serveAppFile('app://paperdesk/assets/home.html', root)
    expect(res.status).toBe(200)
    expect(await res.text()).toContain('<title>Paperdesk</title>')
  })

  it('answers 404 for a FIFO instead of hanging, and for a folder', async () => {
    const { execFileSync } = await import('node:child_process')
    execFileSync('mkfifo', [join(root, 'assets', 'pipe.js')])
    const res = await serveAppFile('app://paperdesk/assets/pipe.js', root)
    expect(res.status).toBe(404)
    expect((await serveAppFile('app://paperdesk/assets', root)).status).toBe(404)
  })
})
