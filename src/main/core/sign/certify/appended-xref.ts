import { PDFContext, PDFDict, PDFName, PDFObjectParser, PDFRawStream, PDFXRefStreamParser } from 'pdf-lib'

const latin1 = (bytes: Uint8Array, start: number, end: number) =>
  Buffer.from(bytes.buffer, bytes.byteOffset + start, Math.max(0, end - start)).toString('latin1')

/** In-use entries of the classic `xref` tables in `tail`: the offsets they point at. */
function tableOffsets(tail: string): number[] {
  const offsets: number[] = []
  for (const table of tail.matchAll(/(?:^|\s)xref\s([\s\S]*?)trailer/g))
    for (const entry of (table[1] ?? '').matchAll(/(\d{10}) (\d{5}) n/g)) offsets.push(Number(entry[1]))
  return offsets
}

/**
 * Whether the cross-reference data appended after a signed revision sends a reader back into the
 * signed bytes: an entry of a later revision that points at an offset before `end` (or at an
 * object stream not written after it) makes readers show an older definition of an object than
 * the last one in the file, which is what the revision comparison reads. Such a file is a change
 * after signing, whatever the objects look like. Anything unreadable counts as pointing back.
 */
export function appendedXrefPointsBack(bytes: Uint8Array, end: number): boolean {
  const tail = latin1(bytes, end, bytes.length)
  if (tableOffsets(tail).some((offset) => offset < end)) return true
  const written = new Set<number>()
  const xrefStreams: number[] = []
  for (const header of tail.matchAll(/(\d+)\s+(\d+)\s+obj\b/g)) {
    written.add(Number(header[1]))
    const at = (header.index ?? 0) + header[0].length
    // A candidate names /XRef near its header; the parser, not the text, says what it is (a small
    // object right before an xref stream is not one, and a string holding "stream" hides nothing).
    if (/\/XRef\b/.test(tail.slice(at, at + 1024))) xrefStreams.push(end + at)
  }
  for (const at of xrefStreams) {
    try {
      const context = PDFContext.create()
      const object = PDFObjectParser.forBytes(bytes.subarray(at), context).parseObject()
      const dict = object instanceof PDFRawStream ? object.dict : object
      const isXref = dict instanceof PDFDict && dict.get(PDFName.of('Type')) === PDFName.of('XRef')
      if (!isXref) continue
      if (!(object instanceof PDFRawStream)) return true
      for (const entry of PDFXRefStreamParser.forStream(object).parseIntoContext()) {
        if (entry.deleted) continue
        if (entry.inObjectStream ? !written.has(entry.offset) : entry.offset < end) return true
      }
    } catch {
      return true
    }
  }
  return false
}
