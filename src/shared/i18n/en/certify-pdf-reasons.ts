/** English reasons for refused signing identities and PDF signatures (`certify.reasons.*`). */
export const certifyPdfReasonsEn = {
  'pdf-broken-xref':
    '{{name}} has a damaged cross-reference table ({{detail}}). Open it in a PDF reader, save a copy, and sign the copy.',
  'signature-too-large': 'The certificate chain is too large to embed in the PDF.',
  'identity-missing': 'There is no signing identity {{id}}.',
  'identity-exists': 'This certificate is already one of your identities ({{name}}).',
  'passphrase-needed': 'Choose a passphrase of at least {{min}} characters to protect the private key.',
  'passphrase-missing': 'Enter the passphrase of {{name}}.',
  'passphrase-wrong': 'The passphrase of {{name}} is wrong.',
  'key-store-unavailable':
    'The key of {{name}} is kept by the system key store of the Paperdesk app: sign with it in the app.',
  'certificate-expired':
    'The certificate of {{name}} expired on {{date}}. Readers will flag the signature; sign anyway only if you must.',
  'certificate-not-yet-valid': 'The certificate of {{name}} is valid only from {{date}}.',
  'needs-pdf': 'A cryptographic signature needs PDF output.',
  'flatten-signed':
    'This PDF is already signed: flattening its form would break the earlier signatures. Sign without flattening.',
}
