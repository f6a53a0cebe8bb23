import sharp, { type Sharp } from 'sharp'
import { type CorpusEntry, corruptAt, corruptMiddle, garbage, type Outcome, truncate } from './corpus-entry'

/** A noisy photo-like picture, so the compressed data is most of the file. */
function photo(): Sharp {
  return sharp({
    create: {
      width: 320,
      height: 240,
      channels: 3,
      background: '#8090a0',
      noise: { type: 'gaussian', mean: 128, sigma: 40 },
    },
  })
}

const encoded = {
  jpeg: () => photo().jpeg({ quality: 85 }).toBuffer(),
  png: () => photo().png().toBuffer(),
  webp: () => photo().webp({ quality: 80 }).toBuffer(),
  tiff: () => photo().tiff({ compression: 'lzw' }).toBuffer(),
}

/**
 * How each format is damaged. JPEG and WebP decoders draw garbage in the compressed data as noise
 * (every viewer does), so their headers are hit; PNG checks each chunk's CRC, TIFF its strips.
 */
const corruption = {
  jpeg: {
    about: 'a JPEG whose tables and frame header are garbage',
    damage: (b: Buffer) => corruptAt(b, 20, 600),
    noteKeeps: false,
  },
  webp: {
    about: 'a WebP whose frame header is garbage',
    damage: (b: Buffer) => corruptAt(b, 20, 600),
    noteKeeps: false,
  },
  png: {
    about: 'a PNG with garbage over its image data (bad CRC)',
    damage: (b: Buffer) => corruptMiddle(b, 4096),
    noteKeeps: true,
  },
  tiff: {
    about: 'a TIFF with garbage over its strips',
    damage: (b: Buffer) => corruptMiddle(b, 4096),
    noteKeeps: false,
  },
}

function crc32(bytes: Uint8Array): number {
  let crc = ~0
  for (const byte of bytes) {
    crc ^= byte
    for (let k = 0; k < 8; k++) crc = (crc >>> 1) ^ (0xedb88320 & -(crc & 1))
  }
  return ~crc >>> 0
}

/** A real 10×10 PNG whose header claims 100 000 × 100 000 pixels, its checksum made right again. */
async function pixelBomb(): Promise<Buffer> {
  const png = Buffer.from(
    await sharp({ create: { width: 10, height: 10, channels: 4, background: '#fff' } })
      .png()
      .toBuffer(),
  )
  png.writeUInt32BE(100_000, 16)
  png.writeUInt32BE(100_000, 20)
  png.writeUInt32BE(crc32(png.subarray(12, 29)), 29)
  return png
}

/** An ISO-BMFF `ftyp` box that says HEIC, then garbage where the image should be. */
function heicHeaderThenGarbage(): Buffer {
  const ftyp = Buffer.alloc(24)
  ftyp.writeUInt32BE(24, 0)
  ftyp.write('ftypheic', 4, 'latin1')
  ftyp.writeUInt32BE(0, 12)
  ftyp.write('mif1heic', 16, 'latin1')
  return Buffer.concat([ftyp, garbage(2000, 3)])
}

export const imageEntries: CorpusEntry[] = [
  ...(['jpeg', 'png', 'webp', 'tiff'] as const).flatMap((kind): CorpusEntry[] => {
    const ext = kind === 'jpeg' ? 'jpg' : kind === 'tiff' ? 'tif' : kind
    return [
      {
        name: `truncated.${ext}`,
        kind,
        about: `the first half of a ${kind.toUpperCase()}`,
        bytes: async () => truncate(await encoded[kind]()),
        refusedAs: 'INVALID_FILE',
        // A note keeps a picture whose header reads as it is given; Chromium draws what it can.
        ...(kind === 'jpeg' || kind === 'png' ? { except: { 'note-image': 'accepted' as Outcome } } : {}),
      },
      {
        name: `corrupt.${ext}`,
        kind,
        about: corruption[kind].about,
        bytes: async () => corruption[kind].damage(await encoded[kind]()),
        refusedAs: 'INVALID_FILE',
        ...(corruption[kind].noteKeeps ? { except: { 'note-image': 'accepted' as Outcome } } : {}),
      },
      {
        name: `empty.${ext}`,
        kind,
        about: 'zero bytes',
        bytes: () => new Uint8Array(0),
        refusedAs: 'INVALID_FILE',
      },
    ]
  }),
  {
    name: 'garbage.heic',
    kind: 'heic',
    about: 'an ftyp box saying HEIC, then garbage',
    bytes: heicHeaderThenGarbage,
    refusedAs: 'INVALID_FILE',
  },
  {
    name: 'truncated-header.heic',
    kind: 'heic',
    about: 'the first 12 bytes of a HEIC',
    bytes: () => heicHeaderThenGarbage().subarray(0, 12),
    refusedAs: 'INVALID_FILE',
  },
  {
    name: 'empty.heic',
    kind: 'heic',
    about: 'zero bytes',
    bytes: () => new Uint8Array(0),
    refusedAs: 'INVALID_FILE',
  },
  {
    name: 'pixel-bomb.png',
    kind: 'png',
    about: 'a PNG header claiming 100 000 × 100 000 pixels',
    bytes: pixelBomb,
    refusedAs: 'INVALID_FILE',
  },
  {
    name: 'jpeg-header-only.jpg',
    kind: 'jpeg',
    about: 'a JPEG start-of-image marker and nothing else',
    bytes: () => Buffer.from([0xff, 0xd8, 0xff, 0xe0]),
    refusedAs: 'INVALID_FILE',
  },
  {
    name: 'pdf-named.jpg',
    kind: 'pdf',
    about: 'a real PDF named .jpg',
    // Content decides, not the name: Sign and OCR open it as the PDF it is.
    bytes: async () => {
      const { PDFDocument } = await import('pdf-lib')
      const doc = await PDFDocument.create()
      doc.addPage([200, 200])
      return doc.save()
    },
    refusedAs: 'INVALID_FILE',
    except: {
      'filing-attach': 'accepted',
      'sign-document': 'accepted',
      'sign-batch': 'accepted',
      ocr: 'accepted',
    },
    // `sign image --out x.jpg` asks for a JPEG, and a signed PDF stays a PDF.
    commandExcept: { 'sign image': 'VALIDATION' },
  },
]
