import { PDFArray, PDFDict, PDFDocument, PDFName, PDFNumber, type PDFRef, rgb } from 'pdf-lib'
import sharp from 'sharp'
import { encryptedPdf } from '../../sign/test-support/sign-fixtures'
import { type CorpusEntry, corruptMiddle, truncate } from './corpus-entry'

/** A plain two-page PDF with some drawing, written without object streams so its parts are visible. */
async function goodPdf(): Promise<Uint8Array> {
  const doc = await PDFDocument.create()
  for (let i = 0; i < 2; i++) {
    const page = doc.addPage([595, 842])
    page.drawRectangle({
      x: 50,
      y: 50,
      width: 400,
      height: 600,
      borderColor: rgb(0.2, 0.2, 0.2),
      borderWidth: 3,
    })
    page.drawText(`Page ${i + 1} of a contract`, { x: 80, y: 700, size: 18 })
  }
  return doc.save({ useObjectStreams: false })
}

/** A page tree whose /Kids points back at itself (and a page, so it looks plausible). */
async function loopingPageTree(): Promise<Uint8Array> {
  const doc = await PDFDocument.create()
  doc.addPage([595, 842])
  const pagesRef = doc.catalog.get(PDFName.of('Pages')) as PDFRef
  const pages = doc.catalog.lookup(PDFName.of('Pages'), PDFDict)
  const kids = pages.lookup(PDFName.of('Kids'), PDFArray)
  kids.push(pagesRef)
  pages.set(PDFName.of('Count'), PDFNumber.of(2))
  return doc.save({ useObjectStreams: false })
}

/** One page, but the page tree claims 100 000. */
async function claimsManyPages(): Promise<Uint8Array> {
  const doc = await PDFDocument.create()
  doc.addPage([595, 842])
  doc.catalog.lookup(PDFName.of('Pages'), PDFDict).set(PDFName.of('Count'), PDFNumber.of(100_000))
  return doc.save({ useObjectStreams: false })
}

/** A good PDF whose `startxref` points far past the end of the file. */
async function badXrefOffset(): Promise<Uint8Array> {
  const text = Buffer.from(await goodPdf()).toString('latin1')
  return Buffer.from(text.replace(/startxref\s+\d+/, 'startxref\n999999999'), 'latin1')
}

/**
 * A filing keeps an attached PDF as the user's file, to upload to the provider: it is never parsed
 * or drawn, so any file that starts like a PDF is taken.
 */
const attachedAsIs = { 'filing-attach': 'accepted' } as const

export const pdfEntries: CorpusEntry[] = [
  {
    name: 'truncated.pdf',
    kind: 'pdf',
    about: 'the first half of a PDF (no xref, no trailer)',
    bytes: async () => truncate(await goodPdf()),
    refusedAs: 'INVALID_FILE',
    except: attachedAsIs,
  },
  {
    name: 'corrupt.pdf',
    kind: 'pdf',
    about: 'a PDF with garbage over its middle objects',
    bytes: async () => corruptMiddle(await goodPdf(), 1500),
    refusedAs: 'INVALID_FILE',
    except: attachedAsIs,
  },
  {
    name: 'empty.pdf',
    kind: 'pdf',
    about: 'zero bytes',
    bytes: () => new Uint8Array(0),
    refusedAs: 'INVALID_FILE',
  },
  {
    name: 'looping-page-tree.pdf',
    kind: 'pdf',
    about: 'a page tree whose /Kids contains the tree itself',
    bytes: loopingPageTree,
    refusedAs: 'INVALID_FILE',
    except: attachedAsIs,
  },
  {
    name: 'claims-100000-pages.pdf',
    kind: 'pdf',
    about: 'one page, /Count 100000',
    bytes: claimsManyPages,
    refusedAs: 'INVALID_FILE',
    // OCR counts the pages the tree really holds (one) and never believes /Count.
    except: { ...attachedAsIs, ocr: 'accepted' },
  },
  {
    name: 'bad-xref-offset.pdf',
    kind: 'pdf',
    about: 'startxref points past the end of the file',
    bytes: badXrefOffset,
    // Like every reader, the PDF readers rebuild the table by scanning the objects: it opens. A
    // cryptographic signature appends to the file's own table, so that one is refused, with advice.
    refusedAs: 'INVALID_FILE',
    except: {
      ...attachedAsIs,
      'sign-document': 'accepted',
      'sign-batch': 'accepted',
      verify: 'accepted',
      ocr: 'accepted',
    },
  },
  {
    name: 'encrypted.pdf',
    kind: 'pdf',
    about: 'a PDF whose trailer has /Encrypt',
    bytes: encryptedPdf,
    refusedAs: 'INVALID_FILE',
    except: attachedAsIs,
  },
  {
    name: 'png-named.pdf',
    kind: 'png',
    about: 'a real PNG named .pdf',
    // Content decides: Sign and OCR open the picture; Verify wants a PDF.
    except: {
      ...attachedAsIs,
      'sign-document': 'accepted',
      'sign-batch': 'accepted',
      'certify-document': 'accepted',
      ocr: 'accepted',
    },
    bytes: () =>
      sharp({ create: { width: 200, height: 100, channels: 3, background: '#ccc' } })
        .png()
        .toBuffer(),
    refusedAs: 'INVALID_FILE',
  },
  {
    name: 'text-named.pdf',
    kind: 'text',
    about: 'a text file named .pdf',
    bytes: () => Buffer.from('Meeting notes, not a PDF at all.\n'.repeat(40)),
    refusedAs: 'INVALID_FILE',
  },
]
