import type { AppInfo } from '../../../../shared/contract/app'
import type { Settings } from '../../../../shared/contract/settings'
import { paperdesk } from '../api'

export interface Basics {
  /** null when app.info failed: the UI still runs, with the failure shown as a toast. */
  info: AppInfo | null
  settings: Settings
}

/** Loads what every screen needs; each failure is reported, never fatal. */
export async function loadBasics(
  onError: (e: unknown) => void,
): Promise<{ info: AppInfo | null; settings: Settings | null }> {
  // `Promise.try`-style: a missing bridge throws synchronously, and that must be reported too.
  const attempt = <T>(call: () => Promise<T>) => Promise.resolve().then(call)
  const [info, settings] = await Promise.allSettled([
    attempt(() => paperdesk().app.info()),
    attempt(() => paperdesk().settings.get()),
  ])
  if (info.status === 'rejected') onError(info.reason)
  if (settings.status === 'rejected') onError(settings.reason)
  return {
    info: info.status === 'fulfilled' ? info.value : null,
    settings: settings.status === 'fulfilled' ? settings.value : null,
  }
}
