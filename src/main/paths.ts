import { dirname, join } from 'node:path'
import { fileURLToPath } from 'node:url'

// This file sits in src/main and is bundled into out/main/index.js: the same depth either way,
// so the sibling folders below resolve to out/preload and out/renderer in the built app.
const mainDir = dirname(fileURLToPath(import.meta.url))

/** The sandboxed preload, bundled to CommonJS by electron-vite. */
export const preloadPath = join(mainDir, '..', 'preload', 'index.cjs')

/** The built renderer: the only folder app:// serves. */
export const rendererRoot = join(mainDir, '..', 'renderer')
