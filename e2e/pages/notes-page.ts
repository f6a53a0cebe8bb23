import { expect, type Locator, type Page } from '@playwright/test'
import type { ShellPage } from './shell-page'

/** The Notes tool: sidebar (notebooks, tags, trash), the list with search, the open note. */
export class NotesPage {
  readonly root: Locator
  readonly newNoteButton: Locator
  readonly importButton: Locator
  readonly search: Locator
  readonly items: Locator
  readonly itemTitles: Locator
  readonly listEmpty: Locator
  readonly listStatus: Locator
  readonly pane: Locator
  readonly title: Locator
  readonly editable: Locator
  readonly saveState: Locator
  readonly count: Locator
  readonly tagInput: Locator
  readonly notebookSelect: Locator
  readonly historyButton: Locator
  readonly exportButton: Locator
  readonly trashButton: Locator
  readonly restoreButton: Locator
  readonly inTrashBanner: Locator
  readonly sidebar: Locator

  constructor(
    readonly page: Page,
    private readonly shell: ShellPage,
  ) {
    this.root = page.getByTestId('page-notes')
    this.newNoteButton = page.getByTestId('new-note')
    this.importButton = page.getByTestId('import-notes')
    this.search = page.getByTestId('notes-search')
    this.items = page.getByTestId('note-item')
    this.itemTitles = page.getByTestId('note-item-title')
    this.listEmpty = page.getByTestId('notes-list-empty')
    this.listStatus = page.getByTestId('notes-list-status')
    this.pane = page.getByTestId('note-pane')
    this.title = page.getByTestId('note-title')
    this.editable = page.locator('[data-testid="note-editor"] .ck-editor__main > .ck-editor__editable')
    this.saveState = page.getByTestId('save-state')
    this.count = page.getByTestId('note-count')
    this.tagInput = page.getByTestId('note-tag-input')
    this.notebookSelect = page.getByTestId('note-notebook')
    this.historyButton = page.getByTestId('note-history')
    this.exportButton = page.getByTestId('note-export')
    this.trashButton = page.getByTestId('note-trash')
    this.restoreButton = page.getByTestId('note-restore')
    this.inTrashBanner = page.getByTestId('note-in-trash')
    this.sidebar = page.getByTestId('notes-sidebar')
  }

  async open(): Promise<void> {
    await this.shell.goTo('notes')
  }

  /** The editor has loaded (its own chunk) and is editable. */
  async editorReady(): Promise<void> {
    await expect(this.editable).toHaveAttribute('contenteditable', 'true')
  }

  async newNote(title: string): Promise<void> {
    const before = await this.items.count()
    await this.newNoteButton.click()
    await expect(this.items).toHaveCount(before + 1)
    await expect(this.title).toBeFocused()
    await this.title.fill(title)
    await this.editorReady()
  }

  /** Types at the end of the note's text. */
  async typeInEditor(text: string): Promise<void> {
    await this.editable.click()
    await this.page.keyboard.press('Control+End')
    await this.page.keyboard.type(text)
  }

  /**
   * Starts recording every state the save indicator shows from now on (it may come and go with
   * the pane); the returned function reads them, oldest first.
   */
  async recordSaveStates(): Promise<() => Promise<string[]>> {
    type Element = { getAttribute(name: string): string | null }
    type Observed = {
      saveStatesSeen: string[]
      document: { body: unknown; querySelector(selector: string): Element | null }
      MutationObserver: new (callback: () => void) => { observe(target: unknown, options: object): void }
    }
    await this.page.evaluate(() => {
      const w = globalThis as unknown as Observed
      const seen: string[] = (w.saveStatesSeen = [])
      const note = () => {
        const state = w.document.querySelector('[data-testid="save-state"]')?.getAttribute('data-state')
        if (state && seen[seen.length - 1] !== state) seen.push(state)
      }
      new w.MutationObserver(note).observe(w.document.body, {
        subtree: true,
        childList: true,
        attributes: true,
        attributeFilter: ['data-state'],
      })
    })
    return () => this.page.evaluate(() => (globalThis as unknown as Observed).saveStatesSeen)
  }

  /** Starts recording every text the list's status and empty message show; the function reads them. */
  async recordListStatuses(): Promise<() => Promise<string[]>> {
    type Observed = {
      listStatusesSeen: string[]
      document: {
        body: unknown
        querySelectorAll(selector: string): Iterable<{ textContent: string | null }>
      }
      MutationObserver: new (callback: () => void) => { observe(target: unknown, options: object): void }
    }
    await this.page.evaluate(() => {
      const w = globalThis as unknown as Observed
      const seen: string[] = (w.listStatusesSeen = [])
      const note = () => {
        const shown = w.document.querySelectorAll(
          '[data-testid="notes-list-status"], [data-testid="notes-list-empty"]',
        )
        for (const element of shown) {
          const text = element.textContent ?? ''
          if (text && !seen.includes(text)) seen.push(text)
        }
      }
      new w.MutationObserver(note).observe(w.document.body, {
        subtree: true,
        childList: true,
        characterData: true,
      })
    })
    return () => this.page.evaluate(() => (globalThis as unknown as Observed).listStatusesSeen)
  }

  async expectSaved(): Promise<void> {
    await expect(this.saveState).toHaveAttribute('data-state', 'saved', { timeout: 10_000 })
  }

  /** Clicks a CKEditor toolbar button by its (English or Chinese) label. */
  toolbarButton(label: string | RegExp): Locator {
    return this.page.locator('.ck-toolbar').getByRole('button', { name: label }).first()
  }

  async insertTable(rows: number, columns: number): Promise<void> {
    const button = this.toolbarButton(/Insert table|插入表格/)
    if (!(await button.isVisible())) await this.page.locator('.ck-toolbar__grouped-dropdown > button').click()
    await button.click()
    await this.page
      .locator(`.ck-insert-table-dropdown-grid-box[data-row="${rows}"][data-column="${columns}"]`)
      .click()
    await expect(this.editable.locator('figure.table')).toHaveCount(1)
  }

  /** Inserts an image file through the toolbar's upload button (its hidden file input). */
  async insertImage(file: string): Promise<void> {
    const input = this.page.locator('.ck-toolbar input[type="file"]').first()
    // In a narrow window the button sits in the toolbar's "more items" menu.
    if ((await input.count()) === 0) await this.page.locator('.ck-toolbar__grouped-dropdown > button').click()
    await input.setInputFiles(file)
  }

  async openNote(title: string): Promise<void> {
    await this.itemTitles.filter({ hasText: title }).first().click()
    await expect(this.title).toHaveValue(title)
  }

  async titles(): Promise<string[]> {
    return this.itemTitles.allInnerTexts()
  }

  async searchFor(query: string): Promise<void> {
    await this.search.fill(query)
  }

  scope(testId: 'scope-all' | 'scope-unfiled' | 'scope-trash'): Locator {
    return this.page.getByTestId(testId)
  }

  notebook(name: string): Locator {
    return this.page.getByTestId('notebook-item').filter({ hasText: name })
  }

  async createNotebook(name: string): Promise<void> {
    await this.page.getByTestId('notebook-new').click()
    await this.page.getByTestId('notebook-name').fill(name)
    await this.page.getByTestId('notebook-save').click()
    await expect(this.notebook(name)).toHaveAttribute('aria-current', 'true')
  }

  /** Accepts the next window.confirm, runs `action`, and returns the question asked. */
  async confirming(action: () => Promise<void>): Promise<string> {
    const dialog = this.page.waitForEvent('dialog')
    const done = action()
    const confirm = await dialog
    const text = confirm.message()
    await confirm.accept()
    await done
    return text
  }
}
