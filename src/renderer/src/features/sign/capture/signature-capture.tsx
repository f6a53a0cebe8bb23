import { useEffect, useRef, useState } from 'react'
import { useTranslation } from 'react-i18next'
import type { Signature } from '../../../../../shared/contract/sign'
import { paperdesk } from '../../../app/api'
import { useToasts } from '../../../app/toasts/toast-context'
import { useSignaturePad } from './use-signature-pad'

const BLACK = '#111111'
const BLUE = '#1a3caa'

/** The pad: pen colour and width, undo/redo/clear, a name, and saving to the library. */
export function SignatureCapture({
  editing,
  nextNumber,
  onSaved,
}: {
  /** A drawn signature whose strokes to put back on the pad. */
  editing: Signature | null
  nextNumber: number
  onSaved: (signature: Signature) => void
}) {
  const { t } = useTranslation()
  const { showError, showStatus } = useToasts()
  const canvasRef = useRef<HTMLCanvasElement>(null)
  const [color, setColor] = useState(BLACK)
  const [width, setWidth] = useState(3)
  const [name, setName] = useState(editing?.name ?? '')
  const [saving, setSaving] = useState(false)
  const pad = useSignaturePad(canvasRef, { color, width })
  const { load } = pad

  useEffect(() => {
    if (!editing) return
    let current = true
    paperdesk()
      .sign.signatureStrokes({ id: editing.id })
      .then((strokes) => {
        if (current && strokes) load(strokes.map((g) => ({ ...g, compositeOperation: 'source-over' })))
      }, showError)
    return () => {
      current = false
    }
  }, [editing, load, showError])

  const save = async () => {
    const strokes = pad.strokes()
    if (strokes.length === 0) return
    setSaving(true)
    try {
      const saved = await paperdesk().sign.saveDrawnSignature({
        name: name.trim() || t('sign.pad.defaultName', { n: nextNumber }),
        strokes,
      })
      showStatus((tr) => tr('sign.pad.saved', { name: saved.name }))
      pad.clear()
      setName('')
      onSaved(saved)
    } catch (e) {
      showError(e)
    } finally {
      setSaving(false)
    }
  }

  const custom = color !== BLACK && color !== BLUE
  return (
    <section className="sign-card" aria-labelledby="sign-pad-title">
      <h2 id="sign-pad-title" className="sign-card__title">
        {t('sign.pad.title')}
      </h2>
      <p className="sign-card__hint">
        {editing ? t('sign.pad.editing', { name: editing.name }) : t('sign.pad.hint')}
      </p>
      <div className="pad-toolbar" role="toolbar" aria-label={t('sign.pad.title')}>
        <div className="swatches" role="radiogroup" aria-label={t('sign.paper.color')}>
          {[
            { value: BLACK, label: t('sign.pad.black'), id: 'black' },
            { value: BLUE, label: t('sign.pad.blue'), id: 'blue' },
          ].map((c) => (
            <button
              key={c.id}
              type="button"
              role="radio"
              aria-checked={color === c.value}
              className="swatch"
              data-testid={`sign-pad-color-${c.id}`}
              title={c.label}
              aria-label={c.label}
              style={{ background: c.value }}
              onClick={() => setColor(c.value)}
            />
          ))}
          <label
            className={`swatch swatch--custom${custom ? ' swatch--on' : ''}`}
            title={t('sign.pad.custom')}
          >
            <input
              type="color"
              aria-label={t('sign.pad.custom')}
              data-testid="sign-pad-color-custom"
              value={custom ? color : '#7a2a8c'}
              onChange={(e) => setColor(e.target.value)}
            />
          </label>
        </div>
        <label className="pad-width">
          <span>{t('sign.pad.penWidth')}</span>
          <input
            type="range"
            min={1}
            max={8}
            step={0.5}
            value={width}
            data-testid="sign-pad-width"
            onChange={(e) => setWidth(Number(e.target.value))}
          />
        </label>
        <span className="pad-toolbar__spacer" />
        <div className="pad-toolbar__actions">
          <button
            type="button"
            className="button"
            data-testid="sign-pad-undo"
            disabled={!pad.canUndo}
            onClick={pad.undo}
          >
            {t('sign.pad.undo')}
          </button>
          <button
            type="button"
            className="button"
            data-testid="sign-pad-redo"
            disabled={!pad.canRedo}
            onClick={pad.redo}
          >
            {t('sign.pad.redo')}
          </button>
          <button
            type="button"
            className="button"
            data-testid="sign-pad-clear"
            disabled={!pad.canUndo}
            onClick={pad.clear}
          >
            {t('sign.pad.clear')}
          </button>
        </div>
      </div>
      <div className="pad-surface">
        <canvas
          ref={canvasRef}
          className="pad-surface__canvas"
          data-testid="sign-pad"
          data-strokes={pad.strokeCount}
          aria-label={t('sign.pad.canvasLabel')}
        />
        <div className="pad-surface__line" aria-hidden="true">
          <span>{t('sign.pad.baseline')}</span>
        </div>
      </div>
      <div className="pad-save">
        <label className="field">
          <span className="field__label">{t('sign.pad.name')}</span>
          <input
            className="input"
            data-testid="sign-pad-name"
            value={name}
            maxLength={80}
            placeholder={t('sign.pad.namePlaceholder')}
            onChange={(e) => setName(e.target.value)}
          />
        </label>
        <button
          type="button"
          className="button button--primary"
          data-testid="sign-pad-save"
          disabled={!pad.canUndo || saving}
          title={pad.canUndo ? undefined : t('sign.pad.empty')}
          onClick={() => void save()}
        >
          {t('sign.pad.save')}
        </button>
      </div>
    </section>
  )
}
