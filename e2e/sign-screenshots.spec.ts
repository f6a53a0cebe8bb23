import { writeFileSync } from 'node:fs'
import { PDFDocument, rgb, StandardFonts } from 'pdf-lib'
import sharp from 'sharp'
import type { SupportedLocale } from '../src/shared/contract'
import { expect, FIRST_PAGE_MS, test } from './fixtures'
import { shootScreen } from './support/screenshot'

// Not an assertion on pixels: pictures of the Sign tool for a person to look at.
/** A letter-like scan: a title bar and grey text lines, so placements have something to sit on. */
async function letterScan(): Promise<Buffer> {
  const lines = Array.from(
    { length: 18 },
    (_, i) =>
      `<rect x="180" y="${420 + i * 70}" width="${i % 4 === 3 ? 900 : 1380}" height="22" fill="#9aa0a6"/>`,
  ).join('')
  const svg = `<svg xmlns="http://www.w3.org/2000/svg" width="1748" height="2480"><rect width="1748" height="2480" fill="#fbfaf6"/><rect x="180" y="200" width="900" height="60" fill="#3c4043"/>${lines}<rect x="1050" y="1950" width="520" height="3" fill="#5f6368"/></svg>`
  return sharp(Buffer.from(svg)).jpeg({ quality: 88 }).withMetadata({ density: 200 }).toBuffer()
}

test('screenshots of the Sign tool in both languages and themes', async ({ app }, testInfo) => {
  test.setTimeout(90_000)
  const { page, settings, shell, sign } = app
  const scan = testInfo.outputPath('letter.jpg')
  writeFileSync(scan, await letterScan())
  const pdfDoc = await PDFDocument.create()
  const font = await pdfDoc.embedFont(StandardFonts.Helvetica)
  for (let i = 0; i < 3; i++) {
    const p = pdfDoc.addPage([595, 842])
    p.drawText(`Service agreement - page ${i + 1}`, {
      x: 60,
      y: 770,
      size: 18,
      font,
      color: rgb(0.2, 0.2, 0.2),
    })
    for (let l = 0; l < 28; l++)
      p.drawRectangle({
        x: 60,
        y: 720 - l * 22,
        width: l % 5 === 4 ? 300 : 470,
        height: 6,
        color: rgb(0.75, 0.75, 0.75),
      })
  }
  const pdf = testInfo.outputPath('agreement.pdf')
  writeFileSync(pdf, await pdfDoc.save())
  // A photo of a signature on paper, with a shadow across it.
  const photo = testInfo.outputPath('paper-photo.jpg')
  writeFileSync(
    photo,
    await sharp(
      Buffer.from(
        `<svg xmlns="http://www.w3.org/2000/svg" width="1600" height="1000"><defs><linearGradient id="s" x1="0" x2="1"><stop offset="0" stop-color="#ece9e1"/><stop offset="1" stop-color="#bdb8ad"/></linearGradient></defs><rect width="1600" height="1000" fill="url(#s)"/><path d="M380 600 C 470 330, 560 700, 660 520 S 800 380, 860 560 C 900 660, 1000 420, 1180 470" stroke="#1d2336" stroke-width="11" fill="none" stroke-linecap="round"/></svg>`,
      ),
    )
      .jpeg({ quality: 85 })
      .toBuffer(),
  )

  const locales: SupportedLocale[] = ['en', 'zh-CN']
  for (const locale of locales) {
    await settings.open()
    await settings.chooseLanguage(locale)
    await shell.expectLanguage(locale)
    await sign.open()
    await sign.tab('signatures')
    await sign.drawSignature()
    if (locale === 'en') {
      await sign.saveSignature('Jane Doe')
      await sign.drawSignature()
    }
    await shootScreen(page, testInfo, `sign-capture-${locale}`, { wholePage: false })
    await page.getByTestId('sign-pad-clear').click()
    await app.queueOpenFiles([photo])
    await page.getByTestId('sign-paper-open').click()
    await expect(page.getByTestId('sign-paper-preview')).toBeVisible()
    await page.getByTestId('sign-paper').scrollIntoViewIfNeeded()
    await shootScreen(page, testInfo, `sign-paper-${locale}`, { wholePage: false })
    await page.getByTestId('sign-paper-save').click()
    await expect(
      sign.libraryItems.filter({ hasText: locale === 'en' ? 'Paper signature' : '纸质签名' }),
    ).toHaveCount(1)

    await sign.tab('document')
    await app.queueOpenFiles([scan])
    await sign.openDocumentButton.click()
    await expect(sign.pageImage).toBeVisible()
    const id = await page
      .getByTestId('sign-library-item')
      .count()
      .then(() => 1)
    const placed = await sign.place(id)
    await page.getByTestId('sign-placement-stamp').check()
    await expect(placed).toBeVisible()
    await shootScreen(page, testInfo, `sign-place-image-${locale}`, { wholePage: false })

    await app.queueOpenFiles([pdf])
    await sign.openDocumentButton.click()
    await expect(sign.pdfPage).toHaveAttribute('data-rendered', 'true', { timeout: FIRST_PAGE_MS })
    await page.getByTestId('sign-thumb-3').click()
    await sign.place(id)
    await app.queueSavePath(testInfo.outputPath(`agreement-signed-${locale}.pdf`))
    await sign.exportButton.click()
    await expect(shell.statusToast.filter({ hasText: `agreement-signed-${locale}.pdf` })).toBeVisible()
    await shootScreen(page, testInfo, `sign-place-pdf-${locale}`, { wholePage: false })
    await shell.dismissToasts()

    await sign.tab('history')
    await expect(sign.historyRows.first()).toBeVisible()
    await shootScreen(page, testInfo, `sign-history-${locale}`, { wholePage: false })
  }

  await settings.open()
  await settings.chooseTheme('dark')
  await expect(page.locator('html')).toHaveAttribute('data-theme', 'dark')
  await sign.open()
  await expect(sign.pdfPage).toHaveAttribute('data-rendered', 'true', { timeout: FIRST_PAGE_MS })
  await shootScreen(page, testInfo, 'sign-place-zh-CN-dark', { wholePage: false })
  await sign.tab('signatures')
  await shootScreen(page, testInfo, 'sign-capture-zh-CN-dark', { wholePage: false })
  await sign.tab('history')
  await shootScreen(page, testInfo, 'sign-history-zh-CN-dark', { wholePage: false })
})
