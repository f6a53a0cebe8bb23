import type { PaperdeskApi } from '../../../shared/api'

/** `window.paperdesk`, read on each call so tests and the harness can install it at any time. */
export function paperdesk(): PaperdeskApi {
  return window.paperdesk
}
