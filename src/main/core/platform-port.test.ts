import { writeFileSync } from 'node:fs'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { HarnessPlatform } from './harness-platform'
import { openCore } from './open-core'
import { threePagePdf } from './sign/test-support/sign-fixtures'
import { useTempDirs } from './test-support/temp-dir'

const tempDir = useTempDirs()

/** The Electron shell's rule without Electron: only paths "dropped" (granted) here may be named. */
class DropOnlyPlatform extends HarnessPlatform {
  readonly dropped = new Set<string>()
  override acceptsRendererPath(path: string): boolean {
    return this.dropped.has(path)
  }
}

const refused = {
  ok: false,
  error: expect.objectContaining({ code: 'FORBIDDEN', details: { reason: 'path-not-granted' } }),
}

describe('paths the renderer names', () => {
  it('are read only when the shell says the user dropped them', async () => {
    const dir = tempDir()
    const pdf = join(dir, 'contract.pdf')
    writeFileSync(pdf, await threePagePdf())
    const platform = new DropOnlyPlatform()
    const core = openCore({ dataDir: join(dir, 'data'), platform })
    try {
      // A page running script it should not: names files the user never handed over.
      expect(await core.call('paperdesk:sign.openDocument', { path: pdf })).toEqual(refused)
      expect(await core.call('paperdesk:certify.verifyPdf', { path: pdf })).toEqual(refused)
      expect(await core.call('paperdesk:filing.inspect', { path: pdf })).toEqual(refused)
      expect(
        await core.call('paperdesk:certify.importIdentity', {
          path: pdf,
          password: 'x',
          passphrase: 'long enough',
        }),
      ).toEqual(refused)
      expect(await core.call('paperdesk:certify.listIdentities', undefined)).toEqual({ ok: true, value: [] })

      // The same file, once dropped, opens.
      platform.dropped.add(pdf)
      const opened = await core.call('paperdesk:sign.openDocument', { path: pdf })
      expect(opened).toMatchObject({ ok: true, value: { kind: 'pdf', pages: [{}, {}, {}] } })
      expect(await core.call('paperdesk:certify.verifyPdf', { path: pdf })).toMatchObject({ ok: true })
    } finally {
      core.close()
    }
  })

  it('need no grant in the harness and the CLI, which have no page to distrust', () => {
    expect(new HarnessPlatform().acceptsRendererPath('/any/file.pdf')).toBe(true)
  })
})
