import { createHash } from 'node:crypto'
import type { CheckedPlacement, OutputFormat, SignRecord } from '../../../shared/contract/sign'
import { userError } from '../../../shared/app-error'
import type { Certification } from '../../../shared/contract/certify'
import { buildGroupArt, stampText, type GroupArt } from './group-art'
import { placeGroup, type PageBox, type PlacedGroup } from './place-group'
import type { ResolvedSignature } from './signature-library'
import type { CertifyDetails, Signer } from './certify/certify-pdf'

// What every output of a signing shares, images and PDFs alike: the placements with their
// signatures, the output's choices, and where each signature group lands on its page.

/** A placement with its signature looked up (library entry or a file given to the CLI). */
export interface ResolvedPlacement {
  placement: CheckedPlacement
  signature: ResolvedSignature
}

export interface OutputChoice {
  format: OutputFormat
  quality: number
  flatten: boolean
}

export interface SignedBytes {
  bytes: Uint8Array
  pageCount: number
  placements: SignRecord['placements']
  certification: Certification | null
}

/** A cryptographic signature to add to the output: an unlocked key and the fields readers show. */
export interface CertifyChoice {
  signer: Signer
  identityId: number | null
  details: CertifyDetails
}

export const sha256Hex = (data: Uint8Array) => createHash('sha256').update(data).digest('hex')

export interface Laid {
  placed: PlacedGroup
  page: number
  opacity: number
  key: string
  audit: SignRecord['placements'][number]
}

export function layOut(
  placements: readonly ResolvedPlacement[],
  pages: readonly PageBox[],
  now: Date,
): Laid[] {
  const groups = new Map<string, GroupArt>()
  return placements.map(({ placement, signature }) => {
    const page = pages[placement.page]
    if (!page)
      throw userError('VALIDATION', 'sign.page-missing', `the document has no page ${placement.page + 1}`, {
        page: placement.page + 1,
        pages: pages.length,
      })
    const text = placement.stamp ? stampText(placement.stamp, now) : undefined
    const key = `${signature.sha256}\n${text ?? ''}`
    const group = groups.get(key) ?? buildGroupArt(signature.art, text)
    groups.set(key, group)
    const placed = placeGroup(group, placement, page)
    return {
      placed,
      page: placement.page,
      opacity: placement.opacity,
      key,
      audit: {
        page: placement.page,
        ...placed.signatureBox,
        rotate: placement.rotate,
        opacity: placement.opacity,
        signatureId: signature.id,
        signatureName: signature.name,
        signatureSha256: signature.sha256,
        ...(text ? { stampText: text } : {}),
      },
    }
  })
}
