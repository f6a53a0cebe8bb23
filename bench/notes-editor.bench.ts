import { readdirSync, readFileSync, statSync } from 'node:fs'
import { join } from 'node:path'
import type { Page } from '@playwright/test'
import { launchHarness } from '../e2e/harness/launch-harness'
import { rendererDir } from '../e2e/harness/paths'
import type { PaperdeskApi } from '../src/shared/api'
import { recordResult } from './results'
import { round } from './notes-fixtures'

const RUNS = 3
/** The page's globals the bench touches (the bench is compiled without DOM types). */
interface PageGlobals {
  __navStart: number
  location: { hash: string }
  document: { querySelector(s: string): { textContent: string | null } | null }
}

const EDITABLE = '[data-testid="note-editor"] .ck-editor__main > .ck-editor__editable[contenteditable="true"]'

/** Milliseconds from a hash navigation until the element `ready` is in the page (polled every frame). */
async function navigate(page: Page, hash: string, ready: string): Promise<number> {
  await page.evaluate((h) => {
    const w = globalThis as unknown as PageGlobals
    w.__navStart = performance.now()
    w.location.hash = h
  }, hash)
  await page.waitForFunction(
    (selector) => (globalThis as unknown as PageGlobals).document.querySelector(selector) !== null,
    ready,
    { polling: 'raf', timeout: 20_000 },
  )
  return page.evaluate(() => performance.now() - (globalThis as unknown as PageGlobals).__navStart)
}

/** From navigation to the Notes page until the open note's editor has taken a typed character. */
async function editorInteractive(page: Page): Promise<number> {
  const start = await page.evaluate(() => performance.now())
  await page.evaluate(() => ((globalThis as unknown as PageGlobals).location.hash = '#/notes'))
  await page.waitForSelector(EDITABLE, { timeout: 20_000 })
  await page.locator(EDITABLE).click()
  await page.keyboard.type('x')
  await page.waitForFunction(
    (sel) => (globalThis as unknown as PageGlobals).document.querySelector(sel)?.textContent?.includes('x'),
    EDITABLE,
    {
      polling: 'raf',
    },
  )
  return (await page.evaluate(() => performance.now())) - start
}

function jsSizes(): { total: number; initial: number; editor: number } {
  const dir = rendererDir()
  const assets = join(dir, 'assets')
  const files = readdirSync(assets).filter((f) => /\.m?js$/.test(f))
  const size = (f: string) => statSync(join(assets, f)).size
  const html = readFileSync(join(dir, 'index.html'), 'utf8')
  const initial = [...html.matchAll(/(?:src|href)="\.\/assets\/([^"]+\.js)"/g)].map((m) => m[1] as string)
  return {
    total: files.reduce((n, f) => n + size(f), 0),
    initial: initial.reduce((n, f) => n + size(f), 0),
    editor: files.filter((f) => f.startsWith('rich-editor')).reduce((n, f) => n + size(f), 0),
  }
}

/**
 * P7: how soon the editor takes input after navigating to Notes in headless Chromium, against
 * navigating to Settings (no editor); and the renderer's JavaScript, in total and what the first
 * page loads. The editor's chunk is fetched in idle time after start-up, so the headline figure is
 * the first visit once start-up has settled; `immediateMs` is a first visit that races start-up
 * (the app launched and Notes opened at once, before any idle time).
 */
export async function benchNotesEditor(): Promise<void> {
  const cold: number[] = []
  const warm: number[] = []
  const settings: number[] = []
  const immediate: number[] = []
  for (let run = 0; run < RUNS; run++) {
    const racing = await launchHarness()
    try {
      await racing.page.evaluate(async () => {
        const api = (globalThis as unknown as { paperdesk: PaperdeskApi }).paperdesk.notes
        await api.create({ title: 'Bench', html: '<p>现有的内容 existing text</p>', notebookId: null })
        ;(globalThis as unknown as PageGlobals).location.hash = '#/settings'
      })
      immediate.push(await editorInteractive(racing.page))
    } finally {
      await racing.close()
    }
  }
  for (let run = 0; run < RUNS; run++) {
    const harness = await launchHarness()
    try {
      const { page } = harness
      await page.evaluate(async () => {
        const api = (globalThis as unknown as { paperdesk: PaperdeskApi }).paperdesk.notes
        await api.create({ title: 'Bench', html: '<p>现有的内容 existing text</p>', notebookId: null })
      })
      settings.push(await navigate(page, '#/settings', '[data-testid="page-settings"]'))
      // Start-up settles: the idle-time prefetch has had its chance, as when a user looks around first.
      await page.waitForLoadState('networkidle')
      await page.waitForTimeout(1000)
      cold.push(await editorInteractive(page))
      await navigate(page, '#/settings', '[data-testid="page-settings"]')
      warm.push(await editorInteractive(page))
    } finally {
      await harness.close()
    }
  }
  const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)] as number
  const sizes = jsSizes()
  const mb = (n: number) => round(n / 1024 / 1024, 2)
  recordResult('P7', {
    value: round(median(cold)),
    unit: 'ms (navigation to Notes until the editor took a keystroke, first visit after start-up settled, median)',
    immediateMs: round(median(immediate)),
    baseline: round(median(settings)),
    ratio: round(median(settings) / median(cold), 2),
    warmMs: round(median(warm)),
    rendererJsMB: mb(sizes.total),
    initialJsMB: mb(sizes.initial),
    editorChunkMB: mb(sizes.editor),
    // Every .js/.mjs file the renderer build has, loaded or not (PDF pages are drawn in main).
    rendererJsBytes: sizes.total,
    ratioBasis: 'navigation to Settings (no editor) / navigation to Notes until typing works',
  })
}
