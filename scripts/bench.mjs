// `npm run bench`: benchmarks live in bench/ and never run as part of `npm test`.
import { spawnSync } from 'node:child_process'

const result = spawnSync('npx', ['tsx', 'bench/run.ts'], { stdio: 'inherit' })
process.exit(result.status ?? 1)
