import type { SignatureReport } from '../../../../../shared/contract/certify'

export type Tone = 'good' | 'warn' | 'bad'

/** The plain-language reading of one signature: translation keys under `certify.verify.*`. */
export interface SignatureVerdict {
  tone: Tone
  verdict: 'valid' | 'validChanged' | 'invalidChanged' | 'invalidSignature' | 'unchecked'
  covers: 'whole' | 'laterSignatures' | 'changed' | 'unknown'
  certificate: 'validAtSigning' | 'invalidAtSigning'
  /** `invalid`: an invalid signature has no signer to trust, so neither trust nor a way to give it. */
  trust: 'trusted' | 'selfSigned' | 'untrusted' | 'invalid'
  /** Offer "trust this certificate": only for an intact signature from a certificate not yet trusted. */
  canTrust: boolean
}

/** What the report says, in the order a person asks: is it good, what does it cover, whom to believe. */
export function readSignature(s: SignatureReport): SignatureVerdict {
  const verdict: SignatureVerdict['verdict'] = !s.valid
    ? !s.digestMatches
      ? 'invalidChanged'
      : !s.signatureValid
        ? 'invalidSignature'
        : 'unchecked'
    : s.appended === 'changes'
      ? 'validChanged'
      : 'valid'
  // What the byte range covers, whatever its digest says (the verdict says that).
  const covers: SignatureVerdict['covers'] = s.coversWholeFile
    ? 'whole'
    : s.appended === 'signatures'
      ? 'laterSignatures'
      : 'changed'
  const tone: Tone =
    verdict === 'valid'
      ? s.validAtSigning
        ? 'good'
        : 'warn'
      : verdict === 'validChanged' || verdict === 'unchecked'
        ? 'warn'
        : 'bad'
  return {
    tone,
    verdict,
    covers,
    certificate: s.validAtSigning ? 'validAtSigning' : 'invalidAtSigning',
    trust: !s.valid ? 'invalid' : s.trusted ? 'trusted' : s.selfSigned ? 'selfSigned' : 'untrusted',
    canTrust: s.valid && !s.trusted && s.chain.length > 0,
  }
}
