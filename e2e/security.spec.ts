import { contract, domainNames } from '../src/shared/contract'
import { expect, test } from './fixtures'
import { preferenceRows } from './support/database'

test.describe('security', () => {
  test('the page has no Node: require, process and module are undefined', async ({ app }) => {
    const globals = await app.page.evaluate(() => {
      const w = globalThis as Record<string, unknown>
      return { require: typeof w['require'], process: typeof w['process'], module: typeof w['module'] }
    })
    expect(globals).toEqual({ require: 'undefined', process: 'undefined', module: 'undefined' })
  })

  test('window.paperdesk has exactly the contract’s domains and methods', async ({ app }) => {
    const shape = await app.page.evaluate(() => {
      const api = (globalThis as unknown as { paperdesk: Record<string, Record<string, unknown>> }).paperdesk
      return Object.fromEntries(
        Object.keys(api).map((d) => [d, Object.keys(api[d]!).map((m) => [m, typeof api[d]![m]])]),
      )
    })
    expect(Object.keys(shape)).toEqual(domainNames)
    for (const domain of domainNames) {
      expect(shape[domain], `methods of ${domain}`).toEqual(
        Object.keys(contract[domain]).map((m) => [m, 'function']),
      )
    }
  })

  test('a bad payload is refused with VALIDATION and nothing is written', async ({ app }) => {
    const call = (patch: unknown) =>
      app.page.evaluate(async (p) => {
        const api = (
          globalThis as unknown as {
            paperdesk: { settings: { update(p: unknown): Promise<unknown> } }
          }
        ).paperdesk
        try {
          return { resolved: await api.settings.update(p) }
        } catch (error) {
          return { rejected: error as { code: string; message: string } }
        }
      }, patch)

    // A real row first, so "unchanged" covers an existing value and its timestamp.
    expect(await call({ theme: 'dark' })).toEqual({ resolved: { locale: 'system', theme: 'dark' } })
    const before = preferenceRows(app.dataDir)
    expect(before.map((r) => [r.key, r.value])).toEqual([['theme', '"dark"']])

    const bad = await call({ theme: 'purple' })
    expect(bad.rejected?.code).toBe('VALIDATION')
    expect(bad.rejected?.message).toContain('theme')
    // Strict: a valid field next to an unknown one is not written either.
    const mixed = await call({ locale: 'en', colour: 'red' })
    expect(mixed.rejected?.code).toBe('VALIDATION')

    expect(preferenceRows(app.dataDir)).toEqual(before)
  })

  test('the CSP blocks an injected inline script', async ({ app }) => {
    await expect(app.page.locator('meta[http-equiv="Content-Security-Policy"]')).toHaveAttribute(
      'content',
      /script-src 'self'/,
    )
    const outcome = await app.page.evaluate(
      () =>
        new Promise<{ ran: boolean; violated: string }>((resolve) => {
          const w = globalThis as Record<string, unknown>
          const doc = w['document'] as {
            addEventListener(type: string, fn: (e: { violatedDirective: string }) => void, o: object): void
            createElement(tag: string): { textContent: string }
            head: { append(node: unknown): void }
          }
          doc.addEventListener(
            'securitypolicyviolation',
            (e) => resolve({ ran: w['__inlineRan'] === true, violated: e.violatedDirective }),
            { once: true },
          )
          const script = doc.createElement('script')
          script.textContent = 'window.__inlineRan = true'
          doc.head.append(script)
        }),
    )
    expect(outcome).toEqual({ ran: false, violated: expect.stringMatching(/^script-src/) })
    expect(
      await app.page.evaluate(() => (globalThis as Record<string, unknown>)['__inlineRan']),
    ).toBeUndefined()
  })
})
