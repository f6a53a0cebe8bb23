import type { PaperdeskApi } from '../../shared/api'

declare global {
  interface Window {
    /** The only door to main: built by the preload (or the e2e harness) from the contract. */
    readonly paperdesk: PaperdeskApi
    /** Electron only: the disk path of a dropped File (absent in the Chromium harness). */
    readonly paperdeskFiles?: { pathForFile(file: File): string }
  }
}

export {}
