import { buildApi } from '../../src/shared/build-api'
import { contractManifest } from '../../src/shared/contract'

/** The page-side name of the Playwright binding that carries every contract call to the core. */
export const INVOKE_BINDING = '__paperdeskInvoke'

/**
 * Source of the init script that builds `window.paperdesk` in the page, from the very same
 * `buildApi` the Electron preload uses. `buildApi` is written self-contained for this.
 * The transpiler that loaded this file (Playwright's Babel, or esbuild under tsx) may reference
 * helpers such as esbuild's `__name` from function bodies, so the script defines a no-op one
 * in its own scope, and `assertSelfContained` runs the source once in Node before any page does.
 */
export function pageApiScript(): string {
  const source = buildApi.toString()
  assertSelfContained(source)
  const manifest = JSON.stringify(contractManifest())
  return `(() => {
  const __name = (fn) => fn;
  const buildApi = (${source});
  const invoke = (channel, input) => window.${INVOKE_BINDING}(channel, input);
  Object.defineProperty(window, 'paperdesk', {
    value: buildApi(${manifest}, invoke), enumerable: true, configurable: false, writable: false,
  });
})();`
}

function assertSelfContained(source: string): void {
  try {
    const build = new Function('__name', `return (${source})`)((fn: unknown) => fn) as typeof buildApi
    const api = build({ probe: ['ping'] }, async () => ({ ok: true, value: 'pong' })) as unknown as {
      probe: { ping: () => Promise<unknown> }
    }
    if (typeof api.probe.ping !== 'function') throw new Error('no method was built')
  } catch (error) {
    throw new Error(`buildApi.toString() is not usable in a page: ${String(error)}\n${source}`, {
      cause: error,
    })
  }
}
