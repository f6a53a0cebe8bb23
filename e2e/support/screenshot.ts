import { mkdirSync } from 'node:fs'
import { join } from 'node:path'
import type { Page, TestInfo } from '@playwright/test'

export interface ShootOptions {
  /**
   * The app scrolls inside its main pane, so `fullPage` alone would cut long pages off: grow the
   * viewport to the tallest scrolling content for the shot, then put it back. Default true.
   */
  wholePage?: boolean
}

/**
 * A picture for a person to look at (never a pixel assertion): `test-results/screenshots/<name>.png`,
 * taken once fonts are ready, and attached to the report.
 */
export async function shootScreen(page: Page, testInfo: TestInfo, name: string, options: ShootOptions = {}) {
  const dir = join(testInfo.project.outputDir, 'screenshots')
  mkdirSync(dir, { recursive: true })
  const tallest = await page.evaluate(() => {
    const doc = (
      globalThis as unknown as {
        document: {
          fonts: { ready: Promise<unknown> }
          querySelectorAll(s: string): Iterable<{ scrollHeight: number; clientHeight: number }>
        }
      }
    ).document
    return doc.fonts.ready.then(() =>
      Math.max(0, ...Array.from(doc.querySelectorAll('*'), (e) => e.scrollHeight - e.clientHeight)),
    )
  })
  const size = page.viewportSize() ?? { width: 1280, height: 800 }
  const grow = (options.wholePage ?? true) && tallest > 0
  if (grow) await page.setViewportSize({ width: size.width, height: Math.min(size.height + tallest, 4000) })
  const path = join(dir, `${name}.png`)
  await page.screenshot({ path, fullPage: grow })
  if (grow) await page.setViewportSize(size)
  await testInfo.attach(name, { path, contentType: 'image/png' })
}
