import type { PaperdeskApi } from '../../shared/api'

declare global {
  interface Window {
    /** The only door to main: built by the preload (or the e2e harness) from the contract. */
    readonly paperdesk: PaperdeskApi
  }
}

export {}
