import { reasonI18nKey, type ErrorEnvelope } from '../shared/app-error'

/**
 * The locale a command line speaks: POSIX's order, LC_ALL over LC_MESSAGES over LANG. "C" and
 * "POSIX" (and nothing set) are English, as every Unix tool treats them.
 */
export function cliLocale(env: NodeJS.ProcessEnv): 'zh-CN' | 'en' {
  const tag = [env['LC_ALL'], env['LC_MESSAGES'], env['LANG']].find((v) => v !== undefined && v !== '')
  return tag && /^zh([_.@-]|$)/i.test(tag) ? 'zh-CN' : 'en'
}

/**
 * One line saying why a command failed, in the user's language. A refusal with a reason
 * (`details.reason`) reads as the app shows it; English, or an error without a reason, is the
 * message as raised (English, which is what scripts and logs match).
 */
export async function refusalLine(envelope: ErrorEnvelope, env: NodeJS.ProcessEnv): Promise<string> {
  if (cliLocale(env) === 'en') return envelope.message
  const details = envelope.details
  const reason =
    details !== null && typeof details === 'object'
      ? (details as Record<string, unknown>)['reason']
      : undefined
  const key = typeof reason === 'string' ? reasonI18nKey(reason) : undefined
  if (!key) return envelope.message
  // Loaded only for a refusal: a command that succeeds never reads the translations.
  const { translate } = await import('../shared/i18n')
  const values: Record<string, string | number> = {}
  for (const [name, value] of Object.entries(details as Record<string, unknown>))
    if (typeof value === 'string' || typeof value === 'number') values[name] = value
  // The reason is a sentence; the code's text goes on after it, so its full stop goes.
  const why = translate('zh-CN', key, values).replace(/[.。!！]+\s*$/u, '')
  if (why === key) return envelope.message
  // One line whatever the translation holds.
  return translate('zh-CN', `errors.${envelope.code}`, { message: why }).replace(/\s*\n\s*/g, ' ')
}
