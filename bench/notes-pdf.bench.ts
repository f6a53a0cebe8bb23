import { readFileSync, rmSync } from 'node:fs'
import { join } from 'node:path'
import { performance } from 'node:perf_hooks'
import { PDFDocument } from 'pdf-lib'
import { defaultPdfOptions } from '../src/shared/contract'
import { openChromiumPrinter } from '../src/main/core/pdf/chromium-printer'
import { exportNotes } from '../src/main/core/notes/export/export-notes'
import { printDocument } from '../src/main/core/notes/export/print-document'
import { recordResult } from './results'
import { openBenchNotes, prose, round, seeded, toHtml } from './notes-fixtures'

const RUNS = 3

/**
 * P4: one note of about 50 A4 pages to PDF through the whole export (Chromium started, the
 * document built, printed with header, page-numbered footer and bookmarks, checked with pdf-lib,
 * written to a temp file and renamed) against Chromium printing the same HTML bare, in a browser
 * that is already running.
 */
export async function benchNotesPdf(): Promise<void> {
  const random = seeded(4)
  const { dir, store, blobs, core } = openBenchNotes('paperdesk-bench-p4-')
  try {
    const sections = Array.from(
      { length: 50 },
      (_, i) => `<h2>第 ${i + 1} 节 Section ${i + 1}</h2>${toHtml(prose(random, 1700))}`,
    )
    const [id] = await core.addNotes([
      { title: '五十页的笔记 A 50-page note', html: sections.join(''), notebookId: null },
    ])
    const runs: number[] = []
    let pages = 0
    for (let i = 0; i < RUNS; i++) {
      const path = join(dir, `note-${i}.pdf`)
      const start = performance.now()
      const result = await exportNotes({
        core,
        blobs,
        openPrinter: () => openChromiumPrinter(),
        input: { ids: [id!], format: 'pdf', pdf: defaultPdfOptions, locale: 'zh-CN' },
        path,
        ctx: { signal: new AbortController().signal, progress: () => undefined },
      })
      runs.push(performance.now() - start)
      pages = result.pages
    }
    const note = core.notes.get(id!)
    const html = printDocument({
      notes: [{ title: note.title, html: note.html, updatedAt: note.updatedAt }],
      docTitle: note.title,
      locale: 'zh-CN',
      layout: { toc: false, includeTitle: true, onePerPage: true },
      tocPages: null,
    })
    const printer = await openChromiumPrinter()
    const bare: number[] = []
    try {
      for (let i = 0; i < RUNS; i++) {
        const start = performance.now()
        const m = defaultPdfOptions.marginMm
        await printer.print({
          html,
          pageSize: 'A4',
          landscape: false,
          marginMm: { top: m, right: m, bottom: m, left: m },
          outline: false,
        })
        bare.push(performance.now() - start)
      }
    } finally {
      await printer.close()
    }
    const checked = await PDFDocument.load(readFileSync(join(dir, 'note-0.pdf')))
    runs.sort((a, b) => a - b)
    bare.sort((a, b) => a - b)
    const median = runs[Math.floor(RUNS / 2)] as number
    const baseline = bare[Math.floor(RUNS / 2)] as number
    recordResult('P4', {
      value: round(median / 1000),
      unit: 's (median, whole export of one note)',
      baseline: round(baseline / 1000),
      ratio: round(baseline / median),
      pages,
      pagesCheckedByPdfLib: checked.getPageCount(),
      ratioBasis: 'bare print in a running Chromium / whole export including starting Chromium',
    })
  } finally {
    store.close()
    rmSync(dir, { recursive: true, force: true })
  }
}
