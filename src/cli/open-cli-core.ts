import { HarnessPlatform } from '../main/core/harness-platform'
import { openCore, type Core } from '../main/core/open-core'

/** The core on plain Node for the CLI: no dialogs (pickers answer "cancelled"), PDF via system Chromium. */
export function openCliCore(dataDir: string, appVersion: string): Core {
  return openCore({ dataDir, platform: new HarnessPlatform({ appVersion }) })
}
