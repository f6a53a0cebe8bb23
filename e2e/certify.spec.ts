import { spawnSync } from 'node:child_process'
import { existsSync, writeFileSync } from 'node:fs'
import { PDFDocument, rgb, StandardFonts } from 'pdf-lib'
import type { SupportedLocale } from '../src/shared/contract'
import { translate } from '../src/shared/i18n'
import { expect, FIRST_PAGE_MS, test, type PaperdeskApp } from './fixtures'
import type { CertifyPage } from './pages/certify-page'
import type { SignPage } from './pages/sign-page'
import { shootScreen } from './support/screenshot'

const PASSPHRASE = 'correct horse 马'

/** A one-page agreement with a title and grey lines, as pdf-lib writes it. */
async function agreementPdf(path: string): Promise<void> {
  const doc = await PDFDocument.create()
  const font = await doc.embedFont(StandardFonts.Helvetica)
  const page = doc.addPage([595, 842])
  page.drawText('Service agreement', { x: 60, y: 770, size: 18, font, color: rgb(0.2, 0.2, 0.2) })
  for (let l = 0; l < 24; l++)
    page.drawRectangle({
      x: 60,
      y: 720 - l * 22,
      width: l % 5 === 4 ? 300 : 470,
      height: 6,
      color: rgb(0.75, 0.75, 0.75),
    })
  writeFileSync(path, await doc.save())
}

/** `pdfsig`'s report of a file, or null where poppler's tool is not installed. */
function pdfsig(path: string): string | null {
  const run = spawnSync('pdfsig', [path], { encoding: 'utf8' })
  if (run.error) return null
  return `${run.stdout}\n${run.stderr}`
}

interface Prepared {
  sign: SignPage
  certify: CertifyPage
  input: string
  /** Keys go to the OS key store (Electron with a keyring): there is no passphrase. */
  osKeyStore: boolean
  signatureId: number
}

/**
 * Creates the identity 张三 in the UI, draws and saves a signature, opens a generated PDF in the
 * Sign tab and places the signature on it: everything up to "Save signed copy".
 */
async function prepare(app: PaperdeskApp, fileName: string): Promise<Prepared> {
  const { sign, certify } = app
  await sign.open()
  await certify.tab('certificates')
  await expect(app.page.getByTestId('certify-identities-empty')).toBeVisible()
  const identity = await certify.createIdentity({
    name: '张三',
    organization: '某某科技有限公司',
    passphrase: PASSPHRASE,
  })
  await expect(identity).toContainText('某某科技有限公司')
  const osKeyStore = await certify.osKeyStore()
  const protection = osKeyStore ? 'os' : 'passphrase'
  await expect(identity.getByTestId('certify-identity-protection')).toHaveAttribute(
    'data-protection',
    protection,
  )

  await sign.tab('signatures')
  await sign.drawSignature()
  await sign.saveSignature('张三的签名')
  const signatureId = await sign.signatureId('张三的签名')

  const input = test.info().outputPath(fileName)
  await agreementPdf(input)
  await sign.tab('document')
  await app.queueOpenFiles([input])
  await sign.openDocumentButton.click()
  await expect(sign.pdfPage).toHaveAttribute('data-rendered', 'true', { timeout: FIRST_PAGE_MS })
  await sign.place(signatureId)
  return { sign, certify, input, osKeyStore, signatureId }
}

test.describe('digital signatures', () => {
  test('create an identity, sign a PDF with it, verify it here and with pdfsig', async ({ app }) => {
    test.setTimeout(60_000)
    const { sign, certify } = await prepare(app, 'contract.pdf')
    await certify.chooseCertify({
      identity: '张三',
      passphrase: PASSPHRASE,
      reason: '同意',
      location: '上海',
    })
    await expect(sign.exportButton).toBeEnabled()

    const out = test.info().outputPath('contract-signed.pdf')
    await app.queueSavePath(out)
    await sign.exportButton.click()
    await expect(
      app.shell.statusToast.filter({
        hasText: translate('en', 'sign.output.done', { name: 'contract-signed.pdf' }),
      }),
    ).toBeVisible({ timeout: 15_000 })
    expect(existsSync(out)).toBe(true)

    // Opened again to sign, the PDF says it has a digital signature that a new one keeps valid.
    await app.queueOpenFiles([out])
    await sign.openDocumentButton.click()
    await expect(app.page.getByTestId('sign-already-signed')).toContainText('(1)')

    await certify.tab('verify')
    await certify.verify(out, 'contract-signed.pdf')
    await expect(certify.signatures).toHaveCount(1)
    const card = certify.signatures.first()
    await expect(card.getByTestId('certify-signature-signer')).toHaveText('张三')
    await expect(card.getByTestId('certify-signature-verdict')).toHaveText(
      translate('en', 'certify.verify.verdicts.valid'),
    )
    await expect(card.getByTestId('certify-signature-covers')).toHaveAttribute('data-covers', 'whole')
    await expect(card.getByTestId('certify-signature-trust')).toHaveAttribute('data-trust', 'selfSigned')
    await expect(card.getByTestId('certify-signature-reason')).toHaveText('同意')
    await expect(card.getByTestId('certify-signature-location')).toHaveText('上海')
    await expect(card.getByTestId('certify-signature-record')).toBeVisible()

    // Trusting the certificate checks the file again; it is then listed under trusted certificates.
    await card.getByTestId('certify-trust').click()
    await expect(card.getByTestId('certify-signature-trust')).toHaveAttribute('data-trust', 'trusted')
    await expect(card.getByTestId('certify-trust')).toHaveCount(0)

    // "Audit record #N" leads to that row in History, which says who signed digitally.
    const recordId = await card.getByTestId('certify-signature-record').getAttribute('data-record')
    await card.getByTestId('certify-show-record').click()
    await expect(app.page.getByTestId('sign-tab-history')).toHaveAttribute('aria-selected', 'true')
    const row = app.page.locator(`[data-testid="sign-history-row"][data-id="${recordId}"]`)
    await expect(row).toHaveClass(/history-table__row--marked/)
    await expect(row.getByTestId('sign-history-certified')).toHaveText(
      translate('en', 'certify.history.signedBy', { name: '张三' }),
    )

    await certify.tab('certificates')
    await expect(certify.trustedItems).toHaveCount(1)
    await expect(certify.trustedItems.first()).toContainText('张三')

    // The certificate (never the key) can be saved as .cer; deleting asks first.
    const cer = test.info().outputPath('张三.cer')
    await app.queueSavePath(cer)
    const identity = certify.identity('张三')
    await identity.getByTestId('certify-identity-export').click()
    await expect.poll(() => existsSync(cer)).toBe(true)
    await identity.getByTestId('certify-identity-delete').click()
    await identity.getByTestId('certify-identity-delete-confirm').click()
    await expect(certify.identities).toHaveCount(0)
    await expect(app.page.getByTestId('certify-identities-empty')).toBeVisible()
    await certify.trustedItems.first().getByTestId('certify-untrust').click()
    await expect(certify.trustedItems).toHaveCount(0)

    const report = pdfsig(out)
    // CI installs poppler-utils, so this runs there; a developer machine without it still runs the rest.
    test.skip(report === null, 'pdfsig (poppler-utils) is not installed')
    expect(report).toContain('Signature is Valid')
  })

  test.describe('in Chinese', () => {
    test.use({ systemLocale: 'zh-CN' })

    test('a wrong passphrase is said in Chinese and nothing is written', async ({ app }) => {
      test.setTimeout(60_000)
      const { sign, certify, osKeyStore } = await prepare(app, '合同.pdf')
      // Under Electron with a keyring the app asks no passphrase, so there is none to get wrong.
      test.skip(osKeyStore, 'keys are kept by the OS key store here: there is no passphrase')
      await certify.chooseCertify({ identity: '张三', passphrase: 'not the passphrase' })
      const out = test.info().outputPath('合同-signed.pdf')
      await app.queueSavePath(out)
      await app.page.clock.install()
      await sign.exportButton.click()
      const toast = app.shell.errorToast.filter({
        // The reason goes inside the error's sentence, without its own full stop.
        hasText: translate('zh-CN', 'certify.reasons.passphrase-wrong', { name: '张三' }).replace(/。$/, ''),
      })
      await expect(toast).toBeVisible()
      expect(existsSync(out)).toBe(false)
      // The message leaves the passphrase field free to type the right one…
      const over = await toast.boundingBox()
      const field = await certify.exportPassphrase.boundingBox()
      if (!over || !field) throw new Error('toast or passphrase field not visible')
      const overlaps =
        over.x < field.x + field.width &&
        field.x < over.x + over.width &&
        over.y < field.y + field.height &&
        field.y < over.y + over.height
      expect(overlaps).toBe(false)
      await certify.exportPassphrase.click()
      await expect(toast).toBeVisible()
      // …and goes away by itself.
      await app.page.clock.fastForward(16_000)
      await expect(app.shell.errorToast).toHaveCount(0)
      await certify.tab('history')
      await expect(app.page.getByTestId('sign-history-empty')).toBeVisible()
    })
  })

  // Not an assertion on pixels: pictures of the Certificates and Verify tabs for a person to look at.
  test('a contract signed visibly twice: the first signature stays valid, only a signature after it', async ({
    app,
  }) => {
    test.setTimeout(90_000)
    const { sign, certify, signatureId } = await prepare(app, 'contract.pdf')
    const signTo = async (name: string) => {
      await certify.chooseCertify({ identity: '张三', passphrase: PASSPHRASE })
      const out = test.info().outputPath(name)
      await app.queueSavePath(out)
      await sign.exportButton.click()
      const done = translate('en', 'sign.output.done', { name })
      await expect(app.shell.statusToast.filter({ hasText: done })).toBeVisible({ timeout: 15_000 })
      return out
    }
    const once = await signTo('once.pdf')
    await app.queueOpenFiles([once])
    await sign.openDocumentButton.click()
    await expect(app.page.getByTestId('sign-already-signed')).toContainText('(1)')
    await expect(sign.pdfPage).toHaveAttribute('data-rendered', 'true', { timeout: FIRST_PAGE_MS })
    await sign.place(signatureId)
    const twice = await signTo('twice.pdf')

    await certify.tab('verify')
    await certify.verify(twice, 'twice.pdf')
    await expect(certify.signatures).toHaveCount(2)
    const [first, second] = [certify.signatures.nth(0), certify.signatures.nth(1)]
    const valid = translate('en', 'certify.verify.verdicts.valid')
    await expect(first.getByTestId('certify-signature-verdict')).toHaveText(valid)
    await expect(first.getByTestId('certify-signature-covers')).toHaveAttribute(
      'data-covers',
      'laterSignatures',
    )
    await expect(second.getByTestId('certify-signature-verdict')).toHaveText(valid)
    await expect(second.getByTestId('certify-signature-covers')).toHaveAttribute('data-covers', 'whole')
  })

  test('screenshots of Certificates and Verify in both languages and themes', async ({ app }, testInfo) => {
    test.setTimeout(120_000)
    const { page, settings, shell } = app
    await shell.goTo('sign')
    await page.getByTestId('sign-tab-certificates').click()
    await expect(page.getByTestId('certify-identities-empty')).toBeVisible()
    await shootScreen(page, testInfo, 'certify-certificates-empty-en-light')
    const { sign, certify } = await prepare(app, 'agreement.pdf')
    await certify.chooseCertify({ passphrase: PASSPHRASE, reason: '同意', location: '上海' })
    const out = testInfo.outputPath('agreement-signed.pdf')
    await app.queueSavePath(out)
    await sign.exportButton.click()
    await expect(shell.statusToast.filter({ hasText: 'agreement-signed.pdf' })).toBeVisible({
      timeout: 15_000,
    })
    await shell.dismissToasts()

    const locales: SupportedLocale[] = ['en', 'zh-CN']
    for (const theme of ['light', 'dark'] as const) {
      for (const locale of locales) {
        await settings.open()
        await settings.chooseLanguage(locale)
        await settings.chooseTheme(theme)
        await expect(page.locator('html')).toHaveAttribute('data-theme', theme)
        await sign.open()
        if (theme === 'light') {
          await certify.tab('document')
          await expect(sign.pdfPage).toHaveAttribute('data-rendered', 'true', { timeout: FIRST_PAGE_MS })
          await certify.chooseCertify({ reason: locale === 'en' ? 'Approved' : '同意' })
          await page.getByTestId('certify-export').scrollIntoViewIfNeeded()
          await shootScreen(page, testInfo, `certify-export-${locale}`)
        }
        await certify.tab('certificates')
        await expect(certify.identities).toHaveCount(1)
        await shootScreen(page, testInfo, `certify-certificates-${locale}-${theme}`)
        await certify.tab('verify')
        await certify.verify(out, 'agreement-signed.pdf')
        await expect(certify.signatures).toHaveCount(1)
        await shootScreen(page, testInfo, `certify-verify-${locale}-${theme}`)
      }
    }
    // Last shown: Chinese, dark. Trusted, the card and the Certificates tab read differently.
    await certify.signatures.first().getByTestId('certify-trust').click()
    await expect(certify.signatures.first()).toHaveAttribute('data-trusted', 'true')
    await shootScreen(page, testInfo, 'certify-verify-trusted-zh-CN-dark')
    await certify.tab('certificates')
    await expect(certify.trustedItems).toHaveCount(1)
    await shootScreen(page, testInfo, 'certify-certificates-trusted-zh-CN-dark')
  })
})
