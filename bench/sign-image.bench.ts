import { execFileSync } from 'node:child_process'
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import sharp from 'sharp'
import { strokesToArt } from '../src/main/core/sign/strokes-to-art'
import { buildGroupArt } from '../src/main/core/sign/group-art'
import { placeGroup } from '../src/main/core/sign/place-group'
import { layerSvg } from '../src/main/core/sign/render-layer-svg'
import { PointGroupSchema } from '../src/shared/contract/sign'
import { scribble } from '../src/main/core/sign/test-support/sign-fixtures'
import { BOX } from './sign-image-box'
import { recordResult } from './results'

const WIDTH = 6000
const HEIGHT = 4000

function child(mode: 'sharp' | 'jimp', input: string, signature: string, rounds: number) {
  const out = execFileSync(
    'npx',
    ['tsx', 'bench/sign-image-child.ts', mode, input, signature, String(rounds)],
    {
      encoding: 'utf8',
    },
  )
  return JSON.parse(out.trim().split('\n').at(-1) as string) as { medianMs: number; maxRssMb: number }
}

// P3: a vector signature onto a 6000×4000 JPEG, written as JPEG q90, against jimp doing the same
// compose in pure JavaScript; each side in its own process so peak RSS is measured per side.
export async function benchSignImage(): Promise<void> {
  const dir = mkdtempSync(join(tmpdir(), 'paperdesk-bench-sign-'))
  try {
    const input = join(dir, 'scan.jpg')
    // A scan-like page: paper grey with noise, so the JPEG codec has real work to do.
    await sharp({
      create: {
        width: WIDTH,
        height: HEIGHT,
        channels: 3,
        background: '#f3f1ea',
        noise: { type: 'gaussian', mean: 230, sigma: 12 },
      },
    })
      .jpeg({ quality: 90 })
      .toFile(input)
    const strokes = join(dir, 'strokes.json')
    writeFileSync(strokes, JSON.stringify(scribble()))
    // The baseline's signature raster, rendered at the box size by sharp (not timed).
    const art = strokesToArt(PointGroupSchema.array().parse(scribble()))
    const placed = placeGroup(buildGroupArt(art), BOX, { width: WIDTH, height: HEIGHT })
    const layer = layerSvg(placed, 1, { width: WIDTH, height: HEIGHT })
    const ink = join(dir, 'ink.png')
    await sharp(Buffer.from(layer.svg)).png().toFile(ink)

    const ours = child('sharp', input, strokes, 7)
    const base = child('jimp', input, ink, 2)
    const ratio = base.medianMs / ours.medianMs
    console.log(
      `P3 sharp vector compose: ${ours.medianMs.toFixed(0)} ms (peak RSS ${ours.maxRssMb.toFixed(0)} MB); ` +
        `jimp: ${base.medianMs.toFixed(0)} ms (peak RSS ${base.maxRssMb.toFixed(0)} MB); ${ratio.toFixed(1)}× faster`,
    )
    recordResult('P3', {
      value: Math.round(ours.medianMs),
      unit: 'ms',
      baseline: Math.round(base.medianMs),
      ratio: Math.round(ratio * 10) / 10,
      peakRssMb: Math.round(ours.maxRssMb),
      baselinePeakRssMb: Math.round(base.maxRssMb),
      limits: { ms: 700, ratio: 10, peakRssMb: 400 },
    })
  } finally {
    rmSync(dir, { recursive: true, force: true })
  }
}
