import { spawnSync } from 'node:child_process'
import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import { DataStore } from '../../../db/data-store'
import { SignatureLibrary } from '../../signature-library'
import { SignRecords } from '../../sign-records'
import { signToFile } from '../../sign-to-file'
import { scribble } from '../../test-support/sign-fixtures'
import { certifyWithIdentity, createIdentity } from '../identity-actions'
import { IdentityStore } from '../identity-store'
import { verifyPdf } from '../verify-pdf'
import { CertifyRequestSchema, NewIdentitySchema } from '../../../../../shared/contract/certify'
import { PlacementSchema } from '../../../../../shared/contract/sign'

/** poppler's verifier: the independent judge of what we write. */
export function pdfsig(file: string): string {
  const run = spawnSync('pdfsig', [file], { encoding: 'utf8' })
  return `${run.stdout}${run.stderr}`
}

/**
 * A data folder in `dir` with a drawn signature and an identity (张三, passphrase
 * 'correct horse'); `sign` puts the signature on a page and signs with the identity.
 */
export async function certifyWorkspace(dir: string) {
  const store = new DataStore(join(dir, 'data'))
  const library = new SignatureLibrary(store)
  const records = new SignRecords(store)
  const identities = new IdentityStore(store, () => null)
  const signature = await library.saveDrawn('张三', scribble())
  const identity = createIdentity(
    identities,
    NewIdentitySchema.parse({
      commonName: '张三',
      organization: '某某科技有限公司',
      email: 'zhangsan@example.cn',
      passphrase: 'correct horse',
    }),
  )
  const placement = (page: number) => ({
    placement: PlacementSchema.parse({
      page,
      x: 0.55,
      y: 0.75,
      width: 0.3,
      rotate: 0,
      opacity: 1,
      signatureId: signature.id,
    }),
    signature: library.resolve(signature.id),
  })
  const sign = async (input: string, output: string, page = 0, passphrase = 'correct horse') =>
    signToFile(store, records, {
      inputPath: input,
      outputPath: output,
      placements: [placement(page)],
      output: { format: 'pdf', quality: 90, flatten: false },
      origin: 'cli',
      certify: certifyWithIdentity(
        identities,
        CertifyRequestSchema.parse({
          identityId: identity.id,
          passphrase,
          reason: '同意',
          location: '北京',
        }),
      ),
    })
  /** The visible mark alone, no certificate. */
  const mark = async (input: string, output: string, page = 0, flatten = false) =>
    signToFile(store, records, {
      inputPath: input,
      outputPath: output,
      placements: [placement(page)],
      output: { format: 'pdf', quality: 90, flatten },
      origin: 'cli',
    })
  return { dir, store, records, identities, identity, sign, mark }
}

/** Our verifier with nothing trusted. */
export const check = (path: string) => verifyPdf(path, readFileSync(path), { trusted: [] })
