import { PDFDocument, PDFHexString, PDFName, PDFNumber, rgb, type PDFRef } from 'pdf-lib'
import { createCmsSignature, createSelfSignedIdentity } from '../../crypto'
import { threePagePdf } from '../../test-support/sign-fixtures'
import { certifyPdf, type Signer } from '../certify-pdf'
import { appendRevision, changedObjects, reserveNumbersAfter, snapshotObjects } from '../pdf-revision'
import { findLastXref } from '../pdf-xref'

const RANGE = `[0 ${'0'.repeat(10)} ${'0'.repeat(10)} ${'0'.repeat(10)}]`
const SIGNED_AT = new Date('2026-11-01T12:00:00Z')

/** A signer with a fresh self-signed certificate named `name`. */
export function selfSigned(name: string): Signer {
  const { certificate, privateKey } = createSelfSignedIdentity({
    commonName: name,
    days: 30,
    algorithm: 'ecdsa-p256',
  })
  return { certificate, privateKey, chain: [] }
}

/** A three-page PDF signed (invisibly) by `signer` with the reason 同意. */
export async function signedOnce(signer: Signer, original?: Uint8Array): Promise<Buffer> {
  const { bytes } = await certifyPdf(
    original ?? (await threePagePdf()),
    'in.pdf',
    async () => ({ pageIndex: 0, rect: [0, 0, 0, 0] }),
    signer,
    { subFilter: 'adbe.pkcs7.detached', reason: '同意' },
    SIGNED_AT,
  )
  return bytes
}

/** The /Contents gap of the first signature in the file: `[b, c]` of its ByteRange. */
export function firstGap(bytes: Buffer): [number, number] {
  const text = bytes.toString('latin1')
  const m = /\/ByteRange \[0 (\d+) (\d+) (\d+)\]/.exec(text)
  if (!m) throw new Error('no signature in the fixture')
  return [Number(m[1]), Number(m[2])]
}

type Edit = (doc: PDFDocument) => { loose?: string; field?: PDFRef }

/**
 * Appends one revision made by `edit` (pdf-lib on the loaded file). `edit` may return the body of
 * a loose dictionary (with `RANGE` placeholders, patched to `range(newLength)` once laid out).
 */
async function appendAttack(
  signed: Buffer,
  edit: Edit,
  range: (length: number, self: [number, number] | null) => number[],
): Promise<{ bytes: Buffer; selfGap: [number, number] | null }> {
  const doc = await PDFDocument.load(signed, { updateMetadata: false })
  const last = findLastXref(signed, 'signed.pdf')
  const snapshot = snapshotObjects(doc)
  reserveNumbersAfter(doc, last)
  const { loose } = edit(doc)
  const objects = changedObjects(doc, snapshot)
  const looseRef = loose ? doc.context.nextRef() : null
  if (loose && looseRef) objects.push({ ref: looseRef, body: Buffer.from(loose, 'latin1') })
  const { bytes, offsets } = appendRevision(signed, doc, objects, last)
  if (!looseRef) return { bytes, selfGap: null }
  const at = offsets.get(`${looseRef.objectNumber} 0`) as number
  const rangeAt = bytes.indexOf(RANGE, at, 'latin1')
  const ownContents = bytes.indexOf('/Contents <', at, 'latin1')
  const selfGap: [number, number] | null =
    ownContents > 0 && ownContents < at + loose!.length
      ? [ownContents + 10, bytes.indexOf('>', ownContents + 11, 'latin1') + 1]
      : null
  const values = range(bytes.length, selfGap)
  bytes.write(`[${values.join(' ')}]`.padEnd(RANGE.length, ' '), rangeAt, 'latin1')
  return { bytes, selfGap }
}

/** Page 1's content replaced: the text a reader shows is the attacker's. */
function replacePageContent(doc: PDFDocument): void {
  const page = doc.getPage(0)
  page.node.delete(PDFName.of('Contents'))
  page.drawRectangle({ x: 0, y: 0, width: 595, height: 842, color: rgb(1, 1, 1) })
  page.drawText('Pay 1 000 000', { x: 72, y: 700, size: 24 })
}

/** Attack 1: new page content plus a loose dictionary whose range reuses the first gap and ends at EOF. */
export async function contentSwapLooseRange(signed: Buffer): Promise<Buffer> {
  const [b, c] = firstGap(signed)
  const contents = signed.subarray(b, c).toString('latin1')
  const loose = `<< /Type /Sig /Filter /Adobe.PPKLite /SubFilter /adbe.pkcs7.detached /ByteRange ${RANGE} /Contents ${contents} >>`
  const edit: Edit = (doc) => {
    replacePageContent(doc)
    return { loose }
  }
  return (await appendAttack(signed, edit, (length) => [0, b, c, length - c])).bytes
}

/** Attack 2: new page content plus a loose dictionary the attacker signs over the whole file. */
export async function contentSwapOwnSignature(signed: Buffer, attacker: Signer): Promise<Buffer> {
  const loose = `<< /Type /Sig /Filter /Adobe.PPKLite /SubFilter /adbe.pkcs7.detached /ByteRange ${RANGE} /Contents <${'0'.repeat(8192)}> >>`
  const edit: Edit = (doc) => {
    replacePageContent(doc)
    return { loose }
  }
  const { bytes, selfGap } = await appendAttack(signed, edit, (length, gap) => {
    const [b, c] = gap as [number, number]
    return [0, b, c, length - c]
  })
  const [b, c] = selfGap as [number, number]
  const cms = createCmsSignature({
    content: [bytes.subarray(0, b), bytes.subarray(c)],
    privateKey: attacker.privateKey,
    certificate: attacker.certificate,
    signingTime: SIGNED_AT,
    subFilter: 'adbe.pkcs7.detached',
  })
  bytes.write(cms.toString('hex'), b + 1, 'latin1')
  return bytes
}

/** Attack 3: a second signature field whose dictionary shares the first range, with its own /Reason. */
export async function sharedRangeReason(signed: Buffer): Promise<Buffer> {
  const [b, c] = firstGap(signed)
  const edit: Edit = (doc) => {
    const sig = doc.context.register(
      doc.context.obj({
        Type: 'Sig',
        Filter: 'Adobe.PPKLite',
        SubFilter: 'adbe.pkcs7.detached',
        ByteRange: [0, b, c, signed.length - c],
        Contents: PDFHexString.of('00'),
        Reason: PDFHexString.fromText('同意支付一百万'),
      }),
    )
    const page = doc.getPage(0)
    const widget = doc.context.register(
      doc.context.obj({
        Type: 'Annot',
        Subtype: 'Widget',
        FT: 'Sig',
        T: PDFHexString.fromText('Approval'),
        V: sig,
        Rect: [0, 0, 0, 0],
        F: 132,
        P: page.ref,
      }),
    )
    page.node.addAnnot(widget)
    doc.catalog.getOrCreateAcroForm().addField(widget)
    doc.catalog.getOrCreateAcroForm().dict.set(PDFName.of('SigFlags'), PDFNumber.of(3))
    return {}
  }
  return (await appendAttack(signed, edit, () => [])).bytes
}

/**
 * Attack 4: a revision of nothing but a classic xref table that points page 1 back at its
 * definition from before the signature (without the signature's widget). Readers follow the
 * table; the last definition in the file is unchanged.
 */
export async function xrefPointsBack(signer: Signer): Promise<Buffer> {
  const plain = await PDFDocument.load(await threePagePdf())
  const original = Buffer.from(await plain.save({ useObjectStreams: false }))
  const signed = await signedOnce(signer, original)
  const page = plain.getPage(0).ref
  const header = `${page.objectNumber} ${page.generationNumber} obj`
  const oldAt = signed.indexOf(header, 0, 'latin1')
  const last = findLastXref(signed, 'signed.pdf')
  const root = plain.context.trailerInfo.Root?.toString() ?? ''
  const xrefAt = signed.length + 1
  const revision =
    `\nxref\n${page.objectNumber} 1\n${String(oldAt).padStart(10, '0')} 00000 n\r\n` +
    `trailer\n<< /Size ${last.size} /Root ${root} /Prev ${last.offset} >>\nstartxref\n${xrefAt}\n%%EOF\n`
  return Buffer.concat([signed, Buffer.from(revision, 'latin1')])
}
