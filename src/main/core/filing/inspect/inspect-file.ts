import { open, readFile, stat } from 'node:fs/promises'
import { basename, extname } from 'node:path'
import type { InspectResult } from '../../../../shared/contract/filing-inspect'
import { userError } from '../../../../shared/app-error'
import { inspectApk } from './inspect-apk'
import { inspectCertificates } from './inspect-certificates'
import { inspectIpa, isIpa } from './inspect-ipa'
import { ZipReader } from './zip-reader'

const MAX_CERTIFICATE_FILE = 4 * 1024 * 1024
const ZIP_EXTENSIONS = new Set(['.apk', '.ipa', '.zip', '.aab'])

export interface InspectOptions {
  /** The clock for expiry warnings. */
  now?: Date
}

/**
 * Reads the APP特征信息 from an APK, IPA or certificate file by path. Only the parts needed are
 * read; nothing is written anywhere. A file that cannot be used is an INVALID_FILE error whose
 * `filing.*` reason says why.
 */
export async function inspectFile(path: string, options: InspectOptions = {}): Promise<InspectResult> {
  const now = options.now ?? new Date()
  const info = await stat(path).catch(() => null)
  if (!info || !info.isFile())
    throw userError('NOT_FOUND', 'filing.file-not-found', '{{name}} does not exist or is not a file', {
      name: basename(path),
    })
  const file = { name: basename(path), bytes: info.size }
  if (info.size === 0)
    throw userError('INVALID_FILE', 'filing.file-empty', '{{name}} is empty', { name: file.name })

  const head = await readHead(path, 16)
  if (head.subarray(0, 2).toString('latin1') === 'PK' || ZIP_EXTENSIONS.has(extname(path).toLowerCase())) {
    const zip = await ZipReader.open(path)
    try {
      if (zip.find('AndroidManifest.xml')) return await inspectApk(zip, file, now)
      if (isIpa(zip)) return await inspectIpa(zip, file, now)
      if (zip.find('BundleConfig.pb') || zip.find('base/manifest/AndroidManifest.xml'))
        throw userError(
          'INVALID_FILE',
          'filing.aab-not-supported',
          'An Android App Bundle (.aab) is re-signed by the store: inspect the APK you publish',
        )
      throw userError('INVALID_FILE', 'filing.zip-not-app', 'This archive is neither an APK nor an IPA')
    } finally {
      await zip.close()
    }
  }
  const text = head.toString('latin1')
  if (head[0] === 0x30 || text.includes('-----BEGIN') || /^\s/.test(text)) {
    if (info.size > MAX_CERTIFICATE_FILE)
      throw userError(
        'INVALID_FILE',
        'filing.unknown-file-type',
        '{{name}} is not an APK, IPA or certificate',
        { name: file.name },
      )
    return inspectCertificates(await readFile(path), file, now)
  }
  throw userError('INVALID_FILE', 'filing.unknown-file-type', '{{name}} is not an APK, IPA or certificate', {
    name: file.name,
  })
}

async function readHead(path: string, length: number): Promise<Buffer> {
  const handle = await open(path, 'r')
  try {
    const buffer = Buffer.alloc(length)
    const { bytesRead } = await handle.read(buffer, 0, length, 0)
    return buffer.subarray(0, bytesRead)
  } finally {
    await handle.close()
  }
}
