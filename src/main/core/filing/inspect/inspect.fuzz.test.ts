import { readFileSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'
import fc from 'fast-check'
import { parse } from '@plist/parse'
import { describe, expect, it } from 'vitest'
import { endsWithResultOrAppError, FUZZ_RUNS, mutationOf } from '../../test-support/fuzz'
import { useTempDirs } from '../../test-support/temp-dir'
import { filingFixtures } from '../test-support/apk-fixtures'
import { BinaryXmlError, parseBinaryXml } from './binary-xml'
import { inspectFile } from './inspect-file'
import { readPlistDict } from './plist-reader'
import { ZipReader } from './zip-reader'

const tempDir = useTempDirs()

/** Mutated copies of a real file, each inspected as a user's file: a result or an AppError, within 2 s. */
async function fuzzFile(sample: string, name: string) {
  const bytes = readFileSync(sample)
  const dir = tempDir()
  const path = join(dir, name)
  await inspectFile(sample) // loads what inspection loads lazily, outside the 2 s of each input
  const outcomes = { result: 0, refused: 0 }
  await fc.assert(
    fc.asyncProperty(mutationOf(bytes), async (input) => {
      writeFileSync(path, input)
      outcomes[await endsWithResultOrAppError(() => inspectFile(path))]++
    }),
    { numRuns: FUZZ_RUNS },
  )
  expect(outcomes.result + outcomes.refused).toBe(FUZZ_RUNS)
}

describe('fuzzing what inspects apps people send (zip reader, binary XML, signing block, IPA)', () => {
  const fx = filingFixtures()

  it('a signed APK (v1, v2, v3 blocks), mutated', () => fuzzFile(fx.apk('v1v2v3'), 'x.apk'), 120_000)
  it('an APK with a resource table, mutated', () => fuzzFile(fx.apk('labelled'), 'x.apk'), 120_000)
  it('an IPA (plist, provisioning profile), mutated', () => fuzzFile(fx.file('app.ipa'), 'x.ipa'), 120_000)
  it('a certificate, mutated', () => fuzzFile(fx.file('dist.der'), 'x.cer'), 120_000)

  it('the binary manifest alone: parsed or BinaryXmlError, nothing else', async () => {
    const zip = await ZipReader.open(fx.apk('labelled'))
    const entry = zip.find('AndroidManifest.xml')
    const manifest = await zip.read(entry!, { maxBytes: 1 << 20, maxRatio: 1000 })
    fc.assert(
      fc.property(mutationOf(manifest), (input) => {
        const started = Date.now()
        try {
          parseBinaryXml(input)
        } catch (error) {
          expect(error).toBeInstanceOf(BinaryXmlError)
        }
        expect(Date.now() - started).toBeLessThan(2000)
      }),
      { numRuns: FUZZ_RUNS * 5 },
    )
  })

  it('the binary Info.plist alone: a dictionary or a translated refusal', async () => {
    const plist = readFileSync(fx.file('Info.plist'))
    await fc.assert(
      fc.asyncProperty(mutationOf(plist), async (input) => {
        await endsWithResultOrAppError(async () => readPlistDict(parse, input, 'Info.plist'))
      }),
      { numRuns: FUZZ_RUNS * 5 },
    )
  })
})
