// One measurement of P3 in its own process, so its peak RSS is its own: `tsx bench/sign-image-child.ts
// <sharp|jimp> <input.jpg> <signature.png|strokes.json> <rounds>`. Prints one JSON line.
import { readFileSync } from 'node:fs'
import { performance } from 'node:perf_hooks'
import { Jimp } from 'jimp'
import { strokesToArt } from '../src/main/core/sign/strokes-to-art'
import { produceSigned } from '../src/main/core/sign/sign-file'
import { PointGroupSchema } from '../src/shared/contract/sign'
import { BOX } from './sign-image-box'
import { PlacementSchema } from '../src/shared/contract/sign'

const [mode, input, signature, roundsText] = process.argv.slice(2) as [string, string, string, string]
const rounds = Number(roundsText)

async function ours(): Promise<number> {
  const bytes = readFileSync(input)
  const art = strokesToArt(PointGroupSchema.array().parse(JSON.parse(readFileSync(signature, 'utf8'))))
  const start = performance.now()
  const signed = await produceSigned(
    bytes,
    'scan.jpg',
    [
      {
        placement: PlacementSchema.parse({ signatureId: 1, page: 0, ...BOX }),
        signature: { id: 1, name: 'bench', sha256: '0'.repeat(64), art },
      },
    ],
    { format: 'jpeg', quality: 90, flatten: false },
  )
  if (signed.bytes.length === 0) throw new Error('no output')
  return performance.now() - start
}

// The same job the pure-JS way: decode, composite the signature (already rendered at the box size
// by sharp, outside the timing: the baseline gets that for free), encode at quality 90.
async function baseline(): Promise<number> {
  const start = performance.now()
  const page = await Jimp.read(input)
  const ink = await Jimp.read(signature)
  page.composite(ink, Math.round(BOX.x * page.bitmap.width), Math.round(BOX.y * page.bitmap.height))
  const out = await page.getBuffer('image/jpeg', { quality: 90 })
  if (out.length === 0) throw new Error('no output')
  return performance.now() - start
}

const run = mode === 'jimp' ? baseline : ours
await run() // warm-up
const times: number[] = []
for (let i = 0; i < rounds; i++) times.push(await run())
times.sort((a, b) => a - b)
console.log(
  JSON.stringify({
    medianMs: times[Math.floor(times.length / 2)],
    maxRssMb: process.resourceUsage().maxRSS / 1024,
  }),
)
