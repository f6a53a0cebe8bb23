import { useState } from 'react'
import type { CertifyRequest, Identity } from '../../../../../shared/contract/certify'
import { useIdentities } from './use-identities'

export interface CertifyChoice {
  /** "Also sign with a certificate" is ticked. */
  on: boolean
  identityId: number | null
  passphrase: string
  reason: string
  location: string
  contact: string
  /** ETSI.CAdES.detached instead of adbe.pkcs7.detached. */
  pades: boolean
  allowExpired: boolean
}

/** Why the signed copy cannot be saved yet with this choice, or null. */
export type CertifyBlocker = 'noIdentity' | 'passphrase' | 'expired' | null

const initial: CertifyChoice = {
  on: false,
  identityId: null,
  passphrase: '',
  reason: '',
  location: '',
  contact: '',
  pades: false,
  allowExpired: false,
}

/** The export panel's digital-signature choice, and the `certify` request it makes. */
export function useCertifyChoice() {
  const { identities } = useIdentities()
  const [choice, setChoice] = useState<CertifyChoice>(initial)
  const list = identities ?? []
  // Until the user picks, the first identity still valid (else the first) is the one.
  const selected: Identity | null =
    list.find((i) => i.id === choice.identityId) ?? list.find((i) => !i.expired) ?? list[0] ?? null
  const needsPassphrase = selected?.keyProtection === 'passphrase'

  const blocker: CertifyBlocker = !choice.on
    ? null
    : !selected
      ? 'noIdentity'
      : needsPassphrase && choice.passphrase === ''
        ? 'passphrase'
        : selected.expired && !choice.allowExpired
          ? 'expired'
          : null

  const update = (patch: Partial<CertifyChoice>) => setChoice((c) => ({ ...c, ...patch }))

  /** What `exportDocument` gets as `certify`; undefined when not signing digitally. */
  const request = (): CertifyRequest | undefined => {
    if (!choice.on || !selected) return undefined
    return {
      identityId: selected.id,
      ...(needsPassphrase ? { passphrase: choice.passphrase } : {}),
      reason: choice.reason,
      location: choice.location,
      contact: choice.contact,
      subFilter: choice.pades ? 'ETSI.CAdES.detached' : 'adbe.pkcs7.detached',
      allowExpired: selected.expired && choice.allowExpired,
    }
  }

  return { choice, update, identities, selected, needsPassphrase, blocker, request }
}

export type CertifyChoiceState = ReturnType<typeof useCertifyChoice>
