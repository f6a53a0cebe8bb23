import { describe, expect, it } from 'vitest'
import type { FlowTemplate, Localized } from '../../../../shared/contract/filing-flow'
import { providerIds } from '../../../../shared/contract/filing-flow'
import { emptyForm } from '../records/empty-form'
import { materialsFor } from '../records/materials-view'
import type { FilingRow } from '../records/filing-store'
import { translate } from '../../../../shared/i18n'
import { flows } from './index'

/** The labels of the places a step can send the user: the tool's tabs and a filing's views. */
const places = (locale: 'zh-CN' | 'en') =>
  [
    'filing.tabs.filings',
    'filing.tabs.inspector',
    'filing.detail.steps',
    'filing.detail.form',
    'filing.detail.materials',
  ].map((key) => translate(locale, key))

function texts(flow: FlowTemplate): Array<{ where: string; text: Localized }> {
  return flow.steps.flatMap((step) => [
    { where: `${flow.id}/${step.key}`, text: step.description },
    ...step.tips.map((tip, i) => ({ where: `${flow.id}/${step.key}/tip ${i + 1}`, text: tip.text })),
  ])
}

describe('step texts name Paperdesk’s places as the UI labels them', () => {
  // “Paperdesk 的X” / “Paperdesk’s X” points at a place in the app: X must be a quoted tab label.
  const references: Array<[string, 'zh-CN' | 'en', string]> = flows.flatMap((flow) =>
    texts(flow).flatMap(({ where, text }) => [
      ...[...text.zh.matchAll(/Paperdesk\s*的\s*(“[^”]*”|\S{0,8})/g)].map(
        (m) => [where, 'zh-CN', m[1] as string] as [string, 'zh-CN', string],
      ),
      ...[...text.en.matchAll(/Paperdesk’s\s+(“[^”]*”|\S+)/g)].map(
        (m) => [where, 'en', m[1] as string] as [string, 'en', string],
      ),
      // Any “X” tab the English text names, and “X” after 在 in Chinese is checked the same way.
      ...[...text.en.matchAll(/(“[^”]*”) tab/g)].map(
        (m) => [where, 'en', m[1] as string] as [string, 'en', string],
      ),
    ]),
  )

  it('finds the references it checks', () => {
    expect(references.length).toBeGreaterThanOrEqual(4)
  })

  it.each(references)('%s (%s): %s is a tab that exists', (_, locale, quoted) => {
    expect(quoted.startsWith('“'), `${quoted} should be a quoted tab label`).toBe(true)
    expect(places(locale)).toContain(quoted.slice(1, -1))
  })
})

describe('materials by provider', () => {
  const row = (provider: FilingRow['provider']) =>
    ({ provider, filingType: 'first', province: '11' }) as FilingRow
  const providerNames = {
    aliyun: /阿里云|Alibaba/,
    tencent: /腾讯|Tencent/,
    huawei: /华为|Huawei/,
    wechat: /微信|WeChat/,
  }

  it.each([...providerIds])('%s’s list names no other provider’s rule, and no key twice', (provider) => {
    const list = materialsFor(row(provider), emptyForm(), [])
    expect(new Set(list.map((m) => m.key)).size).toBe(list.length)
    for (const m of list)
      for (const [other, name] of Object.entries(providerNames))
        if (other !== provider) {
          expect(m.note.zh, `${provider}: ${m.key}`).not.toMatch(name)
          expect(m.note.en, `${provider}: ${m.key}`).not.toMatch(name)
        }
  })

  it('keeps Huawei Cloud’s 100 KB icon rule for Huawei Cloud only', () => {
    const icon = (provider: FilingRow['provider']) =>
      materialsFor(row(provider), emptyForm(), []).find((m) => m.key === 'app-icon')
    expect(icon('huawei')?.note.zh).toContain('100 KB')
    for (const provider of ['aliyun', 'tencent'] as const) {
      expect(icon(provider)).toBeDefined()
      expect(icon(provider)?.note.zh).not.toContain('100 KB')
      expect(icon(provider)?.note.en).not.toContain('100 KB')
    }
  })
})
