import { randomUUID } from 'node:crypto'
import { mkdtemp, rm, writeFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { pathToFileURL } from 'node:url'
import { BrowserWindow, session } from 'electron'
import { WAIT_FOR_FONTS_AND_IMAGES } from '../core/pdf/chromium-printer'
import { pageSizeMm, type Printer, type PrintJob } from '../core/pdf/print-job'

const MM_PER_INCH = 25.4
/** An isolated world of our own for the wait script (1 is Electron's preload world). */
const PRINT_WAIT_WORLD = 1007

/**
 * Prints with Electron's own Chromium: a hidden window in a private, offline session with
 * JavaScript disabled, so the printed HTML can never run anything or reach the network. The HTML
 * is written to a private temp file (too large for a data: URL once images are inlined).
 */
export async function openElectronPrinter(): Promise<Printer> {
  const partition = `paperdesk-print-${randomUUID()}`
  const printSession = session.fromPartition(partition, { cache: false })
  printSession.setPermissionRequestHandler((_c, _p, callback) => callback(false))
  printSession.setPermissionCheckHandler(() => false)
  // Only the temp page itself and inline data; anything else (http, other files) is cancelled.
  const dir = await mkdtemp(join(tmpdir(), 'paperdesk-print-'))
  const pageFolder = `${pathToFileURL(dir).href}/`
  printSession.webRequest.onBeforeRequest((details, callback) => {
    const allowed = details.url.startsWith('data:') || details.url.startsWith(pageFolder)
    callback({ cancel: !allowed })
  })
  const win = new BrowserWindow({
    show: false,
    webPreferences: {
      session: printSession,
      javascript: false,
      sandbox: true,
      contextIsolation: true,
      nodeIntegration: false,
      webSecurity: true,
      images: true,
      spellcheck: false,
      disableBlinkFeatures: 'Auxclick',
    },
  })
  win.webContents.on('will-navigate', (event) => event.preventDefault())
  win.webContents.setWindowOpenHandler(() => ({ action: 'deny' }))
  let closed = false
  return {
    async print(job: PrintJob, signal?: AbortSignal): Promise<Uint8Array> {
      if (closed) throw new Error('printer closed')
      signal?.throwIfAborted()
      const file = join(dir, `${randomUUID()}.html`)
      await writeFile(file, job.html, 'utf8')
      try {
        await win.loadFile(file)
        // The bundled fonts and the images are ready before printing (never a timer). The page's
        // own JavaScript is off; an isolated world still runs this one constant script.
        await win.webContents.executeJavaScriptInIsolatedWorld(PRINT_WAIT_WORLD, [
          { code: WAIT_FOR_FONTS_AND_IMAGES },
        ])
        signal?.throwIfAborted()
        const headerFooter = job.headerTemplate !== undefined || job.footerTemplate !== undefined
        // The exact ISO/US size in inches (a named size is rounded).
        const size = pageSizeMm[job.pageSize]
        const pdf = await win.webContents.printToPDF({
          pageSize: { width: size.width / MM_PER_INCH, height: size.height / MM_PER_INCH },
          landscape: job.landscape,
          printBackground: true,
          margins: {
            top: job.marginMm.top / MM_PER_INCH,
            right: job.marginMm.right / MM_PER_INCH,
            bottom: job.marginMm.bottom / MM_PER_INCH,
            left: job.marginMm.left / MM_PER_INCH,
          },
          displayHeaderFooter: headerFooter,
          headerTemplate: job.headerTemplate ?? '<span></span>',
          footerTemplate: job.footerTemplate ?? '<span></span>',
          generateDocumentOutline: job.outline,
          generateTaggedPDF: true,
        })
        return new Uint8Array(pdf.buffer, pdf.byteOffset, pdf.byteLength)
      } finally {
        await rm(file, { force: true })
      }
    },
    async close(): Promise<void> {
      if (closed) return
      closed = true
      if (!win.isDestroyed()) win.destroy()
      await rm(dir, { recursive: true, force: true })
    },
  }
}
