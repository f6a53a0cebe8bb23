import { execFileSync } from 'node:child_process'
import { existsSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs'
import { performance } from 'node:perf_hooks'
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

/** Median wall time of `runs` runs of a whole process. */
function processMs(args: string[], runs: number): number {
  const times: number[] = []
  for (let i = 0; i < runs; i++) {
    const start = performance.now()
    execFileSync(process.execPath, args, { stdio: 'ignore' })
    times.push(performance.now() - start)
  }
  return times.sort((a, b) => a - b)[Math.floor(runs / 2)] as number
}

/**
 * P3 cold: what a user who signs one photo from the command line waits for — the built CLI as a
 * whole process (start-up, loading, libvips's first use, hashing, fsync, the audit row) against
 * jimp's whole process doing the same compose, alternately, in the same run.
 */
function coldProcesses(dir: string, input: string, ink: string): Record<string, unknown> {
  const cli = 'out/cli/index.js'
  if (!existsSync(cli)) {
    console.log('P3 cold: skipped, run `npm run build` first (it times the built CLI)')
    return {}
  }
  const data = join(dir, 'data')
  const svg = join(dir, 'sig.svg')
  writeFileSync(
    svg,
    '<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 300 100"><path d="M10 50 C 60 0, 90 100, 150 50 S 250 0, 290 50" stroke="#000" stroke-width="4" fill="none"/></svg>',
  )
  execFileSync(
    process.execPath,
    [cli, '--data-dir', data, 'sign', 'save-signature', '--name', 'bench', '--svg', svg],
    {
      stdio: 'ignore',
    },
  )
  let n = 0
  const ours = () =>
    processMs(
      [
        cli,
        '--data-dir',
        data,
        'sign',
        'image',
        '--background',
        input,
        '--signature',
        '1',
        '--x',
        String(BOX.x),
        '--y',
        String(BOX.y),
        '--width',
        String(BOX.width),
        '--out',
        join(dir, `cold-${n++}.jpg`),
      ],
      1,
    )
  const jimp = () =>
    processMs(
      ['bench/jimp-sign-process.mjs', input, ink, join(dir, `jimp-${n++}.jpg`), String(BOX.x), String(BOX.y)],
      1,
    )
  const oursTimes: number[] = []
  const jimpTimes: number[] = []
  for (let i = 0; i < 3; i++) {
    oursTimes.push(ours())
    jimpTimes.push(jimp())
  }
  const median = (t: number[]) => t.sort((a, b) => a - b)[1] as number
  const coldMs = median(oursTimes)
  const jimpMs = median(jimpTimes)
  console.log(
    `P3 cold: paperdesk sign image ${coldMs.toFixed(0)} ms, jimp ${jimpMs.toFixed(0)} ms as processes: ${(jimpMs / coldMs).toFixed(1)}×`,
  )
  return {
    coldProcessMs: Math.round(coldMs),
    coldBaselineProcessMs: Math.round(jimpMs),
    coldRatio: Math.round((jimpMs / coldMs) * 10) / 10,
  }
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

    const cold = coldProcesses(dir, input, ink)
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
      ...cold,
    })
  } finally {
    rmSync(dir, { recursive: true, force: true })
  }
}
