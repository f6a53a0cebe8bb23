import { existsSync, writeFileSync } from 'node:fs'
import sharp from 'sharp'
import { darkestIn, plainImage } from '../src/main/core/sign/test-support/sign-fixtures'
import type { SupportedLocale } from '../src/shared/contract'
import { translate } from '../src/shared/i18n'
import { expect, test } from './fixtures'
import { SignPage } from './pages/sign-page'
import { shootScreen } from './support/screenshot'

const LONG_LABEL = '甲方代表经办人已阅核对确认，同意签署于：'

/** Whether box `inner` lies inside `outer` (CSS pixels, a pixel of rounding allowed). */
function inside(
  inner: { x: number; y: number; width: number; height: number },
  outer: { x: number; y: number; width: number; height: number },
) {
  return (
    inner.x >= outer.x - 1 &&
    inner.y >= outer.y - 1 &&
    inner.x + inner.width <= outer.x + outer.width + 1 &&
    inner.y + inner.height <= outer.y + outer.height + 1
  )
}

test.describe('what the Sign preview shows is what the export draws', () => {
  for (const locale of ['en', 'zh-CN'] as SupportedLocale[]) {
    test.describe(locale, () => {
      test.use({ systemLocale: locale })

      test('a long stamp at the page edge: its box holds it, it stays on the page, and export draws it there', async ({
        app,
      }, testInfo) => {
        const sign = new SignPage(app.page, app.shell)
        await sign.open()
        await sign.tab('signatures')
        await sign.drawSignature()
        await sign.saveSignature('Edge')
        const id = await sign.signatureId('Edge')

        const scan = testInfo.outputPath('edge.jpg')
        writeFileSync(scan, await plainImage(2000, 1400))
        await sign.tab('document')
        await app.queueOpenFiles([scan])
        await sign.openDocumentButton.click()
        await expect(sign.pageImage).toBeVisible()
        const placed = await sign.place(id)
        await sign.stampToggle.check()
        await sign.stampLabel.fill(LONG_LABEL)
        // Pushed hard against the lower right corner: the stamp must not end up past the page.
        await sign.drag(placed, 600, 400)

        const page = await sign.pageBox()
        const box = await placed.boundingBox()
        const stamp = await sign.stampTextBox(placed)
        if (!box) throw new Error('placement not visible')
        // Across, the text's advance lies in the box; down, its line starts in it (the layout box
        // of a line is taller than its glyphs, which main draws inside the box).
        expect(inside({ ...stamp, height: 1 }, box), JSON.stringify({ stamp, box })).toBe(true)
        expect(inside(box, page)).toBe(true)
        await shootScreen(app.page, testInfo, `sign-stamp-edge-${locale}`, { wholePage: false })

        const out = testInfo.outputPath('edge-signed.jpg')
        await app.queueSavePath(out)
        await sign.exportButton.click()
        await expect(app.shell.statusToast.filter({ hasText: 'edge-signed.jpg' })).toBeVisible()
        await expect(app.shell.errorToast).toHaveCount(0)
        expect(existsSync(out)).toBe(true)
        // The stamp's ink is where the preview showed its text: in the box's lower, right part.
        const { data } = await sharp(out).greyscale().raw().toBuffer({ resolveWithObject: true })
        const img = { width: 2000, height: 1400, data }
        const rel = {
          x: (stamp.x - page.x) / page.width,
          y: (stamp.y - page.y) / page.height,
          width: stamp.width / page.width,
          height: stamp.height / page.height,
        }
        expect(darkestIn(img, { ...rel, x: rel.x + rel.width * 0.75, width: rel.width * 0.25 })).toBeLessThan(
          120,
        )
        // Past the right end of the stamp there is only paper.
        expect(
          darkestIn(img, { x: rel.x + rel.width + 0.01, y: rel.y, width: 0.01, height: rel.height }),
        ).toBeGreaterThan(150)
      })
    })
  }

  test('the zoom label says the real scale of a large photo fitted to the window', async ({
    app,
  }, testInfo) => {
    const sign = new SignPage(app.page, app.shell)
    await sign.open()
    const photo = testInfo.outputPath('camera.jpg')
    writeFileSync(photo, await plainImage(6000, 4000))
    await sign.tab('document')
    await app.queueOpenFiles([photo])
    await sign.openDocumentButton.click()
    await expect(sign.pageImage).toBeVisible()
    const shown = async () => {
      const box = await sign.pageBox()
      return Math.round((box.width / 6000) * 100)
    }
    const percent = async () => Number((await sign.zoomLabel.textContent())?.replace(/\D/g, ''))
    expect(await shown()).toBeLessThan(25)
    await expect.poll(percent).toBe(await shown())
    await app.page.getByRole('button', { name: translate('en', 'sign.document.zoomIn') }).click()
    await expect.poll(percent).toBe(await shown())
  })
})
