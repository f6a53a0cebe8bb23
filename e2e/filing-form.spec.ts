import Database from 'better-sqlite3'
import { translate } from '../src/shared/i18n'
import { filingFixtures } from '../src/main/core/filing/test-support/apk-fixtures'
import { parseApksigner } from '../src/main/core/filing/test-support/tool-reports'
import { expect, test } from './fixtures'

// The filing form: values stored in one layout and shown in the user's, the platform card's
// domains and its fill from an APK, and dates in the app's language.

const row = (dbPath: string, sql: string) => {
  const db = new Database(dbPath, { readonly: true, fileMustExist: true })
  try {
    return db.prepare(sql).get() as Record<string, unknown>
  } finally {
    db.close()
  }
}

test.describe('filing form', () => {
  test.beforeAll(() => {
    filingFixtures()
  })

  test('values are stored in one layout and shown in the user’s', async ({ app }) => {
    const { filing, page } = app
    const md5 = '82DAA0C266AB215F4AA5D30692FAE773'
    await filing.open()
    await filing.createFiling('格式测试')
    await filing.view('form')
    await page.getByTestId('form-reveal').click()
    await filing.input('principals.0.idNumber').fill('110105 19491231 002x')
    await filing.input('principals.0.mobile').fill('+86 138-0013-8000')
    await page.getByTestId('add-platform').click()
    await filing.input('platforms.0.signatureMd5').fill('82 da a0 c2 66 ab 21 5f 4a a5 d3 06 92 fa e7 73')
    await filing.input('platforms.0.packageName').focus()
    await expect(page.getByTestId('form-save-state')).toHaveAttribute('data-state', 'saved')
    expect(
      row(
        app.dbPath,
        `SELECT json_extract(p.value, '$[0].idNumber') AS id, json_extract(p.value, '$[0].mobile') AS mobile,
           json_extract(f.value, '$[0].signatureMd5') AS md5
         FROM filing_field p JOIN filing_field f ON f.filing_id = p.filing_id AND f.section = 'platforms'
         WHERE p.section = 'principals'`,
      ),
    ).toEqual({ id: '11010519491231002X', mobile: '13800138000', md5 })
    // Shown in the reading layouts: the phone grouped, the fingerprint as the user prefers it.
    await expect(filing.input('principals.0.mobile')).toHaveValue('138 0013 8000')
    const colons = md5.match(/../g)?.join(':') ?? ''
    await expect(filing.input('platforms.0.signatureMd5')).toHaveValue(colons)

    await filing.backToDashboard()
    await filing.openFiling('格式测试')
    await filing.view('form')
    await page.getByTestId('form-reveal').click()
    await expect(filing.input('principals.0.idNumber')).toHaveValue('11010519491231002X')
    await expect(filing.input('principals.0.mobile')).toHaveValue('138 0013 8000')
    await expect(filing.input('platforms.0.signatureMd5')).toHaveValue(colons)
    await filing.input('platforms.0.signatureMd5').focus()
    await expect(filing.input('platforms.0.signatureMd5')).toHaveValue(md5)
  })

  test('a platform may use a subdomain of a filed domain, and its list says so', async ({ app }) => {
    const { filing, page } = app
    await filing.open()
    await filing.createFiling('域名测试')
    await filing.view('form')
    await page.getByTestId('add-domains').click()
    await filing.input('domains.0').fill('example.cn')
    await page.getByTestId('add-platform').click()
    const list = page.getByTestId('list-platforms.0.domains')
    // A list of inputs, one value each: nothing says "comma separated".
    await expect(list.locator('.field__label')).toHaveText(translate('en', 'filing.form.platformDomains'))
    await expect(list).not.toContainText(/comma/i)
    await expect(list).toContainText(translate('en', 'filing.form.platformDomainsHint'))
    await page.getByTestId('add-platforms.0.domains').click()
    const domain = filing.input('platforms.0.domains.0')
    await expect(domain).toHaveAttribute('placeholder', 'api.example.cn')
    await domain.fill('api.example.cn')
    await page.getByTestId('form-check-all').click()
    await page.getByTestId('add-platforms.0.domains').click()
    await filing.input('platforms.0.domains.1').fill('api.other.cn')
    await expect(list.getByTestId('field-issue')).toHaveText([
      translate('en', 'filing.reasons.platform-domain-unknown', { domain: 'api.other.cn' }),
    ])
    await expect(filing.input('platforms.0.domains.0')).toHaveAttribute('aria-invalid', 'false')
  })

  test('fill a platform from an APK: the values, the names in the package and its warnings', async ({
    app,
  }) => {
    const fx = filingFixtures()
    const { filing, page } = app
    const signer = parseApksigner(fx.apksignerOutput('labelled')).signers[0]
    const md5 = signer?.md5 ?? ''
    await filing.open()
    await filing.createFiling('纸桌')
    await filing.view('form')
    await page.getByTestId('add-platform').click()
    await app.queueOpenFiles([fx.apk('labelled')])
    await page.getByTestId('platform-fill').click()
    const summary = page.getByTestId('fill-summary')
    await expect(summary).toContainText('labelled.apk')
    await expect(summary.getByTestId('filled-packageName')).toContainText('cn.paperdesk.fixture')
    const colons = md5.match(/../g)?.join(':') ?? ''
    await expect(summary.getByTestId('filled-signatureMd5')).toContainText(colons)
    await expect(summary.getByTestId('filled-labels')).toContainText('备案助手 (zh-CN)')
    await expect(summary.getByTestId('filled-labels')).toContainText('Paperdesk Fixture (default)')
    // The filing is called 纸桌, the app calls itself 备案助手: the user is told.
    await expect(summary.locator('[data-code="name-differs"]')).toBeVisible()
    await expect(filing.input('platforms.0.packageName')).toHaveValue('cn.paperdesk.fixture')
    await expect(filing.input('platforms.0.signatureMd5')).toHaveValue(colons)
    await expect(filing.input('platforms.0.publicKey')).toHaveValue(/^\d{600,}$/)
    await expect(page.getByTestId('form-save-state')).toHaveAttribute('data-state', 'saved')
    expect(
      row(
        app.dbPath,
        "SELECT json_extract(value, '$[0].signatureMd5') AS md5, json_extract(value, '$[0].certificate.sourceFile') AS file FROM filing_field WHERE section = 'platforms'",
      ),
    ).toEqual({ md5, file: 'labelled.apk' })

    await page.getByTestId('fill-dismiss').click()
    await expect(summary).toHaveCount(0)
    await app.queueOpenFiles([fx.apk('aosp')])
    await page.getByTestId('platform-fill').click()
    await expect(summary.locator('[data-code="aosp-test-key"]')).toContainText('AOSP')
  })

  test('date fields follow the app’s language, not the browser engine’s', async ({ app }) => {
    const { filing, page, settings, shell } = app
    await settings.open()
    await settings.chooseLanguage('zh-CN')
    await shell.expectLanguage('zh-CN')
    await filing.open()
    await filing.createFiling('日期测试')
    await filing.view('form')
    const from = filing.input('principals.0.idValidFrom')
    const to = filing.input('principals.0.idValidTo')
    await expect(from).not.toHaveAttribute('type', 'date')
    await expect(from).toHaveAttribute('placeholder', translate('zh-CN', 'filing.form.datePlaceholder'))
    await from.fill('2020年1月2日')
    await to.fill('2040.2.30')
    await from.focus()
    await expect(from).toHaveValue('2020-01-02')
    await expect(filing.fieldIssues('principals.0.idValidTo').first()).toHaveAttribute(
      'data-reason',
      'date-format',
    )
    await to.fill('2040/2/29')
    await from.blur()
    await to.blur()
    await expect(from).toHaveValue('2020年1月2日')
    await expect(to).toHaveValue('2040年2月29日')
    await expect(page.getByTestId('form-save-state')).toHaveAttribute('data-state', 'saved')
    expect(
      row(
        app.dbPath,
        "SELECT json_extract(value, '$[0].idValidFrom') AS f, json_extract(value, '$[0].idValidTo') AS t FROM filing_field WHERE section = 'principals'",
      ),
    ).toEqual({ f: '2020-01-02', t: '2040-02-29' })

    await settings.open()
    await settings.chooseLanguage('en')
    await shell.expectLanguage('en')
    await filing.open()
    await filing.openFiling('日期测试')
    await filing.view('form')
    await expect(from).toHaveValue('January 2, 2020')
  })
})
