/**
 * What the core needs from the shell it runs in. Electron implements it in `main/platform`;
 * the e2e harness and the CLI implement it in plain Node. Keeps `core/` free of `electron`.
 */
export interface PlatformPort {
  readonly shell: 'electron' | 'harness'
  readonly appVersion: string
  /** The OS locale tag, e.g. `zh-CN` or `en-US`. */
  systemLocale(): string
  /** Opens a folder in the OS file manager; false if that failed. */
  openPath(path: string): Promise<boolean>
  /** Asks the user for a backup file to restore; null if they cancelled. */
  pickBackupFile(): Promise<string | null>
}
