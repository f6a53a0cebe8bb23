import { serveTasks } from '../isolate/serve-tasks'
import type { OcrSource } from './ocr-types'
import { inspectForCopy, writeSearchableCopy, type WriteCopyInput } from './searchable/searchable-copy'
import { pdfPageCount, recognizeImage, recognizePdfPage } from './worker/recognize'

/**
 * The OCR worker (see isolate/isolate-runner.ts): the engine is loaded on the first page and kept
 * while the worker lives; the PDF being read stays open between its pages. Every file is parsed
 * here, never on the caller's thread.
 */
serveTasks({
  'recognize-image': (input: { source: OcrSource }) => recognizeImage(input.source),
  'pdf-page-count': (input: { source: OcrSource }) => pdfPageCount(input.source),
  'recognize-pdf-page': (input: {
    source: OcrSource
    index: number
    dpi: number
    skipPagesWithText?: boolean
  }) => recognizePdfPage(input.source, input.index, input.dpi, input.skipPagesWithText),
  'inspect-for-copy': (input: { source: OcrSource }) => inspectForCopy(input.source),
  'write-searchable-copy': (input: WriteCopyInput) => writeSearchableCopy(input),
})
