import { expect, type Locator, type Page } from '@playwright/test'
import type { ShellPage } from './shell-page'

/** Reading scans can take a while on a small shared machine: the models load, then each page is read. */
export const OCR_TIMEOUT_MS = 30_000

/** The OCR tool ("Scan to text" / "文字识别"): a scan, its page picture, the editable lines read. */
export class OcrPage {
  readonly root: Locator
  readonly openButton: Locator
  readonly name: Locator
  readonly pages: Locator
  readonly readButton: Locator
  readonly progress: Locator
  readonly cancelButton: Locator
  readonly scanImage: Locator
  readonly lines: Locator
  readonly lowLines: Locator
  readonly noText: Locator
  readonly copyButton: Locator
  readonly noteTitle: Locator
  readonly makeNoteButton: Locator
  readonly searchableButton: Locator
  readonly signedNotice: Locator
  readonly unsignedCopyButton: Locator
  readonly indexStatus: Locator
  readonly shownPage: Locator
  readonly nextPage: Locator

  constructor(
    readonly page: Page,
    private readonly shell: ShellPage,
  ) {
    this.root = page.getByTestId('page-ocr')
    this.openButton = page.getByTestId('ocr-open')
    this.name = page.getByTestId('ocr-name')
    this.pages = page.getByTestId('ocr-pages')
    this.readButton = page.getByTestId('ocr-read')
    this.progress = this.root.getByTestId('job-progress')
    this.cancelButton = this.root.getByTestId('job-cancel')
    this.scanImage = page.getByTestId('ocr-scan-image')
    this.lines = page.getByTestId('ocr-line')
    this.lowLines = page.locator('[data-testid="ocr-line"][data-low="true"]')
    this.noText = page.getByTestId('ocr-no-text')
    this.copyButton = page.getByTestId('ocr-copy')
    this.noteTitle = page.getByTestId('ocr-note-title')
    this.makeNoteButton = page.getByTestId('ocr-make-note')
    this.searchableButton = page.getByTestId('ocr-searchable')
    this.signedNotice = page.getByTestId('ocr-signed')
    this.unsignedCopyButton = page.getByTestId('ocr-unsigned-copy')
    this.indexStatus = page.getByTestId('ocr-index-text')
    this.shownPage = page.getByTestId('ocr-scan-page')
    this.nextPage = page.getByTestId('ocr-scan-next')
  }

  async open(): Promise<void> {
    await this.shell.goTo('ocr')
  }

  /** Opens the file the caller queued for the open dialog, and waits for its page picture. */
  async openScan(name: string): Promise<void> {
    await this.openButton.click()
    await expect(this.name).toHaveText(name)
    // A PDF's first page is drawn in a worker that starts on first use: allow it the OCR wait.
    await expect(this.scanImage).toHaveJSProperty('complete', true, { timeout: OCR_TIMEOUT_MS })
    await expect
      .poll(() => this.scanImage.evaluate((img) => (img as { naturalWidth: number }).naturalWidth), {
        timeout: OCR_TIMEOUT_MS,
      })
      .toBeGreaterThan(0)
  }

  /** Reads the open scan and waits until its lines (or "no text") are shown. */
  async read(): Promise<void> {
    await this.readButton.click()
    await expect(this.lines.first().or(this.noText)).toBeVisible({ timeout: OCR_TIMEOUT_MS })
  }

  /** The lines as shown (and as edited), without spaces the reader may put between CJK characters. */
  async lineTexts(): Promise<string[]> {
    const values = await this.lines.evaluateAll((inputs) => inputs.map((i) => (i as { value: string }).value))
    return values.map((v) => v.normalize('NFKC').replace(/\s+/g, ''))
  }
}
