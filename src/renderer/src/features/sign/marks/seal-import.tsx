import { useEffect, useState } from 'react'
import { useTranslation } from 'react-i18next'
import type { PaperPhoto, Signature } from '../../../../../shared/contract/sign'
import { paperdesk } from '../../../app/api'
import { useAppState } from '../../../app/state/app-state'
import { useToasts } from '../../../app/toasts/toast-context'

/**
 * A photo of a red seal lifted into a transparent seal: main picks the ink by hue and strength
 * (sharp); the preview is an image URL per setting, so the sliders show the result live.
 */
export function SealImport({ onSaved }: { onSaved: (seal: Signature) => void }) {
  const { t } = useTranslation()
  const { info } = useAppState()
  const { showError, showStatus } = useToasts()
  const [photo, setPhoto] = useState<PaperPhoto | null>(null)
  const [hue, setHue] = useState(0)
  const [threshold, setThreshold] = useState(60)
  const [name, setName] = useState('')
  const [previewPath, setPreviewPath] = useState<string | null>(null)
  // The preview that found no ink: a later setting's preview replaces the message.
  const [failed, setFailed] = useState<string | null>(null)
  const [busy, setBusy] = useState(false)

  useEffect(() => {
    if (!photo) return
    let current = true
    const timer = window.setTimeout(() => {
      paperdesk()
        .signMarks.sealPreviewPath({ token: photo.token, seal: { hue, threshold } })
        .then(({ path }) => current && setPreviewPath(path), showError)
    }, 60)
    return () => {
      current = false
      window.clearTimeout(timer)
    }
  }, [photo, hue, threshold, showError])

  const open = async () => {
    try {
      const opened = await paperdesk().signMarks.openSealPhoto()
      if (!opened) return
      setPhoto(opened)
      setName(t('signMarks.seal.defaultName'))
      setFailed(null)
    } catch (e) {
      showError(e)
    }
  }

  const save = async () => {
    if (!photo) return
    setBusy(true)
    try {
      const saved = await paperdesk().signMarks.saveSeal({
        token: photo.token,
        name: name.trim() || t('signMarks.seal.defaultName'),
        seal: { hue, threshold },
      })
      showStatus((tr) => tr('signMarks.seal.saved', { name: saved.name }))
      setPhoto(null)
      setPreviewPath(null)
      onSaved(saved)
    } catch (e) {
      showError(e)
    } finally {
      setBusy(false)
    }
  }

  const slide = (set: (v: number) => void) => (e: { target: { value: string } }) =>
    set(Number(e.target.value))
  const noInk = previewPath !== null && failed === previewPath

  return (
    <section className="sign-card" aria-labelledby="sign-seal-title" data-testid="sign-seal-import">
      <h2 id="sign-seal-title" className="sign-card__title">
        {t('signMarks.seal.title')}
      </h2>
      <p className="sign-card__hint">{t('signMarks.seal.hint')}</p>
      {!photo && (
        <div className="button-row">
          <button type="button" className="button" data-testid="sign-seal-open" onClick={() => void open()}>
            {t('signMarks.seal.open')}
          </button>
        </div>
      )}
      {photo && (
        <div className="paper" data-testid="sign-seal">
          <div className="paper__preview checkerboard">
            {previewPath && !noInk && (
              <img
                src={`${info?.assetBaseUrl ?? ''}${previewPath}`}
                alt={t('signMarks.seal.previewLabel', { name: photo.name })}
                data-testid="sign-seal-preview"
                onError={() => setFailed(previewPath)}
              />
            )}
            {noInk && (
              <p className="paper__no-ink" data-testid="sign-seal-no-ink">
                {t('signMarks.seal.noInk')}
              </p>
            )}
          </div>
          <div className="paper__controls">
            <label className="field">
              <span className="field__label">
                {t('signMarks.seal.hue')} <output>{hue}°</output>
              </span>
              <input
                type="range"
                className="seal-hue"
                min={0}
                max={359}
                value={hue}
                data-testid="sign-seal-hue"
                onChange={slide(setHue)}
              />
              <span className="field__hint">{t('signMarks.seal.hueHint')}</span>
            </label>
            <label className="field">
              <span className="field__label">
                {t('signMarks.seal.threshold')} <output>{threshold}</output>
              </span>
              <input
                type="range"
                min={10}
                max={200}
                value={threshold}
                data-testid="sign-seal-threshold"
                onChange={slide(setThreshold)}
              />
              <span className="field__hint">{t('signMarks.seal.thresholdHint')}</span>
            </label>
            <label className="field">
              <span className="field__label">{t('signMarks.seal.name')}</span>
              <input
                className="input"
                data-testid="sign-seal-name"
                value={name}
                maxLength={80}
                onChange={(e) => setName(e.target.value)}
              />
            </label>
            <div className="button-row">
              <button
                type="button"
                className="button button--primary"
                data-testid="sign-seal-save"
                disabled={busy || noInk}
                onClick={() => void save()}
              >
                {t('signMarks.seal.save')}
              </button>
              <button type="button" className="button" onClick={() => setPhoto(null)}>
                {t('signMarks.seal.cancel')}
              </button>
            </div>
          </div>
        </div>
      )}
    </section>
  )
}
