/** Cryptography of PDF signatures: identities, PKCS#12, CMS signing and checking, chains. One import point. */
export { createSelfSignedIdentity, type KeyAlgorithm, type NewIdentityRequest } from './certificate'
export { certificateInfo, readCertificateFile, type CertificateInfo } from './certificate-info'
export { readPkcs12 } from './pkcs12'
export { createCmsSignature, type CmsSignRequest, type SubFilter } from './cms'
export { verifyCmsSignature, type CmsCheck } from './cms-verify'
export { checkChain, type ChainCheck } from './trust'
