/** English reasons for refused certificates, identity files and keys (`certify.reasons.*`, sign/crypto). */
export const certifyReasonsEn = {
  'certificate-unreadable': 'This is not a certificate Paperdesk can read (.cer, .crt, .der, .pem or .p7b).',
  'common-name-invalid': 'Enter a name of 1 to 64 characters.',
  'organization-invalid': 'The organization name can be at most 64 characters.',
  'email-invalid': '“{{email}}” is not an email address.',
  'days-invalid': 'The certificate must be valid for 1 to {{max}} days.',
  'algorithm-unsupported': 'Paperdesk cannot make keys of type {{algorithm}}.',
  'p12-not-p12': 'This file is not a PKCS#12 identity (.p12 or .pfx), or it is damaged.',
  'p12-wrong-password': 'The password is wrong, or the file was changed.',
  'p12-unsupported':
    'This identity file is protected with {{algorithm}}, which Paperdesk cannot read. Export it again with current settings.',
  'p12-no-key': 'This identity file has no private key with a matching certificate, so it cannot sign.',
  'key-unsupported': 'A key of this kind ({{type}}) cannot sign here: use an RSA or ECDSA key.',
  'key-mismatch': 'The private key does not belong to the certificate.',
}
