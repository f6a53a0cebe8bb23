import { execFileSync } from 'node:child_process'
import { writeFileSync } from 'node:fs'
import { scannedPdf, textImage } from '../src/main/core/ocr/test-support/scans'
import { en } from '../src/shared/i18n/en'
import { zhCN } from '../src/shared/i18n/zh-CN'
import { expect, test } from './fixtures'
import { OCR_TIMEOUT_MS } from './pages/ocr-page'
import { shootScreen } from './support/screenshot'

// Loading the models and reading a page take seconds on two shared cores.
test.setTimeout(120_000)

/** A photo of a printed Chinese contract line and its number (Noto Sans CJK through librsvg). */
const CONTRACT_LINES = ['甲方：北京某某科技有限公司', '乙方：上海示例贸易有限公司', '合同编号 HT-2024-08']

test('reads a picture of printed Chinese, keeps the corrected text as a note, and search finds it', async ({
  app,
}, testInfo) => {
  const { ocr, notes, shell } = app
  const photo = testInfo.outputPath('合同照片.png')
  writeFileSync(photo, await textImage(CONTRACT_LINES))
  await ocr.open()
  await expect(ocr.root.locator('h1')).toHaveText(en.ocr.title)
  await app.queueOpenFiles([photo])
  await ocr.openScan('合同照片.png')
  await ocr.read()
  expect(await ocr.lineTexts()).toEqual([
    '甲方:北京某某科技有限公司',
    '乙方:上海示例贸易有限公司',
    '合同编号HT-2024-08',
  ])
  await expect(ocr.lowLines).toHaveCount(0)
  await shootScreen(app.page, testInfo, 'ocr-en')

  // The text is the user's to correct before it goes anywhere.
  await ocr.lines.nth(2).fill('合同编号 HT-2024-08（已核对）')
  await ocr.copyButton.click()
  await expect(shell.statusToast).toContainText(en.ocr.view.copied)
  expect((await app.clipboardWrites()).at(-1)).toContain('（已核对）')
  await shell.dismissToasts()

  await expect(ocr.noteTitle).toHaveValue('合同照片')
  await ocr.noteTitle.fill('租赁合同扫描件')
  await ocr.makeNoteButton.click()
  await expect(shell.statusToast).toContainText('租赁合同扫描件')

  await notes.open()
  await notes.searchFor('已核对')
  await expect(notes.itemTitles).toHaveText(['租赁合同扫描件'])
  await notes.searchFor('示例贸易')
  await expect(notes.itemTitles).toHaveText(['租赁合同扫描件'])
})

test('a blank page gives no text, and something that is not an image is refused in words', async ({
  app,
}, testInfo) => {
  const { ocr, shell } = app
  const blank = testInfo.outputPath('blank.png')
  writeFileSync(blank, await textImage([], { width: 800, height: 600 }))
  await ocr.open()
  await app.queueOpenFiles([blank])
  await ocr.openScan('blank.png')
  await ocr.read()
  await expect(ocr.noText).toHaveText(en.ocr.view.noText)
  await expect(ocr.copyButton).toBeDisabled()

  const fake = testInfo.outputPath('fake.jpg')
  writeFileSync(fake, 'not a picture')
  await app.queueOpenFiles([fake])
  await ocr.openButton.click()
  await expect(shell.errorToast).toContainText('fake.jpg is not an image or PDF Paperdesk can read')
  // The scan open before stays open.
  await expect(ocr.name).toHaveText('blank.png')
})

test.describe('pictures in notes', () => {
  test.use({ imageIndexing: { quietMs: 500 } })

  test('are read in the background, and a hit inside one says so', async ({ app }, testInfo) => {
    const picture = await textImage(['营业执照 统一社会信用代码'])
    await app.page.evaluate(
      (html) => {
        const api = (
          globalThis as unknown as {
            paperdesk: {
              notes: { create(n: { notebookId: null; title: string; html: string }): Promise<unknown> }
            }
          }
        ).paperdesk
        return api.notes.create({ notebookId: null, title: '证照', html })
      },
      `<p>附件如下</p><p><img src="data:image/png;base64,${picture.toString('base64')}"></p>`,
    )
    const { notes } = app
    await notes.open()
    // Each search is a call, so the background waits for a quiet moment between tries.
    await expect(async () => {
      await notes.searchFor('')
      await notes.searchFor('营业执照')
      await expect(notes.itemTitles).toHaveText(['证照'], { timeout: 1_000 })
      // The empty search lists the note too: only the flag says this list is the word's hits.
      await expect(notes.items.first().getByTestId('note-item-in-image')).toHaveText(`[${en.ocr.inImage}] `, {
        timeout: 1_000,
      })
    }).toPass({ timeout: OCR_TIMEOUT_MS, intervals: [2_000] })
    await shootScreen(app.page, testInfo, 'notes-search-in-picture-en')
  })
})

test.describe('on a Chinese system', () => {
  test.use({ systemLocale: 'zh-CN' })

  test('the OCR view speaks Chinese', async ({ app }, testInfo) => {
    const { ocr } = app
    await ocr.open()
    await expect(ocr.root.locator('h1')).toHaveText(zhCN.ocr.title)
    await expect(ocr.openButton).toHaveText(zhCN.ocr.view.open)
    await shootScreen(app.page, testInfo, 'ocr-empty-zh-CN')
    const photo = testInfo.outputPath('发票.png')
    writeFileSync(photo, await textImage(['增值税普通发票', '购买方：杭州某某网络有限公司']))
    await app.queueOpenFiles([photo])
    await ocr.openScan('发票.png')
    await ocr.read()
    expect(await ocr.lineTexts()).toEqual(['增值税普通发票', '购买方:杭州某某网络有限公司'])
    await expect(ocr.makeNoteButton).toHaveText(zhCN.ocr.view.makeNote)
    await shootScreen(app.page, testInfo, 'ocr-zh-CN')
  })
})

test.describe('scanned PDFs', () => {
  const page = (line: string) => textImage([line], { width: 1240, height: 1754, fontSize: 56 })

  test('reads the chosen pages, page by page, and writes a searchable copy', async ({ app }, testInfo) => {
    const { ocr, shell } = app
    const input = testInfo.outputPath('lease.pdf')
    writeFileSync(
      input,
      await scannedPdf([
        await page('第一页 租赁合同'),
        await page('第二页 付款条款'),
        await page('第三页 违约责任'),
      ]),
    )
    await ocr.open()
    await app.queueOpenFiles([input])
    await ocr.openScan('lease.pdf')
    await ocr.pages.fill('2-3')
    await ocr.read()
    await expect(ocr.shownPage).toHaveText('Page 2')
    expect(await ocr.lineTexts()).toEqual(['第二页付款条款'])
    await ocr.nextPage.click()
    await expect(ocr.shownPage).toHaveText('Page 3')
    expect(await ocr.lineTexts()).toEqual(['第三页违约责任'])

    const out = testInfo.outputPath('lease-searchable.pdf')
    await app.queueSavePath(out)
    await ocr.searchableButton.click()
    await expect(shell.statusToast.filter({ hasText: 'lease-searchable.pdf' })).toBeVisible({
      timeout: OCR_TIMEOUT_MS,
    })
    const words = execFileSync('pdftotext', [out, '-'], { encoding: 'utf8' }).replace(/\s+/g, '')
    expect(words).toContain('第三页违约责任')
    // Only the chosen pages got a text layer.
    expect(words).not.toContain('第一页')
  })

  test('reading can be cancelled, and keeps nothing', async ({ app }, testInfo) => {
    const { ocr, shell } = app
    const input = testInfo.outputPath('long.pdf')
    const picture = await page('长文件')
    writeFileSync(input, await scannedPdf([picture, picture, picture, picture]))
    await ocr.open()
    await app.queueOpenFiles([input])
    await ocr.openScan('long.pdf')
    await ocr.readButton.click()
    await expect(ocr.progress).toBeVisible()
    await ocr.cancelButton.click()
    await expect(shell.statusToast).toContainText(en.ocr.view.cancelled, { timeout: OCR_TIMEOUT_MS })
    await expect(ocr.progress).toHaveCount(0)
    await expect(ocr.lines).toHaveCount(0)
  })

  test('a signed PDF is copied only with consent to an unsigned copy', async ({ app }, testInfo) => {
    const { ocr, shell } = app
    const { certifyWorkspace } = await import('../src/main/core/sign/certify/test-support/certify-fixtures')
    const work = await certifyWorkspace(testInfo.outputPath('certify'))
    const scan = testInfo.outputPath('scan.pdf')
    writeFileSync(scan, await scannedPdf([await page('已签署的合同')]))
    const signed = testInfo.outputPath('signed.pdf')
    await work.sign(scan, signed)
    work.store.close()
    await ocr.open()
    await app.queueOpenFiles([signed])
    await ocr.openScan('signed.pdf')
    await ocr.searchableButton.click()
    await expect(ocr.signedNotice).toContainText('1 digital signature(s)')
    const out = testInfo.outputPath('unsigned.pdf')
    await app.queueSavePath(out)
    await ocr.unsignedCopyButton.click()
    await expect(shell.statusToast.filter({ hasText: 'unsigned.pdf' })).toBeVisible({
      timeout: OCR_TIMEOUT_MS,
    })
    expect(execFileSync('pdftotext', [out, '-'], { encoding: 'utf8' })).toContain('已签署的合同')
  })
})
