import { execFileSync } from 'node:child_process'
import { mkdirSync } from 'node:fs'
import { join } from 'node:path'
import type { Page } from '@playwright/test'
import type { SupportedLocale } from '../src/shared/contract'
import type { PaperdeskApi } from '../src/shared/api'
import { filingFixtures } from '../src/main/core/filing/test-support/apk-fixtures'
import { validForm } from '../src/main/core/filing/test-support/valid-form'
import { expect, test } from './fixtures'
import { shootScreen } from './support/screenshot'

type WindowWithApi = { paperdesk: PaperdeskApi }

/** Three filings at different stages, made through the app's own contract. */
async function seedFilings(page: Page): Promise<{ miniProgram: number }> {
  const form = validForm()
  return page.evaluate(async (valid) => {
    const api = (globalThis as unknown as WindowWithApi).paperdesk.filing
    const make = async (appName: string, provider: 'aliyun' | 'tencent' | 'wechat', province: string) => {
      const { id } = await api.create({ appName, provider, filingType: 'first', province })
      await api.saveForm({ id, form: { ...valid, app: { ...valid.app, name: appName } } })
      return id
    }
    const sms = await make('备案助手', 'aliyun', '11')
    await api.setStep({ id: sms, step: 'submit', status: 'done' })
    await api.setStep({ id: sms, step: 'provider-review', status: 'done' })
    await api.sms({ id: sms, action: 'received' })
    await api.sms({ id: sms, action: 'wrong-code' })
    const review = await make('纸桌笔记', 'tencent', '44')
    await api.setStep({ id: review, step: 'submit', status: 'done' })
    const { id: miniProgram } = await api.create({
      appName: '纸桌小程序',
      provider: 'wechat',
      filingType: 'first',
      province: '31',
    })
    return { miniProgram }
  }, form)
}

// Not an assertion on pixels: pictures of the Filing tool for a person to look at.
test('screenshots of the filing dashboard, a form with errors and the inspector', async ({
  app,
}, testInfo) => {
  test.setTimeout(90_000)
  const { settings, shell, filing, page } = app
  const apk = filingFixtures().apk('rotated')
  await filing.open()
  const { miniProgram } = await seedFilings(page)

  const locales: SupportedLocale[] = ['en', 'zh-CN']
  for (const locale of locales) {
    await settings.open()
    await settings.chooseLanguage(locale)
    await shell.expectLanguage(locale)
    await filing.open()
    await expect(filing.rows).toHaveCount(3)
    await shootScreen(page, testInfo, `filing-dashboard-${locale}`)

    await filing.rows.filter({ hasText: '备案助手' }).getByRole('button').first().click()
    await expect(filing.smsPanel).toBeVisible()
    await shootScreen(page, testInfo, `filing-steps-sms-${locale}`)

    await filing.backToDashboard()
    await filing.openFilingById(miniProgram)
    await filing.view('form')
    await filing.input('subject.certNumber').fill('91350100M000100Y44')
    await filing.input('principals.0.idNumber').fill('110105194912310021')
    await filing.input('principals.0.mobile').fill('13800138000')
    await filing.input('principals.1.mobile').fill('13800138000')
    await filing.input('app.name').fill('中国😀免费工具')
    await page.getByTestId('form-check-all').click()
    // The core's verdicts, not the form's first (stale) issues: wait for the reasons themselves.
    await expect(filing.fieldIssues('principals.0.idNumber')).toHaveAttribute('data-reason', 'id-checksum')
    await expect(filing.fieldIssues('app.name').first()).toHaveAttribute('data-reason', 'app-name-emoji')
    await shootScreen(page, testInfo, `filing-form-errors-${locale}`)

    await filing.openInspector()
    await filing.inspect(app.queueOpenFiles, apk)
    await expect(filing.inspection).toBeVisible()
    await shootScreen(page, testInfo, `filing-inspector-${locale}`)
    await page.getByTestId('filing-tab-filings').click()
  }

  await settings.open()
  await settings.chooseTheme('dark')
  await expect(page.locator('html')).toHaveAttribute('data-theme', 'dark')
  await filing.open()
  await shootScreen(page, testInfo, 'filing-dashboard-zh-CN-dark')
  await filing.openInspector()
  await filing.inspect(app.queueOpenFiles, apk)
  await expect(filing.inspection).toBeVisible()
  await shootScreen(page, testInfo, 'filing-inspector-zh-CN-dark')
})

// The form with its dates and a platform filled from an APK, the inspector on resource labels and
// AOSP's test key, and the summary sheet as printed (pdftoppm), in both languages.
test('screenshots of a filled form, the inspector’s labels and key warning, and the summary sheet', async ({
  app,
}, testInfo) => {
  test.setTimeout(300_000)
  const { settings, shell, filing, page } = app
  const fx = filingFixtures()
  await filing.open()
  await seedFilings(page)
  const dir = join(testInfo.project.outputDir, 'screenshots')
  mkdirSync(dir, { recursive: true })
  for (const locale of ['zh-CN', 'en'] as SupportedLocale[]) {
    await settings.open()
    await settings.chooseLanguage(locale)
    await shell.expectLanguage(locale)
    await filing.open()
    await filing.openFiling('纸桌笔记')
    await filing.view('form')
    await app.queueOpenFiles([fx.apk('labelled')])
    await page.getByTestId('platform-fill').first().click()
    await expect(page.getByTestId('fill-summary')).toBeVisible()
    await shootScreen(page, testInfo, `filing-form-filled-${locale}`)

    await filing.view('materials')
    const pdf = testInfo.outputPath(`summary-${locale}.pdf`)
    await app.queueSavePath(pdf)
    await page.getByTestId('export-summary').click()
    // An earlier status (the form saved) may still be showing beside it.
    await expect(shell.statusToast.filter({ hasText: pdf })).toBeVisible({ timeout: 120_000 })
    execFileSync('pdftoppm', [
      '-png',
      '-r',
      '70',
      '-f',
      '1',
      '-l',
      '2',
      pdf,
      join(dir, `filing-sheet-${locale}`),
    ])

    await filing.openInspector()
    await filing.inspect(app.queueOpenFiles, fx.apk('labelled'))
    await expect(page.getByTestId('inspection-labels')).toBeVisible()
    await shootScreen(page, testInfo, `filing-inspector-labels-${locale}`)
    await filing.inspect(app.queueOpenFiles, fx.apk('aosp'))
    await expect(page.locator('[data-code="aosp-test-key"]')).toBeVisible()
    await shootScreen(page, testInfo, `filing-inspector-aosp-${locale}`)
    await page.getByTestId('filing-tab-filings').click()
  }
})
