import { execFileSync, spawnSync } from 'node:child_process'
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { performance } from 'node:perf_hooks'
import { createOcrDoor } from '../src/main/core/ocr/ocr-door'
import { A4, characterErrorRate, makePage, PAGES } from './ocr-pages'
import { recordResult } from './results'

const round = (n: number, by = 1000) => Math.round(n * by) / by
const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)] as number

/** Debian's Tesseract on the same file: its text. */
function tesseract(file: string): string {
  return execFileSync('tesseract', [file, 'stdout', '-l', 'chi_sim+eng'], {
    encoding: 'utf8',
    stdio: ['ignore', 'pipe', 'ignore'],
    maxBuffer: 1 << 24,
  })
}

/** Tesseract's time for one page with its models loaded: a run over k copies less a run over one, per copy. */
function tesseractLoadedMs(dir: string, file: string, copies = 3): number {
  const run = (k: number) => {
    const list = join(dir, `list-${k}.txt`)
    writeFileSync(list, `${Array.from({ length: k }, () => file).join('\n')}\n`)
    const start = performance.now()
    execFileSync('tesseract', [list, join(dir, `out-${k}`), '-l', 'chi_sim+eng'], { stdio: 'ignore' })
    return performance.now() - start
  }
  return (run(copies) - run(1)) / (copies - 1)
}

// P8: character error rate on generated A4 pages (two CJK families, three sizes, bold, JPEG
// noise, a 2° skew, a fine-mode fax), Paperdesk against `tesseract -l chi_sim+eng`, same pages.
// P9: one 300-dpi A4 page with the models loaded, against Tesseract's time for the same page with
// its models loaded; peak RSS of a process that does nothing but OCR (its worker included).
export async function benchOcr(): Promise<void> {
  const dir = mkdtempSync(join(tmpdir(), 'paperdesk-bench-ocr-'))
  const door = createOcrDoor({ idleMs: 600_000 })
  try {
    const pages = []
    for (const [i, spec] of PAGES.entries()) {
      const page = await makePage(spec, i)
      const file = join(dir, `${spec.name}.${page.ext}`)
      writeFileSync(file, page.bytes)
      pages.push({ spec, file, truth: page.truth })
    }
    const perPage: Record<string, { ours: number; tesseract: number }> = {}
    let oursErrors = 0
    let theirErrors = 0
    let chars = 0
    for (const page of pages) {
      const ours = (await door.recognizeFile(page.file)).text
      const theirs = tesseract(page.file)
      const size = [...page.truth.normalize('NFKC').replace(/\s+/g, '')].length
      const o = characterErrorRate(ours, page.truth)
      const t = characterErrorRate(theirs, page.truth)
      perPage[page.spec.name] = { ours: round(o, 10000), tesseract: round(t, 10000) }
      oursErrors += o * size
      theirErrors += t * size
      chars += size
      console.log(
        `P8 ${page.spec.name}: Paperdesk CER ${(o * 100).toFixed(2)} %, Tesseract ${(t * 100).toFixed(2)} %`,
      )
    }
    const cer = oursErrors / chars
    const baseline = theirErrors / chars
    recordResult('P8', {
      value: round(cer * 100, 100),
      unit: '% character error rate (NFKC, whitespace ignored), all pages',
      baseline: round(baseline * 100, 100),
      ratio: round(baseline / Math.max(cer, 1e-9), 100),
      ratioBasis: 'Tesseract CER / Paperdesk CER (bigger is better; the target is ≥ 2 and CER ≤ 2 %)',
      pages: perPage,
      characters: chars,
      tesseract: 'tesseract 5.3 (Debian) -l chi_sim+eng, default page segmentation',
    })

    // P9 on the plain 12 pt page; the models are loaded by the P8 run above.
    const speedPage = pages[0] as (typeof pages)[number]
    const oursMs: number[] = []
    for (let i = 0; i < 3; i++) {
      const start = performance.now()
      await door.recognizeFile(speedPage.file)
      oursMs.push(performance.now() - start)
    }
    const theirsMs = tesseractLoadedMs(dir, speedPage.file)
    const rss = workerPeakRss(speedPage.file)
    const ours = median(oursMs)
    recordResult('P9', {
      value: round(ours / 1000, 100),
      unit: 's per A4 page at 300 dpi, models loaded (median of 3)',
      baseline: round(theirsMs / 1000, 100),
      ratio: round(theirsMs / ours, 100),
      ratioBasis: 'Tesseract s per page with its models loaded (k pages less one, per page) / Paperdesk',
      page: `${A4.width}×${A4.height} px, ${speedPage.spec.name}`,
      peakRssMb: rss,
      limits: { ratio: 2, peakRssMb: 600 },
    })
  } finally {
    await door.close()
    rmSync(dir, { recursive: true, force: true })
  }
}

/** Peak RSS (MB) of a fresh process that loads the models and reads the page twice. */
function workerPeakRss(file: string): number {
  const run = spawnSync('npx', ['tsx', 'bench/ocr-rss-child.ts', file], { encoding: 'utf8' })
  const last = run.stdout.trim().split('\n').at(-1) ?? '{}'
  return (JSON.parse(last) as { peakRssMb: number }).peakRssMb
}
