import { expect, type Locator, type Page } from '@playwright/test'

/** Seals, text marks, the cross-page seal and the page-choice row of the Sign tool. */
export class SignMarksPage {
  readonly sealOpen: Locator
  readonly sealPreview: Locator
  readonly sealHue: Locator
  readonly sealThreshold: Locator
  readonly sealName: Locator
  readonly sealSave: Locator
  readonly sealNoInk: Locator
  readonly textMark: Locator
  readonly textMarkText: Locator
  readonly textMarkSave: Locator
  readonly textMarkProblem: Locator
  readonly textMarkPreview: Locator
  readonly sealBadges: Locator
  readonly crossPanel: Locator
  readonly crossEnable: Locator
  readonly crossY: Locator
  readonly crossWidth: Locator
  readonly crossStripsHint: Locator
  readonly crossProblem: Locator
  readonly crossStrip: Locator

  constructor(readonly page: Page) {
    this.sealOpen = page.getByTestId('sign-seal-open')
    this.sealPreview = page.getByTestId('sign-seal-preview')
    this.sealHue = page.getByTestId('sign-seal-hue')
    this.sealThreshold = page.getByTestId('sign-seal-threshold')
    this.sealName = page.getByTestId('sign-seal-name')
    this.sealSave = page.getByTestId('sign-seal-save')
    this.sealNoInk = page.getByTestId('sign-seal-no-ink')
    this.textMark = page.getByTestId('sign-text-mark')
    this.textMarkText = page.getByTestId('sign-text-mark-text')
    this.textMarkSave = page.getByTestId('sign-text-mark-save')
    this.textMarkProblem = page.getByTestId('sign-text-mark-problem')
    this.textMarkPreview = page.getByTestId('sign-text-mark-preview').locator('svg path')
    this.sealBadges = page.getByTestId('sign-library-seal')
    this.crossPanel = page.getByTestId('sign-cross-seal')
    this.crossEnable = page.getByTestId('sign-cross-seal-enable')
    this.crossY = page.getByTestId('sign-cross-seal-y')
    this.crossWidth = page.getByTestId('sign-cross-seal-width')
    this.crossStripsHint = page.getByTestId('sign-cross-seal-strips')
    this.crossProblem = page.getByTestId('sign-cross-seal-problem')
    this.crossStrip = page.getByTestId('sign-cross-strip')
  }

  /** Sets a range input to `value` as a user dragging it would (React sees the change). */
  async slide(range: Locator, value: number): Promise<void> {
    await range.fill(String(value))
    await expect(range).toHaveValue(String(value))
  }

  /** Imports the seal photo already queued for the open dialog, waiting for its live preview. */
  async importSeal(name: string): Promise<void> {
    await this.sealOpen.click()
    await expect(this.sealPreview).toBeVisible()
    await this.sealName.fill(name)
    await this.sealSave.click()
    await expect(this.page.getByTestId('sign-library-item').filter({ hasText: name })).toHaveCount(1)
  }

  async makeTextMark(text: string): Promise<void> {
    await this.textMarkText.fill(text)
    await expect(this.textMarkPreview.first()).toBeAttached()
    await this.textMarkSave.click()
    await expect(this.page.getByTestId('sign-library-item').filter({ hasText: text })).toHaveCount(1)
  }
}
