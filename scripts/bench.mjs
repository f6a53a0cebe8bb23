// `npm run bench`: benchmarks live in bench/ and never run as part of `npm test`.
// `npm run bench -- filing-inspect` runs one (P6); names are those of bench/*.bench.ts.
import { spawnSync } from 'node:child_process'

const result = spawnSync('npx', ['tsx', 'bench/run.ts', ...process.argv.slice(2)], { stdio: 'inherit' })
process.exit(result.status ?? 1)
