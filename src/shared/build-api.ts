import type { PaperdeskApi } from './api'
import type { ContractManifest } from './contract'
import type { CallResult } from './errors'

/**
 * Builds `window.paperdesk` from the contract's manifest and one `invoke` function. The preload
 * (Electron IPC) and the e2e harness (a Playwright binding) both use it, so the page sees the same
 * object either way. A failed call rejects with the plain `{ code, message, details? }` envelope,
 * not an Error: contextBridge strips custom fields from Errors but copies plain objects.
 *
 * Self-contained on purpose (no imports at runtime, no outer variables): the harness injects it
 * into the page as source text.
 */
export function buildApi(
  manifest: ContractManifest,
  invoke: (channel: string, input: unknown) => Promise<CallResult<unknown>>,
): PaperdeskApi {
  const api: Record<string, Record<string, (input?: unknown) => Promise<unknown>>> = {}
  for (const domain of Object.keys(manifest)) {
    const methods: Record<string, (input?: unknown) => Promise<unknown>> = {}
    for (const name of manifest[domain] ?? []) {
      const channel = `paperdesk:${domain}.${name}`
      methods[name] = async (input?: unknown) => {
        const result = await invoke(channel, input)
        if (result.ok) return result.value
        throw { code: result.error.code, message: result.error.message, details: result.error.details }
      }
    }
    api[domain] = Object.freeze(methods)
  }
  return Object.freeze(api) as unknown as PaperdeskApi
}
