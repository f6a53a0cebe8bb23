import { existsSync, readdirSync, readFileSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'
import { PDFArray, PDFDict, PDFDocument, PDFName, type PDFNumber } from 'pdf-lib'
import { describe, expect, it } from 'vitest'
import { useTempDirs } from '../../test-support/temp-dir'
import { SignatureLibrary } from '../signature-library'
import { signToFile } from '../sign-to-file'
import {
  darkestIn,
  encryptedPdf,
  plainImage,
  renderPdfPage,
  threePagePdf,
} from '../test-support/sign-fixtures'
import { certifyWithIdentity, createIdentity } from './identity-actions'
import { IdentityStore } from './identity-store'
import { check, certifyWorkspace, pdfsig } from './test-support/certify-fixtures'
import { appendRevision, changedObjects, reserveNumbersAfter, snapshotObjects } from './pdf-revision'
import { findLastXref } from './pdf-xref'
import { CertifyRequestSchema, NewIdentitySchema } from '../../../../shared/contract/certify'
import { PlacementSchema } from '../../../../shared/contract/sign'

const tempDir = useTempDirs()
const setup = () => certifyWorkspace(tempDir())

describe('a PDF signed with a certificate', () => {
  it('is valid for pdfsig and for our verifier, names 张三, and keeps pages and the visible mark', async () => {
    const { dir, sign, records } = await setup()
    const input = join(dir, 'contract.pdf')
    writeFileSync(input, await threePagePdf())
    const output = join(dir, 'contract-signed.pdf')
    const record = await sign(input, output, 0)

    const sig = pdfsig(output)
    expect(sig).toContain('Signature is Valid')
    expect(sig).toContain('张三')
    expect(sig).toContain('Total document signed')
    expect(sig).toMatch(/adbe\.pkcs7\.detached/)

    const report = await check(output)
    expect(report.signatures).toHaveLength(1)
    const [only] = report.signatures
    expect(only).toMatchObject({ valid: true, coversWholeFile: true, modifiedAfter: false, trusted: false })
    expect(only?.signer).toContain('CN=张三')
    expect(only?.signer).toContain('某某科技有限公司')
    expect(only?.reason).toBe('同意')

    const before = await PDFDocument.load(readFileSync(input))
    const after = await PDFDocument.load(readFileSync(output))
    expect(after.getPageCount()).toBe(3)
    expect(after.getPages().map((p) => p.getSize())).toEqual(before.getPages().map((p) => p.getSize()))
    const page = await renderPdfPage(output, 1, dir)
    expect(darkestIn(page, { x: 0.55, y: 0.75, width: 0.3, height: 0.1 })).toBeLessThan(100)

    // The signature's widget lies over the mark (x 0.55–0.85 of 595 pt, top at 0.75 of 842 pt).
    const widget = after
      .getPage(0)
      .node.Annots()
      ?.asArray()
      .map((ref) => after.context.lookup(ref, PDFDict))
      .find((annot) => annot.get(PDFName.of('FT')) === PDFName.of('Sig'))
    const rect = widget
      ?.lookup(PDFName.of('Rect'), PDFArray)
      .asArray()
      .map((n) => (n as PDFNumber).asNumber())
    expect(rect?.[0]).toBeCloseTo(0.55 * 595, 0)
    expect(rect?.[2]).toBeCloseTo(0.85 * 595, 0)
    expect(rect?.[3]).toBeCloseTo(842 * 0.25, 0)
    expect(record.certification).toMatchObject({ subFilter: 'adbe.pkcs7.detached', reason: '同意' })
    expect(records.list()[0]?.certification?.signer).toContain('张三')
  })

  it('breaks when one byte inside the signed range changes', async () => {
    const { dir, sign } = await setup()
    const input = join(dir, 'in.pdf')
    writeFileSync(input, await threePagePdf())
    const output = join(dir, 'out.pdf')
    await sign(input, output)
    const bytes = readFileSync(output)
    // A byte of the original document, well inside the first signed range.
    const at = 100
    bytes[at] = (bytes[at] as number) ^ 0x01
    const tampered = join(dir, 'tampered.pdf')
    writeFileSync(tampered, bytes)
    expect(pdfsig(tampered)).not.toContain('Signature is Valid')
    const report = await check(tampered)
    expect(report.signatures[0]).toMatchObject({ valid: false, digestMatches: false })
  })

  it('signs a signed PDF again as an incremental update: both stay valid, only a signature added', async () => {
    const { dir, sign } = await setup()
    const input = join(dir, 'in.pdf')
    writeFileSync(input, await threePagePdf())
    const once = join(dir, 'once.pdf')
    const twice = join(dir, 'twice.pdf')
    await sign(input, once, 0)
    await sign(once, twice, 2)

    const first = readFileSync(once)
    const second = readFileSync(twice)
    expect(second.subarray(0, first.length).equals(first)).toBe(true)
    const sig = pdfsig(twice)
    expect(sig.match(/Signature is Valid/g)).toHaveLength(2)
    const report = await check(twice)
    // The second mark is the new widget's appearance, not page 3's content (co-sign.test.ts).
    expect(report.signatures.map((s) => [s.valid, s.coversWholeFile, s.appended])).toEqual([
      [true, false, 'signatures'],
      [true, true, 'nothing'],
    ])
    expect(report.signatures.map((s) => s.fieldName)).toEqual(['Signature1', 'Signature2'])
  })

  it('works on a file with a classic xref table as well as an xref stream', async () => {
    const { dir, sign } = await setup()
    const doc = await PDFDocument.load(await threePagePdf())
    const input = join(dir, 'classic.pdf')
    writeFileSync(input, await doc.save({ useObjectStreams: false }))
    const output = join(dir, 'classic-signed.pdf')
    await sign(input, output)
    expect(pdfsig(output)).toContain('Signature is Valid')
  })

  it('refuses a wrong passphrase, a broken xref and an encrypted PDF, and writes nothing', async () => {
    const { dir, sign, records } = await setup()
    const input = join(dir, 'in.pdf')
    writeFileSync(input, await threePagePdf())
    await expect(sign(input, join(dir, 'a.pdf'), 0, 'wrong passphrase')).rejects.toMatchObject({
      details: { reason: 'certify.passphrase-wrong' },
    })

    const broken = Buffer.from(await threePagePdf())
    const tail = broken.lastIndexOf('startxref')
    const bad = Buffer.concat([broken.subarray(0, tail), Buffer.from('startxref\n12\n%%EOF\n')])
    const brokenPath = join(dir, 'broken.pdf')
    writeFileSync(brokenPath, bad)
    await expect(sign(brokenPath, join(dir, 'b.pdf'))).rejects.toMatchObject({
      details: { reason: 'certify.pdf-broken-xref' },
    })

    const locked = join(dir, 'locked.pdf')
    writeFileSync(locked, await encryptedPdf())
    await expect(sign(locked, join(dir, 'c.pdf'))).rejects.toMatchObject({
      details: { reason: 'sign.pdf-encrypted' },
    })

    expect(['a.pdf', 'b.pdf', 'c.pdf'].some((f) => existsSync(join(dir, f)))).toBe(false)
    expect(readdirSync(dir).filter((f) => f.includes('partial'))).toEqual([])
    expect(records.list()).toEqual([])
  })

  it('refuses an expired certificate unless the user insists, and then says it had expired', async () => {
    const { dir, store, records } = await setup()
    const identities = new IdentityStore(store, () => null)
    const twoYearsAgo = new Date(Date.now() - 2 * 365 * 86_400_000)
    const old = createIdentity(
      identities,
      NewIdentitySchema.parse({ commonName: '王五', days: 30, passphrase: 'old passphrase' }),
      twoYearsAgo,
    )
    expect(identities.list().find((i) => i.id === old.id)?.expired).toBe(true)
    const input = join(dir, 'in.pdf')
    writeFileSync(input, await threePagePdf())
    const library = new SignatureLibrary(store)
    const [signature] = library.list()
    const attempt = async (allowExpired: boolean, output: string) =>
      signToFile(store, records, {
        inputPath: input,
        outputPath: output,
        placements: [
          {
            placement: PlacementSchema.parse({
              page: 0,
              x: 0.1,
              y: 0.1,
              width: 0.2,
              signatureId: signature!.id,
            }),
            signature: library.resolve(signature!.id),
          },
        ],
        output: { format: 'pdf', quality: 90, flatten: false },
        origin: 'cli',
        certify: certifyWithIdentity(
          identities,
          CertifyRequestSchema.parse({
            identityId: old.id,
            passphrase: 'old passphrase',
            allowExpired,
          }),
        ),
      })
    await expect(attempt(false, join(dir, 'refused.pdf'))).rejects.toMatchObject({
      details: { reason: 'certify.certificate-expired' },
    })
    expect(existsSync(join(dir, 'refused.pdf'))).toBe(false)

    await attempt(true, join(dir, 'insisted.pdf'))
    const report = await check(join(dir, 'insisted.pdf'))
    expect(report.signatures[0]).toMatchObject({ valid: true, validAtSigning: false, expiredNow: true })
  })

  it('tells an edit appended after the signature from a later signature', async () => {
    const { dir, sign } = await setup()
    const input = join(dir, 'in.pdf')
    writeFileSync(input, await threePagePdf())
    const signed = join(dir, 'signed.pdf')
    await sign(input, signed)
    const original = readFileSync(signed)
    const doc = await PDFDocument.load(original, { updateMetadata: false })
    const snapshot = snapshotObjects(doc)
    const last = findLastXref(original, 'signed.pdf')
    reserveNumbersAfter(doc, last)
    doc.getPage(1).drawRectangle({ x: 10, y: 10, width: 50, height: 50 })
    const edited = join(dir, 'edited.pdf')
    writeFileSync(edited, appendRevision(original, doc, changedObjects(doc, snapshot), last).bytes)

    const report = await check(edited)
    expect(report.signatures[0]).toMatchObject({
      valid: true,
      coversWholeFile: false,
      modifiedAfter: true,
      appended: 'changes',
    })
    expect(pdfsig(edited)).toContain('Not total document signed')
  })

  it('certifies a scanned image: the output is a one-page PDF with the mark and a valid signature', async () => {
    const { dir, store, records, identities, identity } = await setup()
    const input = join(dir, 'scan.jpg')
    writeFileSync(input, await plainImage(1200, 1600, { density: 200 }))
    const library = new SignatureLibrary(store)
    const [signature] = library.list()
    const output = join(dir, 'scan-signed.pdf')
    const record = await signToFile(store, records, {
      inputPath: input,
      outputPath: output,
      placements: [
        {
          placement: PlacementSchema.parse({
            page: 0,
            x: 0.5,
            y: 0.8,
            width: 0.3,
            signatureId: signature!.id,
          }),
          signature: library.resolve(signature!.id),
        },
      ],
      output: { format: 'pdf', quality: 90, flatten: false },
      origin: 'app',
      certify: certifyWithIdentity(
        identities,
        CertifyRequestSchema.parse({ identityId: identity.id, passphrase: 'correct horse' }),
      ),
    })
    expect(record).toMatchObject({ outputFormat: 'pdf', pageCount: 1 })
    expect(record.placements).toHaveLength(1)
    expect(pdfsig(output)).toContain('Signature is Valid')
    const page = await renderPdfPage(output, 1, dir)
    expect(darkestIn(page, { x: 0.5, y: 0.8, width: 0.3, height: 0.08 })).toBeLessThan(100)
  })
})
