import { execFileSync } from 'node:child_process'
import { existsSync, readdirSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'
import sharp from 'sharp'
import { contractPdf, sealPhoto } from '../src/main/core/sign/test-support/seal-fixtures'
import type { SupportedLocale } from '../src/shared/contract'
import { translate } from '../src/shared/i18n'
import { expect, test } from './fixtures'
import { SignMarksPage } from './pages/sign-marks-page'
import { shootScreen } from './support/screenshot'

/** Per rendered page: where red ink is, as fractions of the page (null for a page with none). */
async function redInk(pdf: string, dir: string) {
  execFileSync('pdftoppm', ['-r', '36', '-png', pdf, join(dir, 'out')])
  const pages = readdirSync(dir)
    .filter((f) => /^out-\d+\.png$/.test(f))
    .sort()
  return Promise.all(
    pages.map(async (f) => {
      const { data, info } = await sharp(join(dir, f))
        .removeAlpha()
        .raw()
        .toBuffer({ resolveWithObject: true })
      let left = 1
      let top = 1
      let bottom = 0
      let count = 0
      for (let y = 0; y < info.height; y++)
        for (let x = 0; x < info.width; x++) {
          const i = (y * info.width + x) * 3
          if ((data[i] as number) < 150 || (data[i + 1] as number) > 120) continue
          count++
          left = Math.min(left, x / info.width)
          top = Math.min(top, y / info.height)
          bottom = Math.max(bottom, y / info.height)
        }
      return count === 0 ? null : { left, top, bottom }
    }),
  )
}

test.describe('sign marks', () => {
  test('a seal from a photo, a text mark, and a cross-page seal over five pages, exported', async ({
    app,
  }, testInfo) => {
    test.setTimeout(90_000)
    const { sign, shell } = app
    const marks = new SignMarksPage(app.page)
    const photo = testInfo.outputPath('seal-photo.jpg')
    writeFileSync(photo, await sealPhoto())
    await sign.open()
    await sign.tab('signatures')

    await app.queueOpenFiles([photo])
    await marks.sealOpen.click()
    await expect(marks.sealPreview).toBeVisible()
    // A blue hue finds no ink in a red seal; red again finds it.
    await marks.slide(marks.sealHue, 220)
    await expect(marks.sealNoInk).toBeVisible()
    await expect(marks.sealSave).toBeDisabled()
    await marks.slide(marks.sealHue, 0)
    await expect(marks.sealPreview).toBeVisible()
    await marks.sealName.fill('合同专用章')
    await marks.sealSave.click()
    await expect(marks.sealBadges).toHaveCount(1)
    await expect(marks.sealBadges).toHaveText(translate('en', 'signMarks.badge.seal'))

    await marks.textMarkText.fill('王𠮷明')
    await expect(marks.textMarkProblem).toContainText('𠮷')
    await expect(marks.textMarkSave).toBeDisabled()
    await marks.makeTextMark('王晓明')
    const markId = await sign.signatureId('王晓明')

    // Scanned pages as one document: each gets its strip, written beside it.
    await sign.tab('document')
    const scan = await sharp({ create: { width: 620, height: 877, channels: 3, background: '#f4f2ec' } })
      .jpeg()
      .toBuffer()
    const scans = [1, 2].map((n) => testInfo.outputPath(`scan-${n}.jpg`))
    for (const f of scans) writeFileSync(f, scan)
    await app.queueOpenFiles(scans)
    await app.page.getByTestId('sign-scan-seal-run').click()
    await expect(
      shell.statusToast.filter({ hasText: translate('en', 'signMarks.scans.done_other', { count: 2 }) }),
    ).toBeVisible()
    expect(scans.map((f) => existsSync(f.replace('.jpg', '-signed.jpg')))).toEqual([true, true])

    const pdf = testInfo.outputPath('contract.pdf')
    writeFileSync(pdf, await contractPdf(5))
    await app.queueOpenFiles([pdf])
    await sign.openDocumentButton.click()
    await expect(sign.pdfPage).toHaveAttribute('data-rendered', 'true')

    // One placement, then the same spot of the last page too.
    await sign.place(markId)
    await app.page.getByTestId('sign-page-choice-chosen').check()
    await app.page.getByTestId('sign-page-choice-spec').fill('9')
    await expect(app.page.getByTestId('sign-page-choice-bad')).toBeVisible()
    await app.page.getByTestId('sign-page-choice-last').check()
    await expect(app.page.getByTestId('sign-page-choice-preview')).toHaveCount(1)
    await app.page.getByTestId('sign-page-choice-apply').click()
    await expect(app.page.getByTestId('sign-thumb-5').locator('.thumbs__badge')).toHaveText('1')

    await marks.crossEnable.check()
    await expect(marks.crossStripsHint).toHaveText(translate('en', 'signMarks.cross.strips', { count: 5 }))
    await expect(marks.crossStrip).toHaveAttribute('data-strip', '1/5')
    await app.page.getByTestId('sign-thumb-3').click()
    await expect(marks.crossStrip).toHaveAttribute('data-strip', '3/5')
    // The strip on screen is flush with the page's right edge.
    const pageBox = await sign.pageBox()
    const stripBox = await marks.crossStrip.boundingBox()
    expect(Math.abs((stripBox?.x ?? 0) + (stripBox?.width ?? 0) - (pageBox.x + pageBox.width))).toBeLessThan(
      2,
    )
    // One page cannot carry a cross-page seal: said before export, and export waits.
    await app.page.getByTestId('sign-cross-seal-chosen').check()
    await app.page.getByTestId('sign-cross-seal-pages').fill('2')
    await expect(marks.crossProblem).toHaveText(
      translate('en', 'errors.VALIDATION', {
        message: translate('en', 'sign.reasons.cross-seal-one-page'),
      }),
    )
    await expect(sign.exportButton).toBeDisabled()
    await app.page.getByTestId('sign-cross-seal-all').check()
    await marks.slide(marks.crossY, 0.4)

    const out = testInfo.outputPath('contract-sealed.pdf')
    await app.queueSavePath(out)
    await sign.exportButton.click()
    await expect(shell.statusToast.filter({ hasText: 'contract-sealed.pdf' })).toBeVisible()

    const pages = await redInk(out, testInfo.outputPath())
    expect(pages).toHaveLength(5)
    for (const ink of pages) {
      // Red only in the edge strip: the seal's width is 12 % of the page, a fifth of it per page.
      expect(ink?.left).toBeGreaterThan(0.96)
      expect(((ink?.top ?? 0) + (ink?.bottom ?? 0)) / 2).toBeCloseTo(0.4, 1)
    }
  })

  for (const locale of ['zh-CN', 'en'] as SupportedLocale[])
    test.describe(locale, () => {
      test.use({ systemLocale: locale })
      test(`screenshots of the seal, text mark and cross-page seal panels (${locale})`, async ({
        app,
      }, testInfo) => {
        test.setTimeout(90_000)
        const { sign, page } = app
        const marks = new SignMarksPage(page)
        const photo = testInfo.outputPath('seal-photo.jpg')
        writeFileSync(photo, await sealPhoto())
        await sign.open()
        await sign.tab('signatures')
        await app.queueOpenFiles([photo])
        await marks.sealOpen.click()
        await expect(marks.sealPreview).toBeVisible()
        await marks.textMarkText.fill('王晓明 已核对')
        await expect(marks.textMarkPreview.first()).toBeAttached()
        await page.getByTestId('sign-seal').scrollIntoViewIfNeeded()
        await shootScreen(page, testInfo, `sign-marks-seal-${locale}`, { wholePage: false })
        await marks.textMark.scrollIntoViewIfNeeded()
        await shootScreen(page, testInfo, `sign-marks-text-${locale}`, { wholePage: false })
        await marks.sealSave.click()
        await expect(marks.sealBadges).toHaveCount(1)
        await marks.textMarkSave.click()
        await expect(sign.libraryItems).toHaveCount(2)
        await shootScreen(page, testInfo, `sign-marks-library-${locale}`)
        const markId = await sign.signatureId('王晓明 已核对')

        const pdf = testInfo.outputPath('contract.pdf')
        writeFileSync(pdf, await contractPdf(4))
        await sign.tab('document')
        await app.queueOpenFiles([pdf])
        await sign.openDocumentButton.click()
        await expect(sign.pdfPage).toHaveAttribute('data-rendered', 'true')
        await marks.crossEnable.check()
        await sign.place(markId)
        await page.getByTestId('sign-page-choice-all').check()
        await expect(page.getByTestId('sign-page-choice-preview')).toHaveCount(4)
        await expect(marks.crossStrip).toBeVisible()
        await shootScreen(page, testInfo, `sign-marks-cross-${locale}`)
      })
    })
})
