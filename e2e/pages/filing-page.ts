import { expect, type Locator, type Page } from '@playwright/test'
import type { FilingForm } from '../../src/shared/contract'
import type { PaperdeskApi } from '../../src/shared/api'
import type { ShellPage } from './shell-page'

type WindowWithApi = { paperdesk: PaperdeskApi }

/** The Filing tool: dashboard, one filing (steps, form, materials), and the inspector. */
export class FilingPage {
  readonly root: Locator
  readonly dashboard: Locator
  readonly rows: Locator
  readonly detail: Locator
  readonly status: Locator
  readonly steps: Locator
  readonly smsPanel: Locator
  readonly countdown: Locator
  readonly formSummary: Locator
  readonly inspection: Locator

  constructor(
    readonly page: Page,
    private readonly shell: ShellPage,
  ) {
    this.root = page.getByTestId('page-filing')
    this.dashboard = page.getByTestId('filing-dashboard')
    this.rows = page.getByTestId('filing-row')
    this.detail = page.getByTestId('filing-detail')
    this.status = this.detail.getByTestId('filing-status')
    this.steps = page.getByTestId('filing-step')
    this.smsPanel = page.getByTestId('sms-panel')
    this.countdown = page.getByTestId('sms-countdown')
    this.formSummary = page.getByTestId('form-summary')
    this.inspection = page.getByTestId('inspection')
  }

  async open(): Promise<void> {
    await this.shell.goTo('filing')
    await expect(this.dashboard).toBeVisible()
  }

  async createFiling(appName: string, provider = 'aliyun'): Promise<void> {
    await this.page.getByTestId('new-filing').click()
    await this.page.getByTestId('new-filing-name').fill(appName)
    await this.page.getByTestId('new-filing-provider').selectOption(provider)
    await this.page.getByTestId('new-filing-create').click()
    await expect(this.detail.getByTestId('filing-name')).toHaveText(appName)
  }

  async openFiling(appName: string): Promise<void> {
    await this.rows.filter({ hasText: appName }).getByRole('button').first().click()
    await expect(this.detail.getByTestId('filing-name')).toHaveText(appName)
  }

  async openFilingById(id: number): Promise<void> {
    await this.page.locator(`[data-testid="filing-row"][data-id="${id}"] button`).first().click()
    await expect(this.detail).toBeVisible()
  }

  async backToDashboard(): Promise<void> {
    await this.page.getByTestId('filing-back').click()
    await expect(this.dashboard).toBeVisible()
  }

  async view(name: 'steps' | 'form' | 'materials'): Promise<void> {
    await this.page.getByTestId(`filing-view-${name}`).click()
    await expect(this.page.getByTestId(`filing-view-${name}`)).toHaveAttribute('aria-selected', 'true')
  }

  step(key: string): Locator {
    return this.page.locator(`[data-testid="filing-step"][data-key="${key}"]`)
  }

  async markStep(key: string, status: 'doing' | 'done' | 'todo'): Promise<void> {
    await this.step(key).getByTestId(`step-${status}`).click()
    await expect(this.step(key)).toHaveAttribute('data-status', status)
  }

  async sms(action: 'received' | 'wrong-code' | 'resent' | 'verified'): Promise<void> {
    await this.smsPanel.getByTestId(`sms-${action}`).click()
  }

  input(path: string): Locator {
    return this.page.getByTestId(`input-${path}`)
  }

  fieldIssues(path: string): Locator {
    return this.page.locator(`[data-field="${path}"] [data-testid="field-issue"]`)
  }

  async openInspector(): Promise<void> {
    await this.page.getByTestId('filing-tab-inspector').click()
    await expect(this.page.getByTestId('inspector')).toBeVisible()
  }

  /** Opens a file in the inspector through the (queued) open dialog. */
  async inspect(queue: (paths: string[]) => Promise<void>, path: string): Promise<void> {
    await queue([path])
    await this.page.getByTestId('inspector-open').click()
  }

  fact(certificate: number, name: string): Locator {
    return this.page.locator(
      `[data-testid="certificate"][data-index="${certificate}"] [data-testid="fact-${name}"] .fact__value`,
    )
  }

  copyButton(certificate: number, name: string): Locator {
    return this.page.locator(
      `[data-testid="certificate"][data-index="${certificate}"] [data-testid="copy-${name}"]`,
    )
  }

  /** Fills a filing's form through the app's own contract (what the form view saves). */
  async saveForm(appName: string, form: FilingForm): Promise<void> {
    await this.page.evaluate(
      async ({ name, value }) => {
        const api = (globalThis as unknown as WindowWithApi).paperdesk.filing
        const found = (await api.list()).find((f) => f.appName === name)
        if (!found) throw new Error(`no filing ${name}`)
        await api.saveForm({ id: found.id, form: value })
      },
      { name: appName, value: form },
    )
  }
}
