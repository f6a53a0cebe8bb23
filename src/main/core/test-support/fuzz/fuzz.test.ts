import { certificateTarget, cmsTarget, derTarget, pkcs12Target } from './crypto-targets'
import { fuzzSuite } from './fuzz-suite'
import { verifyPdfTarget, xrefTarget } from './pdf-targets'

fuzzSuite('fuzzing the parsers of untrusted bytes (DER, PKCS#12, certificates, CMS, PDF signatures)', [
  derTarget,
  pkcs12Target,
  certificateTarget,
  cmsTarget,
  verifyPdfTarget,
  xrefTarget,
])
