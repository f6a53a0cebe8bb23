// P3 cold's baseline as a whole process: `node bench/jimp-sign-process.mjs in.jpg ink.png out.jpg x y`
// decodes, composites the (pre-rendered) signature and writes JPEG q90 with jimp, in pure JavaScript.
import { Jimp } from 'jimp'

const [input, ink, output, x, y] = process.argv.slice(2)
const page = await Jimp.read(input)
const mark = await Jimp.read(ink)
page.composite(mark, Math.round(Number(x) * page.bitmap.width), Math.round(Number(y) * page.bitmap.height))
await page.write(output, { quality: 90 })
