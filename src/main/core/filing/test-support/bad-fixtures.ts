import { randomBytes } from 'node:crypto'
import { readFileSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'
import { writeZip } from './zip-writer'

/** A binary-XML header whose first chunk claims to be larger than the document. */
function garbledManifest(): Buffer {
  const data = Buffer.alloc(64)
  data.writeUInt16LE(0x0003, 0)
  data.writeUInt16LE(8, 2)
  data.writeUInt32LE(64, 4)
  data.writeUInt16LE(0x0001, 8)
  data.writeUInt16LE(28, 10)
  data.writeUInt32LE(4096, 12)
  return data
}

/** Inputs that must be refused with a clear reason: each is named for what is wrong with it. */
export function buildBadFixtures(dir: string): void {
  const good = readFileSync(join(dir, 'v1v2v3.apk'))
  writeFileSync(join(dir, 'not-a-zip.apk'), 'This is a text file that someone renamed to .apk\n')
  writeFileSync(join(dir, 'truncated.apk'), good.subarray(0, Math.floor(good.length * 0.6)))
  const zeros = Buffer.alloc(64 * 1024 * 1024)
  writeFileSync(join(dir, 'bomb.apk'), writeZip([{ name: 'AndroidManifest.xml', data: zeros }]))
  // The headers say 2 KB; inflating gives 64 MB.
  writeFileSync(
    join(dir, 'bomb-lying.apk'),
    writeZip([{ name: 'AndroidManifest.xml', data: zeros, declaredSize: 2048 }]),
  )
  writeFileSync(
    join(dir, 'garbled-manifest.apk'),
    writeZip([{ name: 'AndroidManifest.xml', data: garbledManifest() }]),
  )
  writeFileSync(join(dir, 'random.bin'), randomBytes(4096))
  writeFileSync(join(dir, 'not-an-app.zip'), writeZip([{ name: 'readme.txt', data: Buffer.from('hello') }]))
  writeFileSync(
    join(dir, 'broken.cer'),
    '-----BEGIN CERTIFICATE-----\nMIIBszCCAVmgAwIBAgIUbroken\n-----END CERTIFICATE-----\n',
  )
  const der = readFileSync(join(dir, 'dist.der'))
  writeFileSync(join(dir, 'broken.der'), der.subarray(0, der.length - 40))
}
