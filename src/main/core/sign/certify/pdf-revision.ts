import { randomBytes } from 'node:crypto'
import type { PDFDocument, PDFObject, PDFRef } from 'pdf-lib'
import type { LastXref } from './pdf-xref'

/** Each indirect object's serialised bytes, keyed `num gen`, as the file had them when opened. */
export type ObjectSnapshot = Map<string, Buffer>

/** One object of the revision to append: its number, generation and serialised body. */
export interface RevisionObject {
  ref: PDFRef
  body: Buffer
}

const keyOf = (ref: PDFRef) => `${ref.objectNumber} ${ref.generationNumber}`

function serialise(object: PDFObject): Buffer {
  const buffer = Buffer.alloc(object.sizeInBytes())
  object.copyBytesInto(buffer, 0)
  return buffer
}

/** Taken right after loading, before anything is drawn, so changes can be told apart later. */
export function snapshotObjects(doc: PDFDocument): ObjectSnapshot {
  const snapshot: ObjectSnapshot = new Map()
  for (const [ref, object] of doc.context.enumerateIndirectObjects())
    snapshot.set(keyOf(ref), serialise(object))
  return snapshot
}

/**
 * New objects are numbered after every number the file has ever used (the trailer's /Size
 * counts freed ones too), so none reuses a freed number with a stale generation.
 */
export function reserveNumbersAfter(doc: PDFDocument, last: LastXref): void {
  doc.context.largestObjectNumber = Math.max(doc.context.largestObjectNumber, last.size - 1)
}

/** The objects that are new or differ from the snapshot: the body of an incremental update. */
export function changedObjects(doc: PDFDocument, snapshot: ObjectSnapshot): RevisionObject[] {
  const changed: RevisionObject[] = []
  for (const [ref, object] of doc.context.enumerateIndirectObjects()) {
    const body = serialise(object)
    const before = snapshot.get(keyOf(ref))
    if (!before || !before.equals(body)) changed.push({ ref, body })
  }
  return changed
}

/** Runs of consecutive object numbers, as xref subsections want them. */
function runs(entries: { num: number }[]): { first: number; count: number }[] {
  const out: { first: number; count: number }[] = []
  for (const { num } of entries) {
    const run = out.at(-1)
    if (run && run.first + run.count === num) run.count++
    else out.push({ first: num, count: 1 })
  }
  return out
}

function trailerEntries(doc: PDFDocument, size: number, prev: number): string {
  const { Root, Info, ID } = doc.context.trailerInfo
  if (!Root) throw new Error('the document has no catalog')
  const id = ID?.toString() ?? `[<${randomBytes(16).toString('hex')}> <${randomBytes(16).toString('hex')}>]`
  return `/Size ${size} /Root ${Root.toString()}${Info ? ` /Info ${Info.toString()}` : ''} /ID ${id} /Prev ${prev}`
}

function classicXref(entries: { num: number; gen: number; offset: number }[]): string {
  let text = 'xref\n'
  let i = 0
  for (const run of runs(entries)) {
    text += `${run.first} ${run.count}\n`
    for (let k = 0; k < run.count; k++, i++) {
      const e = entries[i] as { gen: number; offset: number }
      text += `${String(e.offset).padStart(10, '0')} ${String(e.gen).padStart(5, '0')} n\r\n`
    }
  }
  return text
}

function streamXref(entries: { num: number; gen: number; offset: number }[]): Buffer {
  const data = Buffer.alloc(entries.length * 7)
  entries.forEach((e, i) => {
    data.writeUInt8(1, i * 7)
    data.writeUInt32BE(e.offset, i * 7 + 1)
    data.writeUInt16BE(e.gen, i * 7 + 5)
  })
  return data
}

/**
 * Appends `objects` to `original` as one incremental update (PDF 32000-1 §7.5.6): the earlier
 * bytes stay exactly as they were, so signatures over them stay valid. The cross-reference data
 * takes the form the file already uses (a table, or a stream). Returns the new file and where
 * each object starts in it.
 */
export function appendRevision(
  original: Uint8Array,
  doc: PDFDocument,
  objects: readonly RevisionObject[],
  last: LastXref,
): { bytes: Buffer; offsets: Map<string, number> } {
  const parts: Buffer[] = [Buffer.from(original), Buffer.from('\n')]
  let length = original.length + 1
  const offsets = new Map<string, number>()
  const entries: { num: number; gen: number; offset: number }[] = []
  const push = (ref: PDFRef, body: Buffer) => {
    offsets.set(keyOf(ref), length)
    entries.push({ num: ref.objectNumber, gen: ref.generationNumber, offset: length })
    const head = Buffer.from(`${ref.objectNumber} ${ref.generationNumber} obj\n`)
    const tail = Buffer.from('\nendobj\n')
    parts.push(head, body, tail)
    length += head.length + body.length + tail.length
  }
  for (const { ref, body } of objects) push(ref, body)

  if (last.stream) {
    const xrefRef = doc.context.nextRef()
    const size = Math.max(last.size, doc.context.largestObjectNumber + 1)
    entries.push({ num: xrefRef.objectNumber, gen: 0, offset: length })
    entries.sort((a, b) => a.num - b.num)
    const data = streamXref(entries)
    const index = runs(entries)
      .map((r) => `${r.first} ${r.count}`)
      .join(' ')
    const dict = `<< /Type /XRef ${trailerEntries(doc, size, last.offset)} /W [1 4 2] /Index [${index}] /Length ${data.length} >>`
    const start = length
    offsets.set(keyOf(xrefRef), start)
    parts.push(Buffer.from(`${xrefRef.objectNumber} 0 obj\n${dict}\nstream\n`), data)
    parts.push(Buffer.from(`\nendstream\nendobj\nstartxref\n${start}\n%%EOF\n`))
    return { bytes: Buffer.concat(parts), offsets }
  }
  entries.sort((a, b) => a.num - b.num)
  const size = Math.max(last.size, doc.context.largestObjectNumber + 1)
  const xrefAt = length
  parts.push(
    Buffer.from(
      `${classicXref(entries)}trailer\n<< ${trailerEntries(doc, size, last.offset)} >>\nstartxref\n${xrefAt}\n%%EOF\n`,
    ),
  )
  return { bytes: Buffer.concat(parts), offsets }
}
