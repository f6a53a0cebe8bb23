import type { SupportedLocale } from '../contract/app'
import { en, type Messages } from './en'
import { zhCN } from './zh-CN'

export type { Messages }

/** All UI strings, by locale. Shared by the renderer (i18next) and main (menus, dialogs). */
export const messages: Record<SupportedLocale, Messages> = { en, 'zh-CN': zhCN }

/** Maps an OS/browser locale tag (`zh-Hans-CN`, `zh_TW`, `en-US`, …) onto a shipped locale. */
export function matchLocale(tag: string | undefined | null): SupportedLocale {
  const t = (tag ?? '').trim().replace('_', '-').toLowerCase()
  return t.startsWith('zh') ? 'zh-CN' : 'en'
}

/** Looks up a dotted key and fills `{{name}}` placeholders; used where i18next is not loaded. */
export function translate(
  locale: SupportedLocale,
  key: string,
  values: Record<string, string | number> = {},
): string {
  let node: unknown = messages[locale]
  const parts = key.split('.')
  for (const [i, part] of parts.entries()) {
    const here = node && typeof node === 'object' ? (node as Record<string, unknown>) : undefined
    node = here?.[part]
    // Plural forms as i18next keeps them: `key_one`, `key_other`, chosen by `count`.
    if (node === undefined && here && i === parts.length - 1 && typeof values['count'] === 'number') {
      const form = new Intl.PluralRules(locale).select(values['count'])
      node = here[`${part}_${form}`] ?? here[`${part}_other`]
    }
  }
  if (typeof node !== 'string') return key
  return node.replace(/\{\{(\w+)\}\}/g, (_, name: string) => String(values[name] ?? `{{${name}}}`))
}
