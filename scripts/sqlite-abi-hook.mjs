// For running the tests on another Node than the machine's (scripts/test.mjs --runtimes), loaded
// through NODE_OPTIONS=--import=<this file> so the test workers, the processes they spawn and the
// built CLI all get it: every import that resolves into node_modules/better-sqlite3/ is sent to
// PAPERDESK_SQLITE_PACKAGE, a copy of that package built for this Node's ABI
// (scripts/node-runtime.mjs). Everything else resolves as usual.
import { realpathSync } from 'node:fs'
import { register } from 'node:module'
import { fileURLToPath, pathToFileURL } from 'node:url'

const HOOKS = '?hooks'
let from = ''
let to = ''

if (!import.meta.url.endsWith(HOOKS)) {
  const target = process.env['PAPERDESK_SQLITE_PACKAGE']
  if (target) {
    const original = realpathSync(fileURLToPath(new URL('../node_modules/better-sqlite3/', import.meta.url)))
    register(`${import.meta.url}${HOOKS}`, {
      data: { from: `${pathToFileURL(original).href}/`, to: `${pathToFileURL(realpathSync(target)).href}/` },
    })
  }
}

export function initialize(data) {
  from = data.from
  to = data.to
}

export async function resolve(specifier, context, nextResolve) {
  const resolved = await nextResolve(specifier, context)
  if (from && resolved.url.startsWith(from)) return { ...resolved, url: to + resolved.url.slice(from.length) }
  return resolved
}
