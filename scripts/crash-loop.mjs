// `npm run crash-loop [-- KILLS]`: the crash tests with many more SIGKILLs than `npm test` runs
// (default 200 per kind): restores and backups killed at random, restores beside a plain SQLite
// writer, and a process saving notes and signing files; each kill followed by the checks (the
// database opens and is intact, no acknowledged save or write is lost, no temp or half-written
// file is left).
import { spawnSync } from 'node:child_process'

const kills = process.argv[2] ?? '200'
const result = spawnSync(
  'npx',
  [
    'vitest',
    'run',
    'src/main/core/db/crash-loop.test.ts',
    'src/main/core/save-crash-loop.test.ts',
    '--testTimeout=36000000',
  ],
  {
    stdio: 'inherit',
    env: { ...process.env, PAPERDESK_CRASH_KILLS: kills },
  },
)
process.exit(result.status ?? 1)
