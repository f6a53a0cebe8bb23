import { useEffect, useState } from 'react'
import { useTranslation } from 'react-i18next'
import type { PaperPhoto, Signature } from '../../../../../shared/contract/sign'
import { paperdesk } from '../../../app/api'
import { useAppState } from '../../../app/state/app-state'
import { useToasts } from '../../../app/toasts/toast-context'

const INKS = ['#111111', '#1a3caa', '#8c1c1c']

/**
 * A photo of a signature on paper turned into ink: main thresholds it with sharp; the preview is
 * an image URL per setting, so the slider shows the result live without bytes over the contract.
 */
export function PaperImport({ onSaved }: { onSaved: (signature: Signature) => void }) {
  const { t } = useTranslation()
  const { info } = useAppState()
  const { showError, showStatus } = useToasts()
  const [photo, setPhoto] = useState<PaperPhoto | null>(null)
  const [threshold, setThreshold] = useState(140)
  const [rotate, setRotate] = useState<0 | 90 | 180 | 270>(0)
  const [color, setColor] = useState(INKS[0] as string)
  const [name, setName] = useState('')
  const [previewPath, setPreviewPath] = useState<string | null>(null)
  const [noInk, setNoInk] = useState(false)
  const [busy, setBusy] = useState(false)

  useEffect(() => {
    if (!photo) return
    let current = true
    const timer = window.setTimeout(() => {
      paperdesk()
        .sign.paperInkPreviewPath({ token: photo.token, ink: { threshold, rotate, color } })
        .then(({ path }) => current && setPreviewPath(path), showError)
    }, 60)
    return () => {
      current = false
      window.clearTimeout(timer)
    }
  }, [photo, threshold, rotate, color, showError])

  const open = async () => {
    try {
      const opened = await paperdesk().sign.openPaperPhoto()
      if (!opened) return
      setPhoto(opened)
      setName(t('sign.paper.defaultName'))
      setRotate(0)
    } catch (e) {
      showError(e)
    }
  }

  const save = async () => {
    if (!photo) return
    setBusy(true)
    try {
      const saved = await paperdesk().sign.savePaperSignature({
        token: photo.token,
        name: name.trim() || t('sign.paper.defaultName'),
        ink: { threshold, rotate, color },
      })
      showStatus((tr) => tr('sign.pad.saved', { name: saved.name }))
      setPhoto(null)
      setPreviewPath(null)
      onSaved(saved)
    } catch (e) {
      showError(e)
    } finally {
      setBusy(false)
    }
  }

  return (
    <section className="sign-card" aria-labelledby="sign-paper-title">
      <h2 id="sign-paper-title" className="sign-card__title">
        {t('sign.paper.title')}
      </h2>
      <p className="sign-card__hint">{t('sign.paper.hint')}</p>
      {!photo && (
        <div className="button-row">
          <button type="button" className="button" data-testid="sign-paper-open" onClick={() => void open()}>
            {t('sign.paper.open')}
          </button>
        </div>
      )}
      {photo && (
        <div className="paper" data-testid="sign-paper">
          <div className="paper__preview checkerboard">
            {previewPath && !noInk && (
              <img
                src={`${info?.assetBaseUrl ?? ''}${previewPath}`}
                alt={t('sign.paper.previewLabel', { name: photo.name })}
                data-testid="sign-paper-preview"
                onLoad={() => setNoInk(false)}
                onError={() => setNoInk(true)}
              />
            )}
            {noInk && <p className="paper__no-ink">{t('sign.paper.noInk')}</p>}
          </div>
          <div className="paper__controls">
            <label className="field">
              <span className="field__label">{t('sign.paper.threshold')}</span>
              <input
                type="range"
                min={30}
                max={240}
                value={threshold}
                data-testid="sign-paper-threshold"
                onChange={(e) => {
                  setNoInk(false)
                  setThreshold(Number(e.target.value))
                }}
              />
              <span className="field__hint">{t('sign.paper.thresholdHint')}</span>
            </label>
            <div className="field">
              <span className="field__label">{t('sign.paper.color')}</span>
              <div className="swatches">
                {INKS.map((ink) => (
                  <button
                    key={ink}
                    type="button"
                    className="swatch"
                    aria-pressed={color === ink}
                    aria-label={ink}
                    style={{ background: ink }}
                    onClick={() => setColor(ink)}
                  />
                ))}
              </div>
            </div>
            <button
              type="button"
              className="button"
              data-testid="sign-paper-rotate"
              onClick={() => setRotate((r) => ((r + 90) % 360) as 0 | 90 | 180 | 270)}
            >
              {t('sign.paper.rotate')}
            </button>
            <label className="field">
              <span className="field__label">{t('sign.pad.name')}</span>
              <input
                className="input"
                data-testid="sign-paper-name"
                value={name}
                maxLength={80}
                onChange={(e) => setName(e.target.value)}
              />
            </label>
            <div className="button-row">
              <button
                type="button"
                className="button button--primary"
                data-testid="sign-paper-save"
                disabled={busy || noInk}
                onClick={() => void save()}
              >
                {t('sign.paper.save')}
              </button>
              <button type="button" className="button" onClick={() => setPhoto(null)}>
                {t('sign.paper.cancel')}
              </button>
            </div>
          </div>
        </div>
      )}
    </section>
  )
}
