import type { PlatformPort } from '../platform-port'

/** A platform for unit tests: records opened paths, answers file pickers from a queue. */
export function fakePlatform(
  locale = 'en-US',
): PlatformPort & { opened: string[]; picks: Array<string | null> } {
  const opened: string[] = []
  const picks: Array<string | null> = []
  return {
    shell: 'harness',
    appVersion: '0.0.0-test',
    opened,
    picks,
    systemLocale: () => locale,
    openPath: async (path) => {
      opened.push(path)
      return true
    },
    pickBackupFile: async () => picks.shift() ?? null,
  }
}
