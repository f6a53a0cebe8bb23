// A second Paperdesk process for the storage tests, run with `node --import tsx`:
//   writer DATA_DIR          commit a row every few ms; print each acknowledged key on stdout
//   restore-loop DATA_DIR A B   restore from A, then B, then A… until killed
//   backup-loop DATA_DIR     make backups in backups/ until killed
// It opens the data folder the way the app and the CLI do (DataStore), lock and all.
import { DataStore } from '../data-store'

const [mode, dataDir, ...sources] = process.argv.slice(2)
if (!mode || !dataDir) throw new Error('usage: db-child MODE DATA_DIR [SOURCES…]')

const store = new DataStore(dataDir)
process.stdout.write('ready\n')

if (mode === 'writer') {
  let n = 0
  const insert = store.db.prepare('INSERT INTO setting (key, value) VALUES (?, ?)')
  const tick = () => {
    const key = `w-${n++}`
    insert.run(key, JSON.stringify(n))
    process.stdout.write(`${key}\n`) // only after the commit returned: acknowledged
    if (process.stdin.readableEnded) return
    setTimeout(tick, 2)
  }
  process.stdin.on('data', () => {
    store.close()
    process.exit(0)
  })
  tick()
} else if (mode === 'restore-loop') {
  const loop = async () => {
    for (let i = 0; ; i++) {
      await store.restoreFrom(sources[i % sources.length] as string)
      process.stdout.write(`restored ${i}\n`)
    }
  }
  void loop()
} else if (mode === 'backup-loop') {
  const loop = async () => {
    for (let i = 0; ; i++) {
      await store.backupNow('manual')
      process.stdout.write(`backed up ${i}\n`)
    }
  }
  void loop()
} else {
  throw new Error(`unknown mode ${mode}`)
}
