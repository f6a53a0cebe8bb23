import { writeFileSync } from 'node:fs'
import { join } from 'node:path'
import { beforeAll, describe, expect, it } from 'vitest'
import { AppError } from '../../../../shared/errors'
import { filingFixtures, type FilingFixtures } from '../test-support/apk-fixtures'
import { useTempDirs } from '../../test-support/temp-dir'
import { inspectFile } from './inspect-file'

let fx: FilingFixtures
beforeAll(() => {
  fx = filingFixtures()
}, 240_000)
const tempDir = useTempDirs()

async function refusal(path: string): Promise<{ code: string; reason: unknown }> {
  const error = await inspectFile(path).then(
    () => null,
    (e: unknown) => e,
  )
  expect(error, `${path} was accepted`).toBeInstanceOf(AppError)
  const appError = error as AppError
  return { code: appError.code, reason: (appError.details as { reason?: string }).reason }
}

describe('inspectFile refuses bad input with a reason', () => {
  it.each([
    ['not-a-zip.apk', 'filing.not-a-zip'],
    ['truncated.apk', 'filing.zip-truncated'],
    ['bomb.apk', 'filing.zip-bomb'],
    ['bomb-lying.apk', 'filing.zip-bomb'],
    ['garbled-manifest.apk', 'filing.manifest-garbled'],
    ['unsigned.apk', 'filing.apk-unsigned'],
    ['broken.cer', 'filing.certificate-broken'],
    ['broken.der', 'filing.certificate-broken'],
    ['no-profile.ipa', 'filing.ipa-no-profile'],
    ['not-an-app.zip', 'filing.zip-not-app'],
    ['random.bin', 'filing.unknown-file-type'],
  ])('%s → %s', async (name, reason) => {
    expect(await refusal(fx.file(name))).toEqual({ code: 'INVALID_FILE', reason })
  })

  it('a missing file is NOT_FOUND, an empty one is refused', async () => {
    expect(await refusal('/no/such/file.apk')).toEqual({ code: 'NOT_FOUND', reason: 'filing.file-not-found' })
    const empty = join(tempDir(), 'empty.apk')
    writeFileSync(empty, '')
    expect(await refusal(empty)).toEqual({ code: 'INVALID_FILE', reason: 'filing.file-empty' })
  })

  it('never inflates a bomb beyond the limit (memory stays low)', async () => {
    const before = process.memoryUsage().rss
    await refusal(fx.file('bomb-lying.apk'))
    expect(process.memoryUsage().rss - before).toBeLessThan(48 * 1024 * 1024)
  })

  it('survives every truncation of a real APK with a reason, never a crash', async () => {
    const { readFileSync } = await import('node:fs')
    const apk = readFileSync(fx.apk('v2only'))
    const dir = tempDir()
    for (const cut of [10, 100, apk.length - 400, apk.length - 30, apk.length - 1]) {
      const path = join(dir, `cut-${cut}.apk`)
      writeFileSync(path, apk.subarray(0, cut))
      const { code } = await refusal(path)
      expect(code).toBe('INVALID_FILE')
    }
  })

  it('survives flipped bytes in the signing block and manifest', async () => {
    const { readFileSync } = await import('node:fs')
    const apk = readFileSync(fx.apk('v1v2v3'))
    const dir = tempDir()
    const magic = apk.indexOf('APK Sig Block 42')
    for (let i = 0; i < 40; i++) {
      const copy = Buffer.from(apk)
      const at = magic - 1 - ((i * 97) % 1500)
      copy[at] = (copy[at] as number) ^ 0xff
      const path = join(dir, `flip-${i}.apk`)
      writeFileSync(path, copy)
      // Either the flip hit a byte we do not read, or we refuse with a reason.
      await inspectFile(path).catch((e: unknown) => expect(e).toBeInstanceOf(AppError))
    }
  })
})
