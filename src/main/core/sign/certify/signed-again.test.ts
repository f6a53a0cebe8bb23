import { readFileSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { useTempDirs } from '../../test-support/temp-dir'
import { DocumentSessions } from '../document-sessions'
import { threePagePdf } from '../test-support/sign-fixtures'
import { check, certifyWorkspace, pdfsig } from './test-support/certify-fixtures'

const tempDir = useTempDirs()

describe('a visible mark on a PDF that is already signed', () => {
  it('is appended, so the earlier signature stays valid and the change after it shows', async () => {
    const { dir, sign, mark, records } = await certifyWorkspace(tempDir())
    const input = join(dir, 'in.pdf')
    writeFileSync(input, await threePagePdf())
    const signed = join(dir, 'signed.pdf')
    await sign(input, signed)
    // The Sign page learns it on opening, and says so before the user signs.
    expect((await new DocumentSessions().openDocument(signed)).signatures).toBe(1)
    expect((await new DocumentSessions().openDocument(input)).signatures).toBe(0)
    const marked = join(dir, 'marked.pdf')
    const record = await mark(signed, marked, 1)

    const before = readFileSync(signed)
    expect(readFileSync(marked).subarray(0, before.length).equals(before)).toBe(true)
    expect(pdfsig(marked)).toContain('Signature is Valid')
    const report = await check(marked)
    expect(report.signatures[0]).toMatchObject({ valid: true, appended: 'changes', modifiedAfter: true })
    expect(record.placements).toHaveLength(1)
    expect(records.list()).toHaveLength(2)
  })

  it('refuses to flatten its form, which would break the signature, and writes nothing', async () => {
    const { dir, sign, mark, records } = await certifyWorkspace(tempDir())
    const input = join(dir, 'in.pdf')
    writeFileSync(input, await threePagePdf())
    const signed = join(dir, 'signed.pdf')
    await sign(input, signed)
    await expect(mark(signed, join(dir, 'flat.pdf'), 0, true)).rejects.toMatchObject({
      details: { reason: 'certify.flatten-signed' },
    })
    expect(records.list()).toHaveLength(1)
  })
})
