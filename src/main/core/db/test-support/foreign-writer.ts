// A program that is not Paperdesk writing into the database — a script, a SQLite browser, a sync
// client: plain better-sqlite3, no lock file, no DataStore. Run with `node --import tsx`:
//   foreign-writer DB_FILE PREFIX
// inserts a setting row every few ms and prints `ok KEY` once its commit returned (acknowledged)
// or `failed KEY CODE` when SQLite refused it (reported to the writer as failed). Any line on
// stdin stops it.
import Database from 'better-sqlite3'

const [file, prefix = 'x'] = process.argv.slice(2)
if (!file) throw new Error('usage: foreign-writer DB_FILE [PREFIX]')

const db = new Database(file, { fileMustExist: true, timeout: 1000 })
const insert = db.prepare('INSERT INTO setting (key, value) VALUES (?, ?)')
process.stdout.write('ready\n')

let n = 0
let stopping = false
const tick = () => {
  if (stopping) return
  const key = `${prefix}-${n++}`
  try {
    insert.run(key, JSON.stringify(n))
    process.stdout.write(`ok ${key}\n`)
  } catch (error) {
    process.stdout.write(`failed ${key} ${(error as { code?: string }).code ?? 'unknown'}\n`)
  }
  setTimeout(tick, 2)
}
process.stdin.on('data', () => {
  stopping = true
  db.close()
  process.exit(0)
})
tick()
