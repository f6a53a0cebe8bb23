// Certify contract values without zod, for the CLI's cold start (certify.ts builds its schemas on them).

/** Key types a new signing identity can have. */
export const keyAlgorithms = ['rsa-2048', 'rsa-3072', 'ecdsa-p256'] as const
/** How the CMS signature is labelled in the PDF. */
export const subFilters = ['adbe.pkcs7.detached', 'ETSI.CAdES.detached'] as const
