import { AppError } from '../../shared/app-error'
import type { Printer } from './pdf/print-job'

/** One entry of a file dialog's type list; `nameKey` is an i18n key the shell translates. */
export interface FileFilter {
  nameKey: string
  /** Without dots, e.g. `['png', 'jpg']`. */
  extensions: string[]
}

export interface OpenFilesRequest {
  /** What the file is for, e.g. `sign-document`; recorded by the harness, used as a dialog id. */
  purpose: string
  /** i18n key of the dialog's title. */
  titleKey: string
  filters: FileFilter[]
  multiple?: boolean
}

export interface SavePathRequest {
  purpose: string
  titleKey: string
  /** The suggested file (absolute path or bare name). */
  defaultPath: string
  filters: FileFilter[]
}

/** The OS key store (Electron's safeStorage): seals secrets to this user on this machine. */
export interface KeyStore {
  seal(secret: string): Buffer
  open(sealed: Buffer): string
}

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
  /** Asks the user for files to open (files go by path, never through IPC); null if cancelled. */
  pickOpenFiles(request: OpenFilesRequest): Promise<string[] | null>
  /** Asks the user where to save; null if cancelled. */
  pickSavePath(request: SavePathRequest): Promise<string | null>
  /** Puts text on the OS clipboard (main owns the clipboard; the renderer has no permission). */
  writeClipboard(text: string): Promise<void>
  /** Starts a print session on Chromium's print pipeline (Electron's printToPDF, or a system Chromium). */
  openPrinter(): Promise<Printer>
  /**
   * The URL prefix under which `paperdesk-asset:` content is reachable from the renderer:
   * `paperdesk-asset://` in Electron, a same-origin route in the harness. Empty when there is none (CLI).
   */
  assetBaseUrl(): string
  /** The OS key store, or null where there is none (harness, CLI, or the OS offers none). */
  keyStore(): KeyStore | null
  /**
   * Whether the renderer may name this file by its path (a drop). Electron accepts only files the
   * user dropped on the window, as the preload reported them; the harness and the CLI, which have
   * no drops and no untrusted page, accept any path.
   */
  acceptsRendererPath(path: string): boolean
}

/**
 * A path the renderer named (a dropped file), once the shell agrees the user chose it. A page that
 * runs script it should not (a crafted note, a hole in a library) could otherwise ask main to read
 * any image, PDF or key file on the disk and show it back.
 */
export function rendererPath(platform: PlatformPort, path: string): string {
  if (platform.acceptsRendererPath(path)) return path
  throw new AppError(
    'FORBIDDEN',
    'Paperdesk reads only files you opened or dropped on its window; open this file again.',
    { reason: 'path-not-granted' },
  )
}
