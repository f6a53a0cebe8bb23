import { createIdentity, certifyWithIdentity } from '../src/main/core/sign/certify/identity-actions'
import { IdentityStore } from '../src/main/core/sign/certify/identity-store'
import { produceSigned } from '../src/main/core/sign/sign-file'
import { strokesToArt } from '../src/main/core/sign/strokes-to-art'
import { scribble } from '../src/main/core/sign/test-support/sign-fixtures'
import { DataStore } from '../src/main/core/db/data-store'
import { PointGroupSchema } from '../src/shared/contract/sign'
import { mkdtempSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { measure } from './measure'
import { recordResult } from './results'
import { contract, PAGES } from './sign-pdf.bench'
import { CertifyRequestSchema, NewIdentitySchema } from '../src/shared/contract/certify'

// Issue 8: a visible mark plus a cryptographic signature (RSA-2048, incremental update, CMS)
// on the 14-page PDF, against the visible mark alone, in the same run. Target: ≤ 150 ms added.
export async function benchSignCertify(): Promise<void> {
  const dir = mkdtempSync(join(tmpdir(), 'paperdesk-bench-certify-'))
  const store = new DataStore(join(dir, 'data'))
  try {
    const bytes = await contract()
    const art = strokesToArt(PointGroupSchema.array().parse(scribble()))
    const signature = { id: 1, name: 'bench', sha256: '0'.repeat(64), art }
    const placements = [
      {
        placement: { signatureId: 1, page: PAGES - 1, x: 0.6, y: 0.85, width: 0.25, rotate: 0, opacity: 1 },
        signature,
      },
    ]
    const identities = new IdentityStore(store, () => null)
    const identity = createIdentity(
      identities,
      NewIdentitySchema.parse({ commonName: '张三', passphrase: 'bench passphrase' }),
    )
    const output = { format: 'pdf' as const, quality: 90, flatten: false }

    const mark = await measure('visible mark alone', 15, () =>
      produceSigned(bytes, 'contract.pdf', placements, output),
    )
    const signed = await measure('visible mark + certificate signature', 15, () =>
      produceSigned(
        bytes,
        'contract.pdf',
        placements,
        output,
        new Date(),
        certifyWithIdentity(
          identities,
          CertifyRequestSchema.parse({ identityId: identity.id, passphrase: 'bench passphrase' }),
        ),
      ),
    )
    const added = signed.medianMs - mark.medianMs
    console.log(
      `8 certify: ${signed.medianMs.toFixed(1)} ms vs ${mark.medianMs.toFixed(1)} ms for the mark alone: +${added.toFixed(1)} ms (${(signed.medianMs / mark.medianMs).toFixed(2)}×)`,
    )
    recordResult('8', {
      value: Math.round(added * 10) / 10,
      unit: 'ms added by the cryptographic signature (median)',
      baseline: Math.round(mark.medianMs * 10) / 10,
      ratio: Math.round((signed.medianMs / mark.medianMs) * 100) / 100,
      signedMs: Math.round(signed.medianMs * 10) / 10,
      limits: { addedMs: 150 },
    })
  } finally {
    store.close()
    rmSync(dir, { recursive: true, force: true })
  }
}
