import type { SignatureReport } from '../../../../../shared/contract/certify'

export type Tone = 'good' | 'warn' | 'bad'

/** The plain-language reading of one signature: translation keys under `certify.verify.*`. */
export interface SignatureVerdict {
  tone: Tone
  verdict: 'valid' | 'validChanged' | 'invalidChanged' | 'invalidSignature' | 'unchecked'
  covers: 'whole' | 'laterSignatures' | 'changed' | 'unknown'
  certificate: 'validAtSigning' | 'invalidAtSigning'
  trust: 'trusted' | 'selfSigned' | 'untrusted'
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
  const covers: SignatureVerdict['covers'] = !s.valid
    ? !s.digestMatches
      ? 'changed'
      : 'unknown'
    : s.appended === 'nothing'
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
    trust: s.trusted ? 'trusted' : s.selfSigned ? 'selfSigned' : 'untrusted',
  }
}
