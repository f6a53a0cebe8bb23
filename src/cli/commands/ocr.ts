import { basename, resolve } from 'node:path'
import type { OcrDoor } from '../../main/core/ocr/ocr-door'
import type { CliCommand, CommandContext } from '../command'
import { requiredOption, stringOption } from '../command'

/**
 * The OCR door without a data folder: reading files needs no database. It is closed (its worker
 * stopped) when the command is done, or the process would wait for it.
 */
async function withFileDoor<T>(run: (door: OcrDoor) => Promise<T>) {
  const { createOcrDoor } = await import('../../main/core/ocr/ocr-door')
  const door = createOcrDoor()
  try {
    return await run(door)
  } finally {
    await door.close()
  }
}

/** A progress line on stderr (never with --json, whose stdout is the result alone). */
function progressLine(ctx: CommandContext, text: string): void {
  if (!ctx.json) ctx.io.stderr(text)
}

/** `paperdesk ocr FILE…`, `paperdesk ocr pdf`, `paperdesk notes ocr-index`. */
export const ocrCommands: readonly CliCommand[] = [
  {
    words: ['ocr'],
    args: 'FILE...',
    minArgs: 1,
    options: {
      pages: { type: 'string', value: 'SPEC', help: 'pages of a PDF to read, e.g. 1-3,5 (all)' },
    },
    summary: 'read the text of images or scanned PDFs, offline (--json: lines, boxes, confidence)',
    async run(ctx) {
      const pages = stringOption(ctx.options, 'pages')
      const results = await withFileDoor(async (door) => {
        const read = []
        for (const file of ctx.args) {
          const path = resolve(file)
          const result = await door.recognizeFile(path, {
            ...(pages ? { pages } : {}),
            onProgress: (p) =>
              p.total > 1 && p.page !== undefined
                ? progressLine(ctx, `[${p.done + 1}/${p.total}] ${basename(path)} page ${p.page}`)
                : undefined,
          })
          read.push({ file, ...result })
        }
        return read
      })
      const text =
        results.length === 1
          ? (results[0]?.text ?? '')
          : results.map((r) => `== ${r.file} ==\n${r.text}`).join('\n\n')
      return { value: results, text }
    },
  },
  {
    words: ['ocr', 'pdf'],
    maxArgs: 0,
    options: {
      in: { type: 'string', required: true, value: 'IN.pdf', help: 'the scanned PDF' },
      out: { type: 'string', required: true, value: 'OUT.pdf', help: 'the searchable copy to write' },
      pages: { type: 'string', value: 'SPEC', help: 'pages to put a text layer on (all)' },
      'unsigned-copy': {
        type: 'boolean',
        help: 'for a signed PDF: agree that the copy is unsigned (the original stays signed)',
      },
    },
    summary: 'write a copy of a scanned PDF with an invisible text layer (selectable, searchable)',
    async run(ctx) {
      const input = resolve(requiredOption(ctx.options, 'in'))
      const out = resolve(requiredOption(ctx.options, 'out'))
      const pages = stringOption(ctx.options, 'pages')
      const result = await withFileDoor((door) =>
        door.makeSearchablePdf(input, out, {
          ...(pages ? { pages } : {}),
          consentUnsigned: ctx.options['unsigned-copy'] === true,
          onProgress: (p) =>
            p.page !== undefined ? progressLine(ctx, `[${p.done + 1}/${p.total}] page ${p.page}`) : undefined,
        }),
      )
      const dropped = result.signaturesDropped > 0 ? `, ${result.signaturesDropped} signature(s) dropped` : ''
      return {
        value: result,
        text: `Wrote ${result.out} (${result.pageCount} pages, text layer on ${result.pagesRead}${dropped}, ${result.bytes} bytes)`,
      }
    },
  },
  {
    words: ['notes', 'ocr-index'],
    maxArgs: 0,
    summary: 'read the pictures in notes now, so search finds the words inside them',
    async run(ctx) {
      const door = (await ctx.core()).doors.ocr
      let read = -1
      const report = await door.indexNoteImages({
        // A line when a picture was read and at the end: notes without pictures go by in batches.
        onProgress: (p) => {
          if (p.total === 0 || (p.imagesRead === read && p.done < p.total)) return
          read = p.imagesRead
          progressLine(ctx, `[${p.done}/${p.total}] notes looked at, ${p.imagesRead} picture(s) read`)
        },
      })
      const failed = report.imagesFailed > 0 ? `, ${report.imagesFailed} could not be read` : ''
      return {
        value: report,
        text: `Indexed ${report.notes} note(s): ${report.imagesRead} picture(s) read${failed}; ${report.pending} waiting`,
      }
    },
  },
]
