import { z } from 'zod'
import { method, noInput } from './method'

export const supportedLocales = ['zh-CN', 'en'] as const
export const SupportedLocaleSchema = z.enum(supportedLocales)
export type SupportedLocale = z.infer<typeof SupportedLocaleSchema>

export const AppInfoSchema = z.object({
  name: z.string(),
  version: z.string(),
  /** The folder that holds the database, backups and assets. */
  dataDir: z.string(),
  /** The OS locale mapped onto the locales the UI ships. */
  systemLocale: SupportedLocaleSchema,
  /** Which shell carries the contract: the Electron app or the Chromium test harness. */
  shell: z.enum(['electron', 'harness']),
  schemaVersion: z.number().int().nonnegative(),
  /**
   * Prefix of `paperdesk-asset:` URLs as this shell serves them (`paperdesk-asset://` in Electron,
   * a same-origin route in the harness): `${assetBaseUrl}note/<sha256>`.
   */
  assetBaseUrl: z.string(),
  /** Things the user should know after start-up, e.g. settings that could not be read. */
  notices: z.array(z.enum(['settings-damaged'])),
})
export type AppInfo = z.infer<typeof AppInfoSchema>

export const appContract = {
  info: method(noInput, AppInfoSchema),
  openDataFolder: method(noInput, z.object({ opened: z.boolean() })),
} as const
