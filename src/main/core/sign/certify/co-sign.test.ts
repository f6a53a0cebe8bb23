import { readFileSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'
import { PDFArray, PDFDocument, PDFName } from 'pdf-lib'
import { describe, expect, it } from 'vitest'
import { useTempDirs } from '../../test-support/temp-dir'
import { SignatureLibrary } from '../signature-library'
import { signToFile } from '../sign-to-file'
import { darkestIn, renderPdfPage, threePagePdf } from '../test-support/sign-fixtures'
import { certifyWithIdentity, createIdentity } from './identity-actions'
import { check, certifyWorkspace, pdfsig } from './test-support/certify-fixtures'
import { CertifyRequestSchema, NewIdentitySchema } from '../../../../shared/contract/certify'
import { PlacementSchema } from '../../../../shared/contract/sign'

const tempDir = useTempDirs()

type Spot = { page: number; x: number; y: number }

/** 张三's workspace plus a second party, 李四, with an identity of their own and a signing call. */
async function twoParties() {
  const ws = await certifyWorkspace(tempDir())
  const library = new SignatureLibrary(ws.store)
  const [signature] = library.list()
  const lisi = createIdentity(
    ws.identities,
    NewIdentitySchema.parse({ commonName: '李四', organization: '乙方公司', passphrase: 'second party' }),
  )
  const cosign = (input: string, output: string, spots: Spot[]) =>
    signToFile(ws.store, ws.records, {
      inputPath: input,
      outputPath: output,
      placements: spots.map((spot) => ({
        placement: PlacementSchema.parse({ ...spot, width: 0.3, signatureId: signature!.id }),
        signature: library.resolve(signature!.id),
      })),
      output: { format: 'pdf', quality: 90, flatten: false },
      origin: 'cli',
      certify: certifyWithIdentity(
        ws.identities,
        CertifyRequestSchema.parse({ identityId: lisi.id, passphrase: 'second party', reason: '同意' }),
      ),
    })
  const input = join(ws.dir, 'contract.pdf')
  writeFileSync(input, await threePagePdf())
  const once = join(ws.dir, 'once.pdf')
  // 张三's mark: page 1, at x 0.55–0.85, y from 0.75.
  await ws.sign(input, once, 0)
  return { ...ws, cosign, once }
}

// 李四's mark goes left of 张三's, on the same line.
const LEFT = { x: 0.1, y: 0.75, width: 0.3, height: 0.1 }
const RIGHT = { x: 0.55, y: 0.75, width: 0.3, height: 0.1 }
const LOW = { x: 0.1, y: 0.88, width: 0.3, height: 0.08 }

describe('a contract signed visibly by two parties, each with a certificate', () => {
  it('keeps the first signature valid with only a signature added after it, and prints both marks', async () => {
    const { dir, cosign, once, sign } = await twoParties()
    const twice = join(dir, 'twice.pdf')
    await cosign(once, twice, [{ page: 0, x: LEFT.x, y: LEFT.y }])

    const first = readFileSync(once)
    expect(readFileSync(twice).subarray(0, first.length).equals(first)).toBe(true)
    expect(pdfsig(twice).match(/Signature is Valid/g)).toHaveLength(2)
    const report = await check(twice)
    expect(report.signatures.map((s) => [s.signerName, s.valid, s.coversWholeFile, s.appended])).toEqual([
      ['张三', true, false, 'signatures'],
      ['李四', true, true, 'nothing'],
    ])

    // The new mark is the widget's appearance (poppler draws it), not page content.
    const before = await renderPdfPage(once, 1, dir)
    expect(darkestIn(before, LEFT)).toBeGreaterThan(200)
    const after = await renderPdfPage(twice, 1, dir)
    expect(darkestIn(after, LEFT)).toBeLessThan(100)
    expect(darkestIn(after, RIGHT)).toBeLessThan(100)
    const [pageBefore, pageAfter] = [first, readFileSync(twice)].map(async (b) =>
      (await PDFDocument.load(b)).getPage(0).node.get(PDFName.of('Contents'))?.toString(),
    )
    expect(await pageAfter).toBe(await pageBefore)

    // A third visible signature (张三 again): both earlier ones still see only signatures after them.
    const thrice = join(dir, 'thrice.pdf')
    await sign(twice, thrice, 0)
    expect(pdfsig(thrice).match(/Signature is Valid/g)).toHaveLength(3)
    expect((await check(thrice)).signatures.map((s) => [s.valid, s.appended])).toEqual([
      [true, 'signatures'],
      [true, 'signatures'],
      [true, 'nothing'],
    ])
  })

  it('draws several marks on one page in the one widget, all printed', async () => {
    const { dir, cosign, once } = await twoParties()
    const twice = join(dir, 'two-marks.pdf')
    await cosign(once, twice, [
      { page: 0, x: LEFT.x, y: LEFT.y },
      { page: 0, x: LOW.x, y: LOW.y },
    ])

    expect(pdfsig(twice).match(/Signature is Valid/g)).toHaveLength(2)
    const report = await check(twice)
    expect(report.signatures.map((s) => [s.fieldName, s.valid, s.appended])).toEqual([
      ['Signature1', true, 'signatures'],
      ['Signature2', true, 'nothing'],
    ])
    const doc = await PDFDocument.load(readFileSync(twice))
    expect(doc.getPage(0).node.lookup(PDFName.of('Annots'), PDFArray).size()).toBe(2)
    const page = await renderPdfPage(twice, 1, dir)
    for (const box of [LEFT, RIGHT, LOW]) expect(darkestIn(page, box)).toBeLessThan(100)
    expect(darkestIn(await renderPdfPage(once, 1, dir), LOW)).toBeGreaterThan(200)
  })

  it('still draws marks spread over several pages into the pages: the first signature then sees changes', async () => {
    const { dir, cosign, once } = await twoParties()
    const twice = join(dir, 'pages.pdf')
    await cosign(once, twice, [
      { page: 0, x: LEFT.x, y: LEFT.y },
      { page: 2, x: LEFT.x, y: LEFT.y },
    ])
    // One signature field has one widget that readers all take as signed; a widget per page would
    // be /Kids, which poppler shows as unsigned. Honest "changed" beats a signature shown unsigned.
    expect(pdfsig(twice).match(/Signature is Valid/g)).toHaveLength(2)
    const report = await check(twice)
    expect(report.signatures.map((s) => [s.valid, s.appended])).toEqual([
      [true, 'changes'],
      [true, 'nothing'],
    ])
    expect(darkestIn(await renderPdfPage(twice, 3, dir), LEFT)).toBeLessThan(100)
  })
})
