import { existsSync } from 'node:fs'
import { userError } from '../../../shared/errors'
import { pageSizeMm, type Printer, type PrintJob } from './print-job'

/** Where a system Chromium or Chrome usually lives, in the order we try them. */
const CANDIDATES: Readonly<Record<string, readonly string[]>> = {
  linux: [
    '/usr/bin/chromium',
    '/usr/bin/chromium-browser',
    '/snap/bin/chromium',
    '/usr/bin/google-chrome',
    '/usr/bin/google-chrome-stable',
    '/usr/bin/microsoft-edge',
  ],
  darwin: [
    '/Applications/Google Chrome.app/Contents/MacOS/Google Chrome',
    '/Applications/Chromium.app/Contents/MacOS/Chromium',
    '/Applications/Microsoft Edge.app/Contents/MacOS/Microsoft Edge',
  ],
  win32: [
    'C:\\Program Files\\Google\\Chrome\\Application\\chrome.exe',
    'C:\\Program Files (x86)\\Google\\Chrome\\Application\\chrome.exe',
    'C:\\Program Files (x86)\\Microsoft\\Edge\\Application\\msedge.exe',
  ],
}

/** `PAPERDESK_CHROMIUM` if set (it must exist), else the first usual location that exists. */
export function findChromium(
  env: NodeJS.ProcessEnv = process.env,
  platform: NodeJS.Platform = process.platform,
  exists: (path: string) => boolean = existsSync,
): string | null {
  const chosen = env['PAPERDESK_CHROMIUM']
  if (chosen) return exists(chosen) ? chosen : null
  return (CANDIDATES[platform] ?? []).find((path) => exists(path)) ?? null
}

/** Flags for running as root in a container, and for staying quiet and offline. */
export const CHROMIUM_ARGS = [
  '--no-sandbox',
  '--disable-gpu',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--disable-quic',
]

const mm = (n: number) => `${n}mm`

/** Page-side: resolves once web fonts are loaded and every image is decoded (never on a timer). */
export const WAIT_FOR_FONTS_AND_IMAGES = `(async () => {
  await document.fonts.ready;
  await Promise.all([...document.images].map((img) => img.decode().catch(() => undefined)));
})()`

/**
 * Chromium's print step now and then answers "Printing failed" for a page it prints fine when
 * asked again (seen on a busy machine, never twice in a row): one more try before giving up.
 */
export async function retryTransientPrintFailure<T>(print: () => Promise<T>): Promise<T> {
  try {
    return await print()
  } catch (error) {
    if (!/Printing failed/.test(String(error))) throw error
    return print()
  }
}

/**
 * Prints through a Chromium found on the machine, driven by playwright-core (the harness and the
 * CLI; Electron uses its own printToPDF). JavaScript is off in the print context: imported or
 * pasted HTML can never run there. The browser starts on the first job and stays until `close`.
 */
export async function openChromiumPrinter(env: NodeJS.ProcessEnv = process.env): Promise<Printer> {
  const executablePath = findChromium(env)
  if (!executablePath) {
    throw userError(
      'UNAVAILABLE',
      'pdf.no-chromium',
      'no Chromium or Chrome was found for printing; install one or set PAPERDESK_CHROMIUM',
    )
  }
  const { chromium } = await import('playwright-core')
  const browser = await chromium.launch({ executablePath, args: CHROMIUM_ARGS, headless: true })
  const context = await browser.newContext({ javaScriptEnabled: false, offline: true })
  // Only inline content: a stray http(s) or file URL in a note never reaches anything.
  await context.route(/^(?!data:|about:)/, (route) => route.abort())
  let closed = false
  return {
    async print(job: PrintJob, signal?: AbortSignal): Promise<Uint8Array> {
      if (closed) throw new Error('printer closed')
      signal?.throwIfAborted()
      const page = await context.newPage()
      try {
        await page.setContent(job.html, { waitUntil: 'load' })
        // Runs in Playwright's utility world, which works with the page's JavaScript off.
        await page.evaluate(WAIT_FOR_FONTS_AND_IMAGES)
        signal?.throwIfAborted()
        const headerFooter = job.headerTemplate !== undefined || job.footerTemplate !== undefined
        // The size in millimetres, not Playwright's named format: A4 by name comes out as
        // 595.92 × 842.88 pt (rounded inches), A4 by size as ISO's 595.28 × 841.89.
        const size = pageSizeMm[job.pageSize]
        const pdf = await retryTransientPrintFailure(() =>
          page.pdf({
            width: mm(size.width),
            height: mm(size.height),
            landscape: job.landscape,
            printBackground: true,
            margin: {
              top: mm(job.marginMm.top),
              right: mm(job.marginMm.right),
              bottom: mm(job.marginMm.bottom),
              left: mm(job.marginMm.left),
            },
            displayHeaderFooter: headerFooter,
            headerTemplate: job.headerTemplate ?? '<span></span>',
            footerTemplate: job.footerTemplate ?? '<span></span>',
            outline: job.outline,
            tagged: true,
          }),
        )
        return new Uint8Array(pdf.buffer, pdf.byteOffset, pdf.byteLength)
      } finally {
        await page.close().catch(() => undefined)
      }
    },
    async close(): Promise<void> {
      if (closed) return
      closed = true
      await browser.close().catch(() => undefined)
    },
  }
}
