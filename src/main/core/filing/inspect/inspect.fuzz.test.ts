import { readFileSync } from 'node:fs'
import { parse } from '@plist/parse'
import { fileTarget } from '../../test-support/fuzz/file-target'
import { fuzzSuite } from '../../test-support/fuzz/fuzz-suite'
import { filingFixtures } from '../test-support/apk-fixtures'
import { BinaryXmlError, parseBinaryXml } from './binary-xml'
import { inspectFile } from './inspect-file'
import { readPlistDict } from './plist-reader'
import { ZipReader } from './zip-reader'

const fx = filingFixtures()

/** A file the user hands the inspector, mutated: a result or a translated refusal. */
const inspected = (name: string, sample: () => string, fileName: string) =>
  fileTarget({
    name,
    fileName,
    shortRuns: 40,
    seeds: async () => [readFileSync(sample())],
    open: (path) => inspectFile(path),
  })

async function manifest(): Promise<Uint8Array> {
  const zip = await ZipReader.open(fx.apk('labelled'))
  const entry = zip.find('AndroidManifest.xml')
  return zip.read(entry!, { maxBytes: 1 << 20, maxRatio: 1000 })
}

fuzzSuite('fuzzing what inspects apps people send (zip reader, binary XML, signing block, IPA)', [
  inspected('filing: a signed APK (v1, v2, v3 blocks)', () => fx.apk('v1v2v3'), 'x.apk'),
  inspected('filing: an APK with a resource table', () => fx.apk('labelled'), 'x.apk'),
  inspected('filing: an IPA (plist, provisioning profile)', () => fx.file('app.ipa'), 'x.ipa'),
  inspected('filing: a certificate', () => fx.file('dist.der'), 'x.cer'),
  {
    name: 'filing: the binary manifest alone',
    shortRuns: 200,
    seeds: async () => [await manifest()],
    call: (input) => parseBinaryXml(Buffer.from(input)),
    typed: (error) => error instanceof BinaryXmlError,
  },
  {
    name: 'filing: the binary Info.plist alone',
    shortRuns: 200,
    seeds: async () => [readFileSync(fx.file('Info.plist'))],
    call: (input) => readPlistDict(parse, Buffer.from(input), 'Info.plist'),
  },
])
