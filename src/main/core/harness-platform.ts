import { openChromiumPrinter } from './pdf/chromium-printer'
import type { Printer } from './pdf/print-job'
import type { OpenFilesRequest, PlatformPort, SavePathRequest } from './platform-port'

export interface HarnessPlatformOptions {
  /** What `app.info` reports as the version. */
  appVersion?: string
  /** The OS locale the app should believe in, e.g. `zh-CN` or `en-US`. */
  systemLocale?: string
  /** Called after a folder open was recorded (the headed harness really opens it). */
  onOpenPath?: (path: string) => Promise<boolean>
  /** Asked when no answer is queued (the headed harness asks on the terminal); default: cancel. */
  onPickBackupFile?: () => Promise<string | null>
  /** Asked when no answer is queued for an open dialog; default: cancel. */
  onPickOpenFiles?: (request: OpenFilesRequest) => Promise<string[] | null>
  /** Asked when no answer is queued for a save dialog; default: cancel. */
  onPickSavePath?: (request: SavePathRequest) => Promise<string | null>
  /** Environment for finding Chromium to print with (`PAPERDESK_CHROMIUM`). */
  env?: NodeJS.ProcessEnv
}

/** One file dialog the app showed: which kind, and what for. */
export interface DialogRecord {
  kind: 'open' | 'save'
  purpose: string
}

/**
 * The core's view of the shell when there is no Electron: the e2e harness (renderer in plain
 * Chromium), `npm run start:chromium`, the CLI and unit tests. No native dialogs, file manager or
 * clipboard, so opened folders and clipboard writes are recorded and file-picker answers are
 * queued by the caller. Printing uses a Chromium found on the machine.
 */
export class HarnessPlatform implements PlatformPort {
  readonly shell = 'harness' as const
  readonly appVersion: string
  readonly openedPaths: string[] = []
  /** Every text put on the "clipboard", oldest first. */
  readonly clipboardWrites: string[] = []
  /** Every open/save dialog shown, answered or not. */
  readonly dialogs: DialogRecord[] = []
  /** How many times the app asked for a backup file, answered or not. */
  backupPicks = 0
  private readonly answers: Array<string | null> = []
  private readonly openAnswers: Array<string[] | null> = []
  private readonly saveAnswers: Array<string | null> = []
  private readonly locale: string
  private assetBase = ''

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

  /** The next open dialog answers `paths` (null: the user cancelled). */
  queueOpenFiles(paths: string[] | null): void {
    this.openAnswers.push(paths)
  }

  async pickOpenFiles(request: OpenFilesRequest): Promise<string[] | null> {
    this.dialogs.push({ kind: 'open', purpose: request.purpose })
    if (this.openAnswers.length > 0) return this.openAnswers.shift() ?? null
    return this.options.onPickOpenFiles ? this.options.onPickOpenFiles(request) : null
  }

  /** The next save dialog answers `path` (null: the user cancelled). */
  queueSavePath(path: string | null): void {
    this.saveAnswers.push(path)
  }

  async pickSavePath(request: SavePathRequest): Promise<string | null> {
    this.dialogs.push({ kind: 'save', purpose: request.purpose })
    if (this.saveAnswers.length > 0) return this.saveAnswers.shift() ?? null
    return this.options.onPickSavePath ? this.options.onPickSavePath(request) : null
  }

  /** No drops and no untrusted page here: a path named by the caller is the caller's choice. */
  acceptsRendererPath(_path: string): boolean {
    return true
  }

  /** No OS key store here: keys are protected by a passphrase. */
  keyStore(): null {
    return null
  }

  async writeClipboard(text: string): Promise<void> {
    this.clipboardWrites.push(text)
  }

  openPrinter(): Promise<Printer> {
    return openChromiumPrinter(this.options.env ?? process.env)
  }

  /** Set by the harness once its server listens: `http://127.0.0.1:<port>/<route>/`. */
  setAssetBaseUrl(base: string): void {
    this.assetBase = base
  }

  assetBaseUrl(): string {
    return this.assetBase
  }
}
