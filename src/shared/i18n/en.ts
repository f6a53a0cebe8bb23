import { certifyEn } from './en/certify'
import { cliEn } from './en/cli'
import { filingEn } from './en/filing'
import { notesEn } from './en/notes'
import { isolateEn, ocrEn } from './en/ocr'
import { signEn } from './en/sign'
import { signMarksEn } from './en/sign-marks'

/** English UI strings. Every key here must exist in zh-CN.ts too (a test checks both ways). */
export const en = {
  app: {
    name: 'Paperdesk',
    tagline: 'Notes, signatures and app filing — offline.',
  },
  nav: {
    notes: 'Notes',
    sign: 'Sign',
    filing: 'Filing',
    ocr: 'Scan to text',
    settings: 'Settings',
    label: 'Tools',
  },
  notes: notesEn,
  sign: signEn,
  signMarks: signMarksEn,
  certify: certifyEn,
  filing: filingEn,
  ocr: ocrEn,
  isolate: isolateEn,
  cli: cliEn,
  settings: {
    title: 'Settings',
    appearance: 'Appearance',
    language: 'Language',
    languageHint: 'Follow the system, or pick one.',
    theme: 'Theme',
    locale: {
      system: 'System ({{name}})',
      'zh-CN': '简体中文',
      en: 'English',
    },
    themes: {
      system: 'System',
      light: 'Light',
      dark: 'Dark',
    },
    data: 'Data',
    dataFolder: 'Data folder',
    openDataFolder: 'Open data folder',
    schemaVersion: 'Database schema version {{version}}',
    backups: 'Backups',
    backupsHint:
      'A backup is a complete copy of the database, taken while Paperdesk runs. One is made every day automatically.',
    backupNow: 'Back up now',
    backingUp: 'Backing up…',
    backupDone: 'Backup saved: {{name}}',
    noBackups: 'No backups yet.',
    restore: 'Restore',
    restoreFromFile: 'Restore from file…',
    restoreConfirm:
      'Replace the current database with “{{name}}”? A safety copy of the current database is kept in the backups folder.',
    restoreDone: 'Restored from {{name}}. A safety copy of the previous database was kept.',
    backupSize: '{{size}}',
    shortcuts: 'Keyboard shortcuts',
    shortcutNav: 'Switch tool',
    shortcutSettings: 'Open settings',
    about: 'About',
    version: 'Version {{version}}',
  },
  errors: {
    title: 'Something went wrong',
    dismiss: 'Dismiss',
    VALIDATION: 'The request was not valid: {{message}}',
    NOT_FOUND: 'Not found: {{message}}',
    INVALID_BACKUP: 'This file is not a usable Paperdesk backup: {{message}}. Nothing was changed.',
    INVALID_FILE: 'This file cannot be used: {{message}}. Nothing was written.',
    BUSY: 'Busy: {{message}}',
    CANCELLED: 'Cancelled. Nothing was written.',
    UNAVAILABLE: 'Not available on this computer: {{message}}',
    IO: 'The file could not be read or written: {{message}}',
    UNKNOWN_METHOD: 'Paperdesk does not know this action ({{message}}).',
    FORBIDDEN: 'Not allowed: {{message}}',
    INTERNAL: 'An unexpected error occurred. Nothing was saved half-way.',
    reasons: {
      unreadable: 'the file cannot be read',
      'not-sqlite': 'it is not a database file',
      'cannot-open': 'the database in it cannot be opened',
      damaged: 'the database in it is damaged',
      'not-paperdesk': 'it is a database, but not one of Paperdesk’s',
      'newer-schema': 'it was made by a newer version of Paperdesk; update Paperdesk first',
      'altered-schema':
        'its tables are not the ones Paperdesk makes (missing, changed, or with extra triggers or views)',
      oversized: 'the file is larger than the database it contains (a damaged or tampered file)',
      'path-not-granted':
        'Paperdesk reads only files you opened or dropped on its window; open this file again',
    },
  },
  jobs: {
    progressLabel: 'Progress',
    progress: '{{done}} of {{total}}',
    starting: 'Starting…',
    cancel: 'Cancel',
  },
  pdf: {
    reasons: {
      'no-chromium':
        'printing to PDF needs Chromium or Google Chrome; install one, or set PAPERDESK_CHROMIUM to its path',
    },
  },
  db: {
    reasons: {
      'in-use': 'another Paperdesk window or command is using this data folder; close Paperdesk first',
      'restore-running': 'another program is restoring this database; try again in a moment',
      'backup-onto-database': 'a backup cannot be written over the database or its side files',
      'replace-failed':
        'the database file could not be replaced (another program may hold it); nothing was changed',
      'other-writer': 'another program is writing to the database; try again when it has finished',
    },
    autoBackupFailed: 'The automatic backup failed: {{message}}',
    autoBackupOk: 'Last automatic backup: {{time}}',
    autoBackupNever: 'No automatic backup yet.',
    settingsDamaged: 'Some settings could not be read; the defaults are used instead.',
  },
  menu: {
    app: 'Paperdesk',
    about: 'About Paperdesk',
    file: 'File',
    settings: 'Settings…',
    quit: 'Quit',
    edit: 'Edit',
    undo: 'Undo',
    redo: 'Redo',
    cut: 'Cut',
    copy: 'Copy',
    paste: 'Paste',
    selectAll: 'Select All',
    view: 'View',
    reload: 'Reload',
    toggleDevTools: 'Developer Tools',
    resetZoom: 'Actual Size',
    zoomIn: 'Zoom In',
    zoomOut: 'Zoom Out',
    fullscreen: 'Toggle Full Screen',
    window: 'Window',
    minimize: 'Minimize',
    close: 'Close Window',
    help: 'Help',
    openDataFolder: 'Open Data Folder',
    aboutDetail:
      'Version {{version}}\nNotes, signatures and app filing — offline.\nLicensed under GPL-2.0-or-later.\nData folder: {{dataDir}}',
    ok: 'OK',
    services: 'Services',
    hide: 'Hide Paperdesk',
    hideOthers: 'Hide Others',
    showAll: 'Show All',
  },
  dialogs: {
    restoreTitle: 'Restore a Paperdesk backup',
    backupFilter: 'Paperdesk backup',
    startFailedTitle: 'Paperdesk could not start',
    startFailed: 'The database in {{dataDir}} could not be opened: {{message}}',
  },
}

/** The shape every locale must have: the same keys, any strings. */
type Shape<T> = { [K in keyof T]: T[K] extends string ? string : Shape<T[K]> }
export type Messages = Shape<typeof en>
