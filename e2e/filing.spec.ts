import { execFileSync } from 'node:child_process'
import { existsSync, readFileSync } from 'node:fs'
import Database from 'better-sqlite3'
import { translate } from '../src/shared/i18n'
import { filingFixtures } from '../src/main/core/filing/test-support/apk-fixtures'
import { parseApksigner } from '../src/main/core/filing/test-support/tool-reports'
import { validForm } from '../src/main/core/filing/test-support/valid-form'
import { expectedFinish } from '../src/main/core/filing/records/working-days'
import { expect, test } from './fixtures'

/** A valid form for the filing called `name` (the form's app name renames the filing). */
const formFor = (name: string) => {
  const form = validForm()
  form.app.name = name
  return form
}

const row = (dbPath: string, sql: string) => {
  const db = new Database(dbPath, { readonly: true, fileMustExist: true })
  try {
    return db.prepare(sql).get() as Record<string, unknown>
  } finally {
    db.close()
  }
}

test.describe('filing', () => {
  test.beforeAll(() => {
    filingFixtures()
  })

  test('create a filing and walk it through its steps, with the SMS countdown and ETAs', async ({ app }) => {
    const { filing, shell } = app
    await filing.open()
    await expect(app.page.getByTestId('filing-empty')).toBeVisible()
    await filing.createFiling('备案助手')
    await expect(filing.status).toHaveText(translate('en', 'filing.status.draft'))
    await expect(filing.steps).toHaveCount(10)

    // The core refuses to count an incomplete order as submitted, and says why.
    await filing.step('submit').getByTestId('step-done').click()
    await expect(shell.errorToast).toContainText('The form still has')
    await shell.dismissToasts()
    await expect(filing.step('submit')).toHaveAttribute('data-status', 'todo')

    await filing.saveForm('备案助手', formFor('备案助手'))
    await filing.backToDashboard()
    await filing.openFiling('备案助手')
    await filing.markStep('prepare', 'done')
    await filing.markStep('submit', 'done')
    await expect(filing.status).toHaveText(translate('en', 'filing.status.submitted'))
    await filing.markStep('provider-review', 'doing')
    await expect(filing.status).toHaveText(translate('en', 'filing.status.provider-review'))
    await expect(filing.step('provider-review').getByTestId('step-eta')).toContainText('Expected')

    await filing.sms('received')
    await expect(filing.status).toHaveText(translate('en', 'filing.status.sms-pending'))
    await expect(filing.countdown).toHaveText(/^23:5\d:\d\d$/)
    const first = await filing.countdown.textContent()
    await expect(filing.countdown).not.toHaveText(first ?? '')
    await filing.sms('wrong-code')
    await expect(app.page.getByTestId('sms-attempts')).toHaveText(
      translate('en', 'filing.sms.attempts', { count: 1, left: 4 }),
    )
    await filing.sms('verified')
    await expect(filing.status).toHaveText(translate('en', 'filing.status.provincial-review'))
    await expect(filing.step('provincial-review').getByTestId('step-eta')).toBeVisible()
    // Up to 20 working days from today: the note says whether every year's holidays are known.
    const { holidaysUnknown } = expectedFinish(new Date(), { min: 1, max: 20 }, new Date())
    await expect(filing.step('provincial-review').getByTestId('step-eta-holidays')).toHaveText(
      holidaysUnknown.length > 0
        ? translate('en', 'filing.steps.holidaysUnknown', { years: holidaysUnknown.join(', ') })
        : translate('en', 'filing.steps.holidaysKnown'),
    )
    await filing.markStep('provincial-review', 'done')
    await expect(filing.status).toHaveText(translate('en', 'filing.status.approved'))

    await filing.backToDashboard()
    await expect(filing.rows).toHaveCount(1)
    await expect(filing.rows.first()).toHaveAttribute('data-status', 'approved')
    await expect(filing.rows.first().getByTestId('filing-due')).toContainText('Public-security filing due by')
    expect(row(app.dbPath, 'SELECT status, app_name AS name FROM filing')).toEqual({
      status: 'approved',
      name: '备案助手',
    })
    expect(row(app.dbPath, "SELECT count(*) AS n FROM filing_event WHERE kind = 'sms-wrong-code'")).toEqual({
      n: 1,
    })
  })

  test('a mistyped ID is rejected with its reason, masked until revealed', async ({ app }) => {
    const { filing } = app
    await filing.open()
    await filing.createFiling('身份证测试')
    await filing.view('form')
    const id = filing.input('principals.0.idNumber')
    await id.fill('110105194912310021')
    await expect(filing.fieldIssues('principals.0.idNumber')).toHaveText([
      translate('en', 'filing.reasons.id-checksum', { expected: 'X' }),
    ])
    await expect(id).toHaveAttribute('aria-invalid', 'true')
    await id.blur()
    await expect(id).toHaveValue('1101**********0021')
    await app.page.getByTestId('form-reveal').click()
    await expect(id).toHaveValue('110105194912310021')
    await id.fill('11010519491231002X')
    await expect(filing.fieldIssues('principals.0.idNumber')).toHaveCount(0)
    // Saved by itself once typing stops, and kept in the database.
    await expect(app.page.getByTestId('form-save-state')).toHaveAttribute('data-state', 'saved')
    expect(
      row(
        app.dbPath,
        "SELECT json_extract(value, '$[0].idNumber') AS id FROM filing_field WHERE section = 'principals'",
      ),
    ).toEqual({ id: '11010519491231002X' })
  })

  test('inspect an APK, copy its MD5 in two formats, and fill it into a filing', async ({ app }) => {
    const fx = filingFixtures()
    const { filing } = app
    const signer = parseApksigner(fx.apksignerOutput('v2only')).signers[0]
    await filing.open()
    await filing.createFiling('读取测试')
    await filing.openInspector()
    await filing.inspect(app.queueOpenFiles, fx.apk('v2only'))
    await expect(app.page.getByTestId('inspection-package')).toHaveText('cn.paperdesk.fixture')
    await expect(app.page.getByTestId('inspection-schemes')).toHaveText('v2')
    const colons = (signer?.md5 ?? '').match(/../g)?.join(':') ?? ''
    await expect(filing.fact(0, 'md5')).toHaveText(colons)

    await filing.copyButton(0, 'md5').click()
    await expect.poll(() => app.clipboardWrites()).toEqual([colons])
    await app.page.getByTestId('format-lower').click()
    await filing.copyButton(0, 'md5').click()
    await expect.poll(() => app.clipboardWrites()).toEqual([colons, (signer?.md5 ?? '').toLowerCase()])

    await app.page.getByTestId('inspector-apply').click()
    await app.page.getByTestId('apply-save').click()
    await expect(app.shell.statusToast).toContainText('读取测试')
    await app.page.getByTestId('filing-tab-filings').click()
    await filing.openFiling('读取测试')
    await filing.view('form')
    await expect(filing.input('platforms.0.signatureMd5')).toHaveValue((signer?.md5 ?? '').toLowerCase())
    await expect(filing.input('platforms.0.packageName')).toHaveValue('cn.paperdesk.fixture')
    await expect(app.page.getByTestId('platform-certificate')).toContainText('v2only.apk')
  })

  test('a file that is no app is refused with a translated reason', async ({ app }) => {
    const { filing, shell } = app
    await filing.open()
    await filing.openInspector()
    await filing.inspect(app.queueOpenFiles, filingFixtures().file('truncated.apk'))
    await expect(shell.errorToast).toContainText(translate('en', 'filing.reasons.zip-truncated'))
    await expect(filing.inspection).toHaveCount(0)
  })

  test('attach an ID photo and export the summary sheet as PDF', async ({ app }, testInfo) => {
    const { filing } = app
    await filing.open()
    await filing.createFiling('导出测试')
    await filing.saveForm('导出测试', formFor('导出测试'))
    await filing.backToDashboard()
    await filing.openFiling('导出测试')
    await filing.view('materials')

    const { default: sharp } = await import('sharp')
    const photo = testInfo.outputPath('id-front.png')
    await sharp({ create: { width: 320, height: 200, channels: 3, background: '#7aa6d8' } })
      .png()
      .toFile(photo)
    await app.queueOpenFiles([photo])
    const idPhotos = app.page.locator('[data-testid="material"][data-key="principal-id-photos"]')
    await idPhotos.getByTestId('material-attach').click()
    await expect(app.page.getByTestId('attachment')).toHaveCount(1)
    await expect(idPhotos).toHaveAttribute('data-ready', 'true')

    const out = testInfo.outputPath('summary.pdf')
    await app.queueSavePath(out)
    await app.page.getByTestId('export-summary').click()
    await expect(app.shell.statusToast).toContainText(out, { timeout: 20_000 })
    expect(readFileSync(out).subarray(0, 5).toString()).toBe('%PDF-')
    const text = execFileSync('pdftotext', ['-layout', out, '-'], { encoding: 'utf8' })
    expect(text).toContain('导出测试')
    expect(text).toContain('1101**********002X')
    expect(text).not.toContain('11010519491231002X')
    expect(existsSync(`${out}.tmp`)).toBe(false)
  })
})
