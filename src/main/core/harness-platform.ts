import type { PlatformPort } from './platform-port'

export interface HarnessPlatformOptions {
  /** What `app.info` reports as the version. */
  appVersion?: string
  /** The OS locale the app should believe in, e.g. `zh-CN` or `en-US`. */
  systemLocale?: string
  /** Called after a folder open was recorded (the headed harness really opens it). */
  onOpenPath?: (path: string) => Promise<boolean>
  /** Asked when no answer is queued (the headed harness asks on the terminal); default: cancel. */
  onPickBackupFile?: () => Promise<string | null>
}

/**
 * The core's view of the shell when there is no Electron: the e2e harness (renderer in plain
 * Chromium), `npm run start:chromium` and unit tests. No native dialogs or file manager, so opened
 * folders are recorded and file-picker answers are queued by the caller.
 */
export class HarnessPlatform implements PlatformPort {
  readonly shell = 'harness' as const
  readonly appVersion: string
  readonly openedPaths: string[] = []
  /** How many times the app asked for a backup file, answered or not. */
  backupPicks = 0
  private readonly answers: Array<string | null> = []
  private readonly locale: string

  constructor(private readonly options: HarnessPlatformOptions = {}) {
    this.locale = options.systemLocale ?? 'en-US'
    this.appVersion = options.appVersion ?? '0.0.0-dev'
  }

  systemLocale(): string {
    return this.locale
  }

  async openPath(path: string): Promise<boolean> {
    this.openedPaths.push(path)
    return this.options.onOpenPath ? this.options.onOpenPath(path) : true
  }

  /** The next `pickBackupFile` answers `path` (null: the user cancelled). */
  queueBackupFile(path: string | null): void {
    this.answers.push(path)
  }

  async pickBackupFile(): Promise<string | null> {
    this.backupPicks++
    if (this.answers.length > 0) return this.answers.shift() ?? null
    return this.options.onPickBackupFile ? this.options.onPickBackupFile() : null
  }
}
