import { expect, type Locator, type Page } from '@playwright/test'
import type { ShellPage } from './shell-page'

export interface NewIdentityFields {
  name: string
  organization?: string
  email?: string
  years?: 1 | 2 | 3 | 5 | 10
  algorithm?: 'rsa-2048' | 'rsa-3072' | 'ecdsa-p256'
  /** Typed twice where there is no OS key store (the harness); ignored where keys go to the OS. */
  passphrase: string
}

export interface CertifyFields {
  identity?: string
  /** Typed when the identity's key is protected by a passphrase. */
  passphrase?: string
  reason?: string
  location?: string
  contact?: string
  pades?: boolean
}

/** Digital signatures in the Sign tool: the Certificates and Verify tabs, and the export option. */
export class CertifyPage {
  readonly identities: Locator
  readonly createForm: Locator
  readonly trustedItems: Locator
  readonly verifyButton: Locator
  readonly report: Locator
  readonly signatures: Locator
  readonly exportOn: Locator
  readonly exportIdentity: Locator
  readonly exportPassphrase: Locator

  constructor(
    readonly page: Page,
    private readonly shell: ShellPage,
    /** The app's open dialog, answered in advance (the fixture's `queueOpenFiles`). */
    private readonly dialogs: { queueOpenFiles(paths: string[] | null): Promise<void> },
  ) {
    this.identities = page.getByTestId('certify-identity')
    this.createForm = page.getByTestId('certify-create')
    this.trustedItems = page.getByTestId('certify-trusted-item')
    this.verifyButton = page.getByTestId('certify-verify-choose')
    this.report = page.getByTestId('certify-report')
    this.signatures = page.getByTestId('certify-signature')
    this.exportOn = page.getByTestId('certify-export-on')
    this.exportIdentity = page.getByTestId('certify-export-identity')
    this.exportPassphrase = page.getByTestId('certify-export-passphrase')
  }

  async open(): Promise<void> {
    await this.shell.goTo('sign')
  }

  async tab(name: 'certificates' | 'verify' | 'document' | 'history'): Promise<void> {
    await this.page.getByTestId(`sign-tab-${name}`).click()
    await expect(this.page.getByTestId(`sign-tab-${name}`)).toHaveAttribute('aria-selected', 'true')
  }

  identity(name: string): Locator {
    return this.page.locator(`[data-testid="certify-identity"][data-name="${name}"]`)
  }

  /** Whether keys go to the OS key store (Electron with a keyring) instead of a passphrase. */
  async osKeyStore(): Promise<boolean> {
    await expect(this.createForm).not.toHaveAttribute('data-key-store', 'unknown')
    return (await this.createForm.getAttribute('data-key-store')) === 'os'
  }

  /** Fills the Create form on the Certificates tab and waits for the new identity in the list. */
  async createIdentity(fields: NewIdentityFields): Promise<Locator> {
    const before = await this.identities.count()
    await this.page.getByTestId('certify-create-name').fill(fields.name)
    if (fields.organization)
      await this.page.getByTestId('certify-create-organization').fill(fields.organization)
    if (fields.email) await this.page.getByTestId('certify-create-email').fill(fields.email)
    if (fields.years) await this.page.getByTestId('certify-create-years').selectOption(String(fields.years))
    if (fields.algorithm)
      await this.page.getByTestId('certify-create-algorithm').selectOption(fields.algorithm)
    if (!(await this.osKeyStore())) {
      await this.page.getByTestId('certify-create-passphrase').fill(fields.passphrase)
      await this.page.getByTestId('certify-create-passphrase-repeat').fill(fields.passphrase)
    }
    await this.page.getByTestId('certify-create-submit').click()
    // Key generation (RSA especially) takes a moment.
    await expect(this.identities).toHaveCount(before + 1, { timeout: 20_000 })
    return this.identity(fields.name)
  }

  /** Ticks "Also sign with a certificate" in the export panel and fills what is given. */
  async chooseCertify(fields: CertifyFields): Promise<void> {
    await this.exportOn.check()
    await expect(this.exportIdentity).toBeVisible()
    if (fields.identity) await this.exportIdentity.selectOption({ label: fields.identity })
    if (fields.passphrase !== undefined && (await this.exportPassphrase.count()) > 0)
      await this.exportPassphrase.fill(fields.passphrase)
    if (fields.reason) await this.page.getByTestId('certify-export-reason').fill(fields.reason)
    if (fields.location) await this.page.getByTestId('certify-export-location').fill(fields.location)
    if (fields.contact) await this.page.getByTestId('certify-export-contact').fill(fields.contact)
    if (fields.pades) {
      await this.page.getByTestId('certify-export-more').click()
      await this.page.getByTestId('certify-export-pades').check()
    }
  }

  /** Verify tab: "Choose a PDF…" answered with `path`; waits for the report of that file. */
  async verify(path: string, name: string): Promise<void> {
    await this.dialogs.queueOpenFiles([path])
    await this.verifyButton.click()
    await expect(this.page.getByTestId('certify-report-name')).toHaveText(name)
  }
}
