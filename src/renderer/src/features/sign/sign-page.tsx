import { useRef, useState, type KeyboardEvent } from 'react'
import { useTranslation } from 'react-i18next'
import type { Signature } from '../../../../shared/contract/sign'
import { PageFrame } from '../../app/page/page-frame'
import { PaperImport } from './capture/paper-import'
import { CertificatesView } from './certify/certificates-view'
import { useIdentities } from './certify/use-identities'
import { useTrusted } from './certify/use-trusted'
import { useVerify } from './certify/use-verify'
import { VerifyView } from './certify/verify-view'
import { SignatureCapture } from './capture/signature-capture'
import { DocumentWorkspace } from './document/document-workspace'
import { useSignDocument } from './document/use-sign-document'
import { HistoryView } from './history/history-view'
import { useHistory } from './history/use-history'
import { SignatureLibraryList } from './library/signature-library-list'
import { SealImport } from './marks/seal-import'
import { TextMarkMaker } from './marks/text-mark-maker'
import { useSignatureLibrary } from './library/use-signature-library'
import './sign.css'
import './capture/capture.css'
import './document/workspace.css'
import './certify/certify.css'
import './marks/marks.css'

const TABS = ['document', 'signatures', 'history', 'certificates', 'verify'] as const
type Tab = (typeof TABS)[number]

export function SignPage() {
  const { t } = useTranslation()
  const library = useSignatureLibrary()
  const history = useHistory()
  const document = useSignDocument(() => void history.refresh())
  const identities = useIdentities()
  const trusted = useTrusted()
  const verify = useVerify(() => void trusted.refresh())
  const [tab, setTab] = useState<Tab>('document')
  // The audit record the Verify tab pointed at, marked in History.
  const [shownRecord, setShownRecord] = useState<number | null>(null)
  const [editing, setEditing] = useState<Signature | null>(null)
  const tabRefs = useRef<Record<Tab, HTMLButtonElement | null>>({
    document: null,
    signatures: null,
    history: null,
    certificates: null,
    verify: null,
  })
  const signatures = library.signatures ?? []

  const choose = (id: Tab) => {
    setTab(id)
    if (id !== 'history') setShownRecord(null)
    if (id === 'history') void history.refresh()
    if (id === 'document') void library.refresh()
    if (id === 'certificates') {
      void identities.refresh()
      void trusted.refresh()
    }
  }

  const showRecord = (recordId: number) => {
    choose('history')
    setShownRecord(recordId)
  }

  const onTabKey = (e: KeyboardEvent) => {
    const i = TABS.indexOf(tab)
    const next =
      e.key === 'ArrowRight'
        ? TABS[(i + 1) % TABS.length]
        : e.key === 'ArrowLeft'
          ? TABS[(i + TABS.length - 1) % TABS.length]
          : null
    if (!next) return
    choose(next)
    tabRefs.current[next]?.focus()
  }

  const onSaved = () => {
    setEditing(null)
    void library.refresh()
  }

  return (
    <PageFrame page="sign" title={t('sign.title')}>
      <div className="sign-tabs" role="tablist" aria-label={t('sign.tabs.label')} onKeyDown={onTabKey}>
        {TABS.map((id) => (
          <button
            key={id}
            ref={(el) => {
              tabRefs.current[id] = el
            }}
            type="button"
            role="tab"
            id={`sign-tab-${id}`}
            aria-selected={tab === id}
            aria-controls={`sign-panel-${id}`}
            tabIndex={tab === id ? 0 : -1}
            className="sign-tabs__tab"
            data-testid={`sign-tab-${id}`}
            onClick={() => choose(id)}
          >
            {t(`sign.tabs.${id}`)}
          </button>
        ))}
      </div>
      <div
        role="tabpanel"
        id={`sign-panel-${tab}`}
        aria-labelledby={`sign-tab-${tab}`}
        className="sign-tabpanel"
      >
        {tab === 'document' && (
          <DocumentWorkspace
            state={document}
            signatures={signatures}
            onHistoryChanged={() => void history.refresh()}
            onManageCertificates={() => choose('certificates')}
          />
        )}
        {tab === 'signatures' && (
          <div className="sign-columns">
            <div className="sign-columns__main">
              <SignatureCapture
                key={editing?.id ?? 'new'}
                editing={editing}
                nextNumber={signatures.length + 1}
                onSaved={onSaved}
              />
              <PaperImport onSaved={onSaved} />
              <SealImport onSaved={onSaved} />
              <TextMarkMaker onSaved={onSaved} />
            </div>
            <SignatureLibraryList
              library={library}
              onEdit={(s) => {
                setEditing(s)
                window.scrollTo({ top: 0 })
              }}
            />
          </div>
        )}
        {tab === 'history' && <HistoryView records={history.records} highlight={shownRecord} />}
        {tab === 'certificates' && <CertificatesView identities={identities} trusted={trusted} />}
        {tab === 'verify' && <VerifyView state={verify} onShowRecord={showRecord} />}
      </div>
    </PageFrame>
  )
}
