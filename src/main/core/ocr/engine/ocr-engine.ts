import { availableParallelism } from 'node:os'
import sharp from 'sharp'
import type * as Ort from 'onnxruntime-node'
import { cropLine, LINE_HEIGHT, stripTensor, turnHalf } from './line-crop'
import { ctcDecode } from './ctc-decode'
import { bundledModelFiles, readAlphabet, type OcrModelFiles } from './models'
import { rectCorners, type Point, type RgbImage, type RotatedRect } from './raster'
import { textRegions } from './text-regions'
import { readFileSync } from 'node:fs'

/** One line the engine read, in the pixels of the image it was given. */
export interface EngineLine {
  text: string
  confidence: number
  rect: RotatedRect
  /** Corners top-left, top-right, bottom-right, bottom-left, in reading direction. */
  quad: [Point, Point, Point, Point]
}

export interface EngineOptions {
  /** The detector sees the page with its longer side at most this many pixels. */
  detectionMaxSide?: number
  /** Threads ONNX Runtime may use for one model run. */
  threads?: number
}

const DET_MEAN = [0.406, 0.456, 0.485] // B, G, R (ImageNet, in PP-OCR's BGR order)
const DET_STD = [0.225, 0.224, 0.229]
const CLS_WIDTH = 192
/** The classifier turns a line only when it is at least this sure it is upside down. */
const CLS_THRESHOLD = 0.9
/** Lines per recognition batch (sorted by width, so a batch pads little). */
const REC_BATCH = 8
/** …and at most this many pixels of width in all (a batch's activations are what peaks memory). */
const REC_BATCH_WIDTH = 4 * 1600
/** PaddleOCR's own default is 960; 1024 read each generated A4 test page (9–14 pt) below 0.3 % CER. */
const DETECTION_MAX_SIDE = 1024
/** A region this much taller than wide is vertical text, read turned a quarter. */
const VERTICAL_RATIO = 1.5

/**
 * PP-OCR on ONNX Runtime: detection (DB), direction classification and recognition (CTC), with
 * pre- and post-processing in plain TypeScript. Load once, then `read` page after page.
 */
export class OcrEngine {
  private constructor(
    private readonly det: Ort.InferenceSession,
    private readonly cls: Ort.InferenceSession,
    private readonly rec: Ort.InferenceSession,
    private readonly alphabet: readonly string[],
    private readonly ort: typeof Ort,
    private readonly maxSide: number,
  ) {}

  static async load(
    options: EngineOptions = {},
    files: OcrModelFiles = bundledModelFiles(),
  ): Promise<OcrEngine> {
    const ort = await import('onnxruntime-node')
    // One core is left to the app (on two cores, one thread was also the fastest under load).
    const threads = options.threads ?? Math.max(1, Math.min(4, availableParallelism() - 1))
    const sessionOptions: Ort.InferenceSession.SessionOptions = {
      intraOpNumThreads: threads,
      interOpNumThreads: 1,
      graphOptimizationLevel: 'all',
      executionMode: 'sequential',
      // The arena keeps what the largest run needed (allocating afresh each run doubled the CPU time).
      enableCpuMemArena: true,
      // Memory patterns are planned for shapes that repeat; page and line sizes never do.
      enableMemPattern: false,
      // Waiting threads sleep instead of spinning: the app's own threads share the cores.
      extra: { session: { intra_op: { allow_spinning: '0' } } },
    }
    // Read through Node's fs (it also reads from an asar archive), then handed to the runtime.
    const open = (path: string) => ort.InferenceSession.create(readFileSync(path), sessionOptions)
    const [det, cls, rec] = [
      await open(files.detection),
      await open(files.classifier),
      await open(files.recognition),
    ]
    return new OcrEngine(
      det,
      cls,
      rec,
      readAlphabet(files.dictionary),
      ort,
      options.detectionMaxSide ?? DETECTION_MAX_SIDE,
    )
  }

  /** Reads every text line of an image; `checkpoint` runs between steps (to stop early). */
  async read(img: RgbImage, checkpoint: () => void = () => undefined): Promise<EngineLine[]> {
    const rects = await this.detect(img)
    checkpoint()
    if (rects.length === 0) return []
    const strips = rects.map((rect) => cropLine(img, rect))
    const turned = await this.classify(strips)
    checkpoint()
    const decoded = await this.recognize(
      turned.map((t, i) => (t ? turnHalf(strips[i] as RgbImage) : (strips[i] as RgbImage))),
    )
    const lines: EngineLine[] = []
    rects.forEach((rect, i) => {
      const line = decoded[i]
      if (!line || line.text.trim() === '') return
      const placed = turned[i] ? { ...rect, angle: rect.angle + Math.PI } : rect
      lines.push({
        text: line.text.trim(),
        confidence: line.confidence,
        rect: placed,
        quad: rectCorners(placed),
      })
    })
    return lines
  }

  /** Text regions as rotated rectangles in image pixels, width along the text. */
  private async detect(img: RgbImage): Promise<RotatedRect[]> {
    const scale = Math.min(1, this.maxSide / Math.max(img.width, img.height))
    const w = Math.max(32, Math.round((img.width * scale) / 32) * 32)
    const h = Math.max(32, Math.round((img.height * scale) / 32) * 32)
    const resized = await sharp(img.data, { raw: { width: img.width, height: img.height, channels: 3 } })
      .resize(w, h, { fit: 'fill', kernel: 'linear' })
      .raw()
      .toBuffer()
    const plane = w * h
    const input = new Float32Array(3 * plane)
    for (let p = 0; p < plane; p++) {
      for (let c = 0; c < 3; c++) {
        const value = (resized[p * 3 + 2 - c] as number) / 255
        input[c * plane + p] = (value - (DET_MEAN[c] as number)) / (DET_STD[c] as number)
      }
    }
    const out = await this.run(this.det, new this.ort.Tensor('float32', input, [1, 3, h, w]))
    const sx = img.width / w
    const sy = img.height / h
    return textRegions(out.data as Float32Array, w, h).map(({ rect }) => toImage(rect, sx, sy))
  }

  /**
   * For each strip, whether it reads upside down. The classifier sees windows of the strip at its
   * own scale (a long line squeezed into 192 pixels is a smear): up to three, their votes averaged.
   */
  private async classify(strips: readonly RgbImage[]): Promise<boolean[]> {
    const windows: Array<{ strip: number; image: RgbImage }> = []
    strips.forEach((strip, n) => {
      const starts =
        strip.width <= CLS_WIDTH ? [0] : [0, (strip.width - CLS_WIDTH) / 2, strip.width - CLS_WIDTH]
      for (const start of starts)
        windows.push({ strip: n, image: columns(strip, Math.round(start), CLS_WIDTH) })
    })
    const upsideDown = new Float32Array(strips.length)
    const votes = new Uint8Array(strips.length)
    for (let i = 0; i < windows.length; i += REC_BATCH * 2) {
      const batch = windows.slice(i, i + REC_BATCH * 2)
      const tensor = new this.ort.Tensor(
        'float32',
        stripTensor(
          batch.map((w) => w.image),
          CLS_WIDTH,
        ),
        [batch.length, 3, LINE_HEIGHT, CLS_WIDTH],
      )
      const probs = (await this.run(this.cls, tensor)).data as Float32Array
      batch.forEach((w, n) => {
        upsideDown[w.strip] = (upsideDown[w.strip] as number) + (probs[n * 2 + 1] as number)
        votes[w.strip] = (votes[w.strip] as number) + 1
      })
    }
    return strips.map((_, n) => (upsideDown[n] as number) / Math.max(1, votes[n] as number) > CLS_THRESHOLD)
  }

  private async recognize(strips: readonly RgbImage[]): Promise<Array<{ text: string; confidence: number }>> {
    const order = strips
      .map((_, i) => i)
      .sort((a, b) => (strips[a] as RgbImage).width - (strips[b] as RgbImage).width)
    const result: Array<{ text: string; confidence: number }> = new Array(strips.length)
    for (let i = 0; i < order.length;) {
      // Sorted by width, the last strip of a batch is its widest: it sets the batch's size.
      let n = 1
      while (
        n < REC_BATCH &&
        i + n < order.length &&
        (n + 1) * (strips[order[i + n] as number] as RgbImage).width <= REC_BATCH_WIDTH
      )
        n++
      const ids = order.slice(i, i + n)
      i += n
      const batch = ids.map((id) => strips[id] as RgbImage)
      const width = Math.max(...batch.map((s) => s.width))
      const tensor = new this.ort.Tensor('float32', stripTensor(batch, width), [
        batch.length,
        3,
        LINE_HEIGHT,
        width,
      ])
      const out = await this.run(this.rec, tensor)
      const [, steps, classes] = out.dims as [number, number, number]
      ids.forEach((id, n) => {
        result[id] = ctcDecode(out.data as Float32Array, n * steps * classes, steps, classes, this.alphabet)
      })
    }
    return result
  }

  private async run(session: Ort.InferenceSession, input: Ort.Tensor): Promise<Ort.Tensor> {
    const outputs = await session.run({ [session.inputNames[0] as string]: input })
    return outputs[session.outputNames[0] as string] as Ort.Tensor
  }

  async release(): Promise<void> {
    await Promise.all([this.det.release(), this.cls.release(), this.rec.release()])
  }
}

/** A detector-pixel rectangle in image pixels; a tall one (vertical text) turned to read along it. */
function toImage(r: RotatedRect, sx: number, sy: number): RotatedRect {
  const cos = Math.cos(r.angle)
  const sin = Math.sin(r.angle)
  // Scaling x and y apart changes the sides' lengths along their own directions.
  const width = r.width * Math.hypot(cos * sx, sin * sy)
  const height = r.height * Math.hypot(sin * sx, cos * sy)
  const angle = Math.atan2(sin * sy, cos * sx)
  const rect = { cx: r.cx * sx, cy: r.cy * sy, width, height, angle }
  if (height > width * VERTICAL_RATIO) {
    // Top-to-bottom text: read it with its top turned to the left.
    return { ...rect, width: height, height: width, angle: angle + Math.PI / 2 }
  }
  return rect
}

/** Columns `start` … `start + width` of a strip (fewer where it is narrower). */
function columns(img: RgbImage, start: number, width: number): RgbImage {
  const w = Math.min(width, img.width - start)
  const data = new Uint8Array(w * img.height * 3)
  for (let y = 0; y < img.height; y++)
    data.set(img.data.subarray((y * img.width + start) * 3, (y * img.width + start + w) * 3), y * w * 3)
  return { data, width: w, height: img.height }
}
