import { useState } from 'react'
import { useTranslation } from 'react-i18next'
import type { Signature } from '../../../../../shared/contract/sign'
import { paperdesk } from '../../../app/api'
import { useToasts } from '../../../app/toasts/toast-context'

/**
 * A 骑缝章 over scanned pages (photos or scans, one file per page) treated as one document: the
 * user picks the seal and where it goes, then the scans in page order; each gets its strip.
 */
export function ScanSealCard({ signatures }: { signatures: readonly Signature[] }) {
  const { t } = useTranslation()
  const { showError, showStatus } = useToasts()
  const seals = signatures.filter((s) => s.role === 'seal')
  const [sealId, setSealId] = useState<number | null>(null)
  const [edge, setEdge] = useState<'right' | 'left'>('right')
  const [y, setY] = useState(0.5)
  const [width, setWidth] = useState(0.2)
  const [busy, setBusy] = useState(false)
  const chosen = seals.find((s) => s.id === sealId) ?? seals[0]
  if (!chosen) return null

  const run = async () => {
    setBusy(true)
    try {
      const result = await paperdesk().signMarks.crossSealScans({
        crossSeal: { sealId: chosen.id, edge, y, width, pages: 'all' },
      })
      if (result) showStatus((tr) => tr('signMarks.scans.done', { count: result.items.length }))
    } catch (e) {
      showError(e)
    } finally {
      setBusy(false)
    }
  }

  return (
    <section
      className="sign-card scan-seal"
      aria-labelledby="sign-scan-seal-title"
      data-testid="sign-scan-seal"
    >
      <h2 id="sign-scan-seal-title" className="sign-card__title">
        {t('signMarks.scans.title')}
      </h2>
      <p className="sign-card__hint">{t('signMarks.scans.hint')}</p>
      <div className="scan-seal__fields">
        <label className="field">
          <span className="field__label">{t('signMarks.cross.seal')}</span>
          <select className="select" value={chosen.id} onChange={(e) => setSealId(Number(e.target.value))}>
            {seals.map((s) => (
              <option key={s.id} value={s.id}>
                {s.name}
              </option>
            ))}
          </select>
        </label>
        <label className="field">
          <span className="field__label">{t('signMarks.cross.edge')}</span>
          <select
            className="select"
            value={edge}
            onChange={(e) => setEdge(e.target.value === 'left' ? 'left' : 'right')}
          >
            <option value="right">{t('signMarks.cross.edges.right')}</option>
            <option value="left">{t('signMarks.cross.edges.left')}</option>
          </select>
        </label>
        <label className="field">
          <span className="field__label">
            {t('signMarks.cross.y')} <output>{Math.round(y * 100)}%</output>
          </span>
          <input
            type="range"
            min={0}
            max={1}
            step={0.01}
            value={y}
            onChange={(e) => setY(Number(e.target.value))}
          />
        </label>
        <label className="field">
          <span className="field__label">
            {t('signMarks.cross.width')} <output>{Math.round(width * 100)}%</output>
          </span>
          <input
            type="range"
            min={0.04}
            max={0.4}
            step={0.01}
            value={width}
            onChange={(e) => setWidth(Number(e.target.value))}
          />
        </label>
      </div>
      <div className="button-row">
        <button
          type="button"
          className="button"
          data-testid="sign-scan-seal-run"
          disabled={busy}
          onClick={() => void run()}
        >
          {t('signMarks.scans.choose')}
        </button>
      </div>
    </section>
  )
}
