import { spawn } from 'node:child_process'
import { mkdirSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join, resolve } from 'node:path'
import { createInterface } from 'node:readline/promises'
import { parseArgs } from 'node:util'
import { launchHarness } from './launch-harness'

// `npm run start:chromium`: the app in a visible Chromium window on a data folder that stays,
// through the same harness the e2e specs use. Runs until the window is closed.

const { values } = parseArgs({
  options: {
    'data-dir': { type: 'string', default: join(tmpdir(), 'paperdesk-chromium-data') },
    locale: { type: 'string', default: Intl.DateTimeFormat().resolvedOptions().locale },
  },
})
const dataDir = resolve(values['data-dir']!)
mkdirSync(dataDir, { recursive: true })

/** There is no native file dialog here, so the terminal asks instead. */
async function askForBackupFile(): Promise<string | null> {
  const rl = createInterface({ input: process.stdin, output: process.stdout })
  try {
    const answer = (await rl.question('Path of a Paperdesk backup to restore (empty to cancel): ')).trim()
    return answer ? resolve(answer) : null
  } finally {
    rl.close()
  }
}

async function openFolder(path: string): Promise<boolean> {
  const opener =
    process.platform === 'darwin' ? 'open' : process.platform === 'win32' ? 'explorer' : 'xdg-open'
  console.log(`Open folder: ${path}`)
  return new Promise((ok) => {
    const child = spawn(opener, [path], { stdio: 'ignore', detached: true })
    child.once('error', () => ok(false))
    child.once('spawn', () => {
      child.unref()
      ok(true)
    })
  })
}

const harness = await launchHarness({
  dataDir,
  headless: false,
  systemLocale: values.locale!,
  onPickBackupFile: askForBackupFile,
  onOpenPath: openFolder,
})
console.log(`Paperdesk (Chromium harness) at ${harness.url}`)
console.log(`Data folder: ${dataDir}`)
console.log('Close the browser window (or press Ctrl+C) to quit.')

let quitting = false
async function quit(code: number): Promise<void> {
  if (quitting) return
  quitting = true
  await harness.close()
  process.exit(code)
}
harness.context.on('close', () => void quit(0))
harness.page.on('close', () => void quit(0))
process.on('SIGINT', () => void quit(0))
process.on('SIGTERM', () => void quit(0))
