import { expect, type Locator, type Page } from '@playwright/test'
import type { SupportedLocale } from '../../src/shared/contract'
import { messages, type Messages } from '../../src/shared/i18n'

export const toolPages = ['notes', 'sign', 'filing', 'ocr', 'settings'] as const
export type ToolPage = (typeof toolPages)[number]

/** The window's frame: sidebar navigation, the page shown, `<html>` state and toasts. */
export class ShellPage {
  readonly navItems: Locator
  readonly statusToast: Locator
  readonly errorToast: Locator

  constructor(readonly page: Page) {
    this.navItems = page.locator(toolPages.map((p) => `[data-testid="nav-${p}"]`).join(', '))
    this.statusToast = page.getByTestId('toast-status')
    this.errorToast = page.getByTestId('toast-error')
  }

  nav(name: ToolPage): Locator {
    return this.page.getByTestId(`nav-${name}`)
  }

  pageRoot(name: ToolPage): Locator {
    return this.page.getByTestId(`page-${name}`)
  }

  heading(name: ToolPage): Locator {
    return this.pageRoot(name).locator('h1')
  }

  async goTo(name: ToolPage): Promise<void> {
    await this.nav(name).click()
    await this.expectCurrent(name)
  }

  /** The tool shown: its page root visible, its nav item the only one marked current. */
  async expectCurrent(name: ToolPage): Promise<void> {
    await expect(this.pageRoot(name)).toBeVisible()
    await expect(this.nav(name)).toHaveAttribute('aria-current', 'page')
    for (const other of toolPages.filter((p) => p !== name)) {
      await expect(this.nav(other)).not.toHaveAttribute('aria-current', 'page')
      await expect(this.pageRoot(other)).toHaveCount(0)
    }
  }

  /** Every nav label and the current page's title in `locale`, and `<html lang>` to match. */
  async expectLanguage(locale: SupportedLocale): Promise<void> {
    const t: Messages = messages[locale]
    await expect(this.page.locator('html')).toHaveAttribute('lang', locale)
    // The link also shows its shortcut in an aria-hidden <kbd>, so compare the accessible name.
    for (const name of toolPages) await expect(this.nav(name)).toHaveAccessibleName(t.nav[name])
  }

  htmlLang(): Promise<string | null> {
    return this.page.locator('html').getAttribute('lang')
  }

  htmlTheme(): Promise<string | null> {
    return this.page.locator('html').getAttribute('data-theme')
  }

  bodyBackground(): Promise<string> {
    return this.page
      .locator('body')
      .evaluate((body) => body.ownerDocument.defaultView!.getComputedStyle(body).backgroundColor as string)
  }

  /** Dismisses every toast, newest last; each click removes one, so always take the first. */
  async dismissToasts(): Promise<void> {
    const buttons = this.page.getByTestId('toast-dismiss')
    for (let left = await buttons.count(); left > 0; left--) {
      await buttons.first().click()
      await expect(buttons).toHaveCount(left - 1)
    }
  }
}
