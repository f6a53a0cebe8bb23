import { useState } from 'react'
import type { SignatureReport, VerifyReport } from '../../../../../shared/contract/certify'
import { paperdesk } from '../../../app/api'
import { useToasts } from '../../../app/toasts/toast-context'
import { commonNameOf } from './certify-labels'

/** The last verified PDF and its report; trusting a certificate checks the same file again. */
export function useVerify(onTrustChanged: () => void) {
  const { showError, showStatus } = useToasts()
  const [report, setReport] = useState<VerifyReport | null>(null)
  const [busy, setBusy] = useState(false)

  const run = async (path?: string) => {
    setBusy(true)
    try {
      const next = await paperdesk().certify.verifyPdf(path ? { path } : {})
      if (next) setReport(next)
    } catch (e) {
      showError(e)
    } finally {
      setBusy(false)
    }
  }

  const trust = async (signature: SignatureReport) => {
    const root = signature.chain.at(-1)
    if (!root || !report) return
    try {
      const added = await paperdesk().certify.trustCertificate({ der: root.der })
      showStatus((t) => t('certify.verify.trustedNow', { name: commonNameOf(added.subject) }))
      onTrustChanged()
    } catch (e) {
      showError(e)
      return
    }
    await run(report.path)
  }

  return { report, busy, choose: () => run(), again: () => report && run(report.path), trust }
}

export type VerifyState = ReturnType<typeof useVerify>
