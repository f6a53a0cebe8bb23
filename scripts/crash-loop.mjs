// `npm run crash-loop [-- KILLS]`: the storage crash test with many more SIGKILLs than `npm test`
// runs (default 200 per kind): restores and backups killed at random, each followed by an
// integrity check and a search for leftover temp files.
import { spawnSync } from 'node:child_process'

const kills = process.argv[2] ?? '200'
const result = spawnSync(
  'npx',
  ['vitest', 'run', 'src/main/core/db/crash-loop.test.ts', '--testTimeout=3600000'],
  {
    stdio: 'inherit',
    env: { ...process.env, PAPERDESK_CRASH_KILLS: kills },
  },
)
process.exit(result.status ?? 1)
