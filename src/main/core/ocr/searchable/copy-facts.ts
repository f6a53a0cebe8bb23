import { userError } from '../../../../shared/app-error'

/** What decides whether a PDF may be copied with a text layer. */
export interface CopyFacts {
  pageCount: number
  /** Signature dictionaries it carries (a copy cannot keep them valid). */
  signatures: number
}

/** The refusal to rewrite a signed PDF without consent (light: the door throws it before any worker runs). */
export function signedPdf(name: string) {
  return userError(
    'FORBIDDEN',
    'ocr.signed-pdf',
    '{{name}} carries digital signatures, which a copy with a text layer cannot keep; make the copy only if an unsigned copy is what you want',
    { name },
  )
}
