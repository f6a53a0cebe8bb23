import { userError } from '../../../../shared/app-error'
import type { ZipReader } from './zip-reader'

const MAGIC = 'APK Sig Block 42'
const MAX_BLOCK = 64 * 1024 * 1024

export const blockIds = {
  v2: 0x7109871a,
  v3: 0xf05368c0,
  'v3.1': 0x1b93ad61,
} as const
export type BlockScheme = keyof typeof blockIds

const PROOF_OF_ROTATION = 0x3ba06f8c

/** One signer of an APK Signing Block scheme (v2, v3, v3.1). */
export interface BlockSigner {
  scheme: BlockScheme
  /** The signer's certificates as DER, the signing certificate first. */
  certificates: Uint8Array[]
  /** The SubjectPublicKeyInfo the signatures verify with; must be the first certificate's key. */
  publicKey: Uint8Array
  /** v3: earlier signing certificates from the proof-of-rotation lineage, oldest first. */
  lineage: Uint8Array[]
}

function garbled(detail: string) {
  return userError(
    'INVALID_FILE',
    'filing.signing-block-garbled',
    'The APK Signing Block is damaged ({{detail}})',
    {
      detail,
    },
  )
}

/** A bounds-checked cursor over little-endian, length-prefixed APK Signing Block data. */
class Cursor {
  private pos = 0
  constructor(private readonly data: Buffer) {}
  get done(): boolean {
    return this.pos >= this.data.length
  }
  uint32(): number {
    if (this.pos + 4 > this.data.length) throw garbled('short field')
    const value = this.data.readUInt32LE(this.pos)
    this.pos += 4
    return value
  }
  lengthPrefixed(): Cursor {
    const length = this.uint32()
    if (this.pos + length > this.data.length) throw garbled('length beyond its container')
    const slice = this.data.subarray(this.pos, this.pos + length)
    this.pos += length
    return new Cursor(slice)
  }
  rest(): Buffer {
    return this.data.subarray(this.pos)
  }
  /** Every length-prefixed element until the end. */
  sequence(): Cursor[] {
    const items: Cursor[] = []
    while (!this.done) items.push(this.lengthPrefixed())
    return items
  }
}

/** The ID → value pairs of the APK Signing Block just before the central directory, or null if there is none. */
export async function readSigningBlock(zip: ZipReader): Promise<Map<number, Buffer> | null> {
  const cd = zip.centralDirectoryOffset
  if (cd < 32) return null
  const footer = await zip.readRange(cd - 24, 24)
  if (footer.subarray(8).toString('latin1') !== MAGIC) return null
  const size = Number(footer.readBigUInt64LE(0))
  if (size < 24 || size > MAX_BLOCK || size + 8 > cd) throw garbled('impossible size')
  const block = await zip.readRange(cd - size - 8, size + 8)
  if (Number(block.readBigUInt64LE(0)) !== size) throw garbled('sizes disagree')
  const pairs = new Map<number, Buffer>()
  let pos = 8
  const end = block.length - 24
  while (pos < end) {
    if (pos + 12 > end) throw garbled('short pair')
    const length = Number(block.readBigUInt64LE(pos))
    if (length < 4 || pos + 8 + length > end) throw garbled('pair beyond the block')
    pairs.set(block.readUInt32LE(pos + 8), block.subarray(pos + 12, pos + 8 + length))
    pos += 8 + length
  }
  return pairs
}

/** The signers of one scheme's block (v2 and v3 share the layout but for v3's SDK range). */
export function readBlockSigners(scheme: BlockScheme, value: Buffer): BlockSigner[] {
  const v3 = scheme !== 'v2'
  const signers = new Cursor(value).lengthPrefixed().sequence()
  if (signers.length === 0) throw garbled(`no ${scheme} signer`)
  return signers.map((signer) => {
    const signedData = signer.lengthPrefixed()
    if (v3) {
      signer.uint32()
      signer.uint32()
    }
    signer.lengthPrefixed() // signatures: apksigner verifies them, we read the certificates
    const publicKey = Buffer.from(signer.lengthPrefixed().rest())
    signedData.lengthPrefixed() // digests
    const certificates = signedData
      .lengthPrefixed()
      .sequence()
      .map((c) => new Uint8Array(c.rest()))
    if (certificates.length === 0) throw garbled(`${scheme} signer without a certificate`)
    let lineage: Uint8Array[] = []
    if (v3) {
      signedData.uint32()
      signedData.uint32()
      for (const attribute of signedData.lengthPrefixed().sequence()) {
        if (attribute.uint32() === PROOF_OF_ROTATION) lineage = readLineage(attribute)
      }
    }
    return { scheme, certificates, publicKey, lineage }
  })
}

/** v3 proof-of-rotation: a version, then nodes of (signed data (certificate, algorithm), flags, algorithm, signature). */
function readLineage(attribute: Cursor): Uint8Array[] {
  attribute.uint32()
  return attribute.sequence().map((node) => {
    const signedData = node.lengthPrefixed()
    return new Uint8Array(signedData.lengthPrefixed().rest())
  })
}
