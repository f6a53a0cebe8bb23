import { execFileSync } from 'node:child_process'
import { readFileSync } from 'node:fs'
import sharp from 'sharp'
import { produceSigned } from '../src/main/core/sign/sign-file'
import { parseStampFont, stampFontPath } from '../src/main/core/sign/stamp/stamp-font'
import { strokesToArt } from '../src/main/core/sign/strokes-to-art'
import { scribble } from '../src/main/core/sign/test-support/sign-fixtures'
import { PointGroupSchema } from '../src/shared/contract/sign'
import { measure } from './measure'
import { recordResult } from './results'

// A 20-character Chinese label (with the date it becomes 31 characters of outlines).
// P3's box, moved left so the long stamp line fits on the page (both runs use it).
const BOX = { x: 0.15, y: 0.75, width: 0.25 }
const LABEL = '甲方代表经办人已阅核对确认同意签署合同日期：'.slice(0, 20)

/** The font's first load in a fresh process: read, inflate, index — what a cold start pays. */
function coldFontLoadMs(): number {
  const script =
    `const { readFileSync } = require('node:fs'); const { inflateSync } = require('node:zlib');` +
    `const t = performance.now(); const d = inflateSync(readFileSync(${JSON.stringify(stampFontPath())}));` +
    `if (d.toString('latin1', 0, 4) !== 'PDSF') throw new Error('bad font'); console.log(performance.now() - t)`
  const runs = Array.from({ length: 5 }, () =>
    Number(execFileSync(process.execPath, ['-e', script], { encoding: 'utf8' })),
  )
  return runs.sort((a, b) => a - b)[2] as number
}

// Stamp text: what a 20-character Chinese label adds to P3 (a 6000×4000 JPEG signed in process),
// and what the font costs to load once. Baseline: the same P3 run without a stamp.
export async function benchStampText(): Promise<void> {
  const input = await sharp({
    create: {
      width: 6000,
      height: 4000,
      channels: 3,
      background: '#f3f1ea',
      noise: { type: 'gaussian', mean: 230, sigma: 12 },
    },
  })
    .jpeg({ quality: 90 })
    .toBuffer()
  const art = strokesToArt(PointGroupSchema.array().parse(scribble()))
  const signature = { id: 1, name: 'bench', sha256: '0'.repeat(64), art }
  const output = { format: 'jpeg' as const, quality: 90, flatten: false }
  const sign = (stamp?: { format: 'zh-long'; label: string; dateOff: boolean }) =>
    produceSigned(
      input,
      'scan.jpg',
      [
        {
          placement: { signatureId: 1, page: 0, rotate: 0, opacity: 1, ...BOX, ...(stamp ? { stamp } : {}) },
          signature,
        },
      ],
      output,
    )
  const font = await measure('font parse (in process)', 5, () =>
    parseStampFont(readFileSync(stampFontPath())),
  )
  const cold = coldFontLoadMs()
  const plain = await measure('P3 without a stamp', 5, () => sign())
  const stamped = await measure('P3 with a 20-character Chinese label', 5, () =>
    sign({ format: 'zh-long', label: LABEL, dateOff: false }),
  )
  const added = stamped.medianMs - plain.medianMs
  console.log(
    `stamp text: +${added.toFixed(1)} ms on P3 (${plain.medianMs.toFixed(0)} → ${stamped.medianMs.toFixed(0)} ms); ` +
      `font load ${font.medianMs.toFixed(1)} ms in process, ${cold.toFixed(1)} ms cold`,
  )
  recordResult('P3-stamp-text', {
    value: Math.round(added * 10) / 10,
    unit: 'ms added to a P3 run by a 20-character Chinese stamp label (median difference)',
    baseline: Math.round(plain.medianMs),
    ratio: Math.round((stamped.medianMs / plain.medianMs) * 1000) / 1000,
    stampedMs: Math.round(stamped.medianMs),
    fontLoadMs: Math.round(font.medianMs * 10) / 10,
    fontLoadColdProcessMs: Math.round(cold * 10) / 10,
    ratioBasis: 'P3 with the label / P3 without (in process, medians of 5)',
    limits: { addedMs: 20, fontLoadMs: 50 },
  })
}
