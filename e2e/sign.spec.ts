import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs'
import Database from 'better-sqlite3'
import { PDFDocument, rgb } from 'pdf-lib'
import sharp from 'sharp'
import { darkestIn, plainImage, renderPdfPage } from '../src/main/core/sign/test-support/sign-fixtures'
import { translate } from '../src/shared/i18n'
import { expect, FIRST_PAGE_MS, test } from './fixtures'

interface AuditRow {
  input_name: string
  output_path: string
  output_sha256: string
  page: number
  signature_name: string
}

function auditRows(dbPath: string): AuditRow[] {
  const db = new Database(dbPath, { readonly: true })
  try {
    return db
      .prepare(
        `SELECT r.input_name, r.output_path, r.output_sha256, p.page, p.signature_name
         FROM sign_record r JOIN sign_placement p ON p.record_id = r.id ORDER BY r.id, p.position`,
      )
      .all() as AuditRow[]
  } finally {
    db.close()
  }
}

test.describe('sign', () => {
  test('draw a signature, place and resize it on a scan, save the signed copy at full size', async ({
    app,
  }) => {
    const { sign } = app
    await sign.open()
    await sign.tab('signatures')
    await sign.drawSignature()
    await sign.padUndo.click()
    await expect(sign.pad).toHaveAttribute('data-strokes', '1')
    await sign.padRedo.click()
    await expect(sign.pad).toHaveAttribute('data-strokes', '2')
    // Backed at the device pixel ratio, and redrawn (not cleared) when the pad changes size.
    const drawn = await sign.padPixels()
    expect(drawn.backingWidth).toBe(Math.round(drawn.cssWidth * drawn.ratio))
    expect(drawn.ink).toBeGreaterThan(200)
    const size = app.page.viewportSize() ?? { width: 1280, height: 800 }
    await app.page.setViewportSize({ width: size.width - 200, height: size.height })
    await expect.poll(async () => (await sign.padPixels()).cssWidth).not.toBe(drawn.cssWidth)
    expect((await sign.padPixels()).ink).toBeGreaterThan(drawn.ink * 0.5)
    await expect(sign.pad).toHaveAttribute('data-strokes', '2')
    await app.page.setViewportSize(size)
    await sign.saveSignature('E2E 签名')
    const id = await sign.signatureId('E2E 签名')

    const scan = test.info().outputPath('contract-scan.jpg')
    writeFileSync(scan, await plainImage(3000, 2000, { density: 300 }))
    await sign.tab('document')
    await app.queueOpenFiles([scan])
    await sign.openDocumentButton.click()
    await expect(sign.pageImage).toBeVisible()
    await expect(app.page.getByTestId('sign-document-name')).toHaveText('contract-scan.jpg')

    const placed = await sign.place(id)
    const start = await sign.boxOf(placed)
    await sign.drag(placed, -200, -120)
    const moved = await sign.boxOf(placed)
    expect(moved.x).toBeLessThan(start.x - 0.05)
    expect(moved.y).toBeLessThan(start.y - 0.05)
    await sign.resize(placed, 80, 0)
    const box = await sign.boxOf(placed)
    expect(box.width).toBeGreaterThan(moved.width + 0.03)

    const out = test.info().outputPath('contract-scan-signed.jpg')
    await app.queueSavePath(out)
    await sign.exportButton.click()
    await expect(
      app.shell.statusToast.filter({
        hasText: translate('en', 'sign.output.done', { name: 'contract-scan-signed.jpg' }),
      }),
    ).toBeVisible()
    expect(existsSync(out)).toBe(true)
    const meta = await sharp(out).metadata()
    expect([meta.width, meta.height, meta.format]).toEqual([3000, 2000, 'jpeg'])
    const { data } = await sharp(out).greyscale().raw().toBuffer({ resolveWithObject: true })
    const img = { width: 3000, height: 2000, data }
    expect(darkestIn(img, box)).toBeLessThan(100)
    // Far from the box the scan is untouched (within JPEG tolerance).
    expect(darkestIn(img, { x: 0, y: 0, width: 1, height: box.y - 0.02 })).toBeGreaterThan(190)
    expect(darkestIn(img, { x: 0, y: 0, width: box.x - 0.02, height: 1 })).toBeGreaterThan(190)

    const rows = auditRows(app.dbPath)
    expect(rows).toHaveLength(1)
    expect(rows[0]).toMatchObject({
      input_name: 'contract-scan.jpg',
      output_path: out,
      page: 0,
      signature_name: 'E2E 签名',
    })
    await sign.tab('history')
    await expect(sign.historyRows).toHaveCount(1)
    await expect(sign.historyRows.first()).toContainText('contract-scan-signed.jpg')
  })

  test('sign the second page of a PDF: the mark is on that page only, pages kept', async ({ app }) => {
    const { sign } = app
    await sign.open()
    await sign.tab('signatures')
    await sign.drawSignature()
    await sign.saveSignature('PDF signer')
    const id = await sign.signatureId('PDF signer')

    const doc = await PDFDocument.create()
    for (let i = 0; i < 2; i++) {
      const page = doc.addPage([595, 842])
      page.drawRectangle({
        x: 40,
        y: 40,
        width: 515,
        height: 762,
        borderColor: rgb(0.8, 0.8, 0.8),
        borderWidth: 1,
      })
    }
    const input = test.info().outputPath('agreement.pdf')
    writeFileSync(input, await doc.save())

    await sign.tab('document')
    await app.queueOpenFiles([input])
    await sign.openDocumentButton.click()
    await expect(sign.pdfPage).toHaveAttribute('data-rendered', 'true', { timeout: FIRST_PAGE_MS })
    await app.page.getByTestId('sign-thumb-2').click()
    await expect(app.page.getByTestId('sign-page')).toHaveAttribute('data-page', '1')
    const placed = await sign.place(id)
    await sign.resize(placed, 40, 0)
    const box = await sign.boxOf(placed)

    const out = test.info().outputPath('agreement-signed.pdf')
    await app.queueSavePath(out)
    await sign.exportButton.click()
    await expect(app.shell.statusToast.filter({ hasText: 'agreement-signed.pdf' })).toBeVisible()
    const signed = await PDFDocument.load(readFileSync(out))
    expect(signed.getPageCount()).toBe(2)
    expect(signed.getPages().map((p) => p.getSize())).toEqual([
      { width: 595, height: 842 },
      { width: 595, height: 842 },
    ])
    const dir = test.info().outputPath('renders')
    mkdirSync(dir, { recursive: true })
    const page2 = await renderPdfPage(out, 2, dir)
    expect(darkestIn(page2, box)).toBeLessThan(120)
    const page1 = await renderPdfPage(out, 1, dir)
    expect(darkestIn(page1, box)).toBeGreaterThan(150)
    expect(auditRows(app.dbPath)).toMatchObject([{ input_name: 'agreement.pdf', output_path: out, page: 1 }])
  })
})
