import { expect, type Locator, type Page } from '@playwright/test'
import type { ShellPage } from './shell-page'

export interface PlacedBox {
  x: number
  y: number
  width: number
  height: number
}

/** The Sign tool: its three tabs, the pad, the library, the document workspace and history. */
export class SignPage {
  readonly pad: Locator
  readonly padName: Locator
  readonly padSave: Locator
  readonly padUndo: Locator
  readonly padRedo: Locator
  readonly libraryItems: Locator
  readonly openDocumentButton: Locator
  readonly pageImage: Locator
  readonly pdfPage: Locator
  readonly placements: Locator
  readonly exportButton: Locator
  readonly outputFormat: Locator
  readonly historyRows: Locator
  readonly stampToggle: Locator
  readonly stampLabel: Locator
  readonly zoomLabel: Locator

  constructor(
    readonly page: Page,
    private readonly shell: ShellPage,
  ) {
    this.pad = page.getByTestId('sign-pad')
    this.padName = page.getByTestId('sign-pad-name')
    this.padSave = page.getByTestId('sign-pad-save')
    this.padUndo = page.getByTestId('sign-pad-undo')
    this.padRedo = page.getByTestId('sign-pad-redo')
    this.libraryItems = page.getByTestId('sign-library-item')
    this.openDocumentButton = page.getByTestId('sign-open-document')
    this.pageImage = page.getByTestId('sign-page-image')
    this.pdfPage = page.getByTestId('sign-page-pdf')
    this.placements = page.getByTestId('sign-placement')
    this.exportButton = page.getByTestId('sign-export')
    this.outputFormat = page.getByTestId('sign-output-format')
    this.historyRows = page.getByTestId('sign-history-row')
    this.stampToggle = page.getByTestId('sign-placement-stamp')
    this.stampLabel = page.getByTestId('sign-placement-settings').locator('input.input')
    this.zoomLabel = page.getByTestId('sign-zoom')
  }

  async open(): Promise<void> {
    await this.shell.goTo('sign')
  }

  async tab(name: 'document' | 'signatures' | 'history'): Promise<void> {
    await this.page.getByTestId(`sign-tab-${name}`).click()
    await expect(this.page.getByTestId(`sign-tab-${name}`)).toHaveAttribute('aria-selected', 'true')
  }

  /** Draws a two-stroke scribble on the pad with the mouse. */
  async drawSignature(): Promise<void> {
    const box = await this.pad.boundingBox()
    if (!box) throw new Error('the pad is not visible')
    const before = Number(await this.pad.getAttribute('data-strokes'))
    const mouse = this.page.mouse
    for (const [row, phase] of [
      [0.45, 0],
      [0.6, 1.7],
    ] as const) {
      await mouse.move(box.x + box.width * 0.1, box.y + box.height * row)
      await mouse.down()
      for (let i = 1; i <= 30; i++) {
        const x = box.x + box.width * (0.1 + (0.75 * i) / 30)
        const y = box.y + box.height * (row + 0.15 * Math.sin(i / 3 + phase))
        await mouse.move(x, y, { steps: 2 })
      }
      await mouse.up()
    }
    await expect(this.pad).toHaveAttribute('data-strokes', String(before + 2))
  }

  /** How many pixels of the pad's canvas carry ink, and its backing size against its CSS size. */
  padPixels(): Promise<{ ink: number; backingWidth: number; cssWidth: number; ratio: number }> {
    return this.pad.evaluate((node) => {
      const canvas = node as unknown as {
        width: number
        height: number
        clientWidth: number
        getContext(kind: '2d'): {
          getImageData(x: number, y: number, w: number, h: number): { data: Uint8ClampedArray }
        }
      }
      const { data } = canvas.getContext('2d').getImageData(0, 0, canvas.width, canvas.height)
      let ink = 0
      for (let i = 3; i < data.length; i += 4) if ((data[i] as number) > 128) ink++
      const ratio = (globalThis as unknown as { devicePixelRatio: number }).devicePixelRatio
      return { ink, backingWidth: canvas.width, cssWidth: canvas.clientWidth, ratio }
    })
  }

  async saveSignature(name: string): Promise<void> {
    await this.padName.fill(name)
    await this.padSave.click()
    await expect(this.libraryItems.filter({ hasText: name })).toHaveCount(1)
  }

  async signatureId(name: string): Promise<number> {
    return Number(await this.libraryItems.filter({ hasText: name }).getAttribute('data-id'))
  }

  /** Puts the signature on the current page (the palette in the side panel). */
  async place(signatureId: number): Promise<Locator> {
    const count = await this.placements.count()
    await this.page.getByTestId(`sign-add-${signatureId}`).click()
    await expect(this.placements).toHaveCount(count + 1)
    return this.placements.nth(count)
  }

  /** Drags a placement by (dx, dy) CSS pixels. */
  async drag(target: Locator, dx: number, dy: number): Promise<void> {
    const box = await target.boundingBox()
    if (!box) throw new Error('placement not visible')
    const x = box.x + box.width / 2
    const y = box.y + box.height / 2
    await this.page.mouse.move(x, y)
    await this.page.mouse.down()
    await this.page.mouse.move(x + dx, y + dy, { steps: 8 })
    await this.page.mouse.up()
  }

  /** Drags the selected placement's bottom-right handle by (dx, dy). */
  async resize(target: Locator, dx: number, dy: number): Promise<void> {
    const handle = target.getByTestId('sign-placement-handle-se')
    const box = await handle.boundingBox()
    if (!box) throw new Error('no resize handle')
    await this.page.mouse.move(box.x + box.width / 2, box.y + box.height / 2)
    await this.page.mouse.down()
    await this.page.mouse.move(box.x + box.width / 2 + dx, box.y + box.height / 2 + dy, { steps: 8 })
    await this.page.mouse.up()
  }

  async boxOf(target: Locator): Promise<PlacedBox> {
    const read = async (name: string) => Number(await target.getAttribute(`data-${name}`))
    return {
      x: await read('x'),
      y: await read('y'),
      width: await read('width'),
      height: await read('height'),
    }
  }

  /** Where the stamp's text is drawn in the preview (the text itself, not its element's box). */
  async stampTextBox(placement: Locator): Promise<{ x: number; y: number; width: number; height: number }> {
    return placement.locator('.placement__stamp').evaluate((node) => {
      const doc = (node as unknown as { ownerDocument: { createRange(): unknown } }).ownerDocument
      const range = doc.createRange() as {
        selectNodeContents(n: unknown): void
        getBoundingClientRect(): { x: number; y: number; width: number; height: number }
      }
      range.selectNodeContents(node)
      const { x, y, width, height } = range.getBoundingClientRect()
      return { x, y, width, height }
    })
  }

  /** The current page as shown, in CSS pixels. */
  async pageBox(): Promise<{ x: number; y: number; width: number; height: number }> {
    const box = await this.page.getByTestId('sign-page').boundingBox()
    if (!box) throw new Error('no page shown')
    return box
  }
}
