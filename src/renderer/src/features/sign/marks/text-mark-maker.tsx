import { useEffect, useState } from 'react'
import { useTranslation } from 'react-i18next'
import type { Signature } from '../../../../../shared/contract/sign'
import type { TextOutline } from '../../../../../shared/contract/sign-marks'
import { paperdesk } from '../../../app/api'
import { describeError } from '../../../app/call-error'
import { useToasts } from '../../../app/toasts/toast-context'

const COLORS = { black: '#1f1f1f', red: '#c8161d', blue: '#1a3caa' } as const
type ColorName = keyof typeof COLORS

/**
 * A mark made of text (a name, 同意, 已核对): the preview is the very outlines main will draw,
 * from the bundled font; a character the font lacks is named before anything is saved.
 */
export function TextMarkMaker({ onSaved }: { onSaved: (mark: Signature) => void }) {
  const { t } = useTranslation()
  const { showError, showStatus } = useToasts()
  const [text, setText] = useState('')
  const [name, setName] = useState('')
  const [color, setColor] = useState<ColorName>('black')
  const [outline, setOutline] = useState<TextOutline | null>(null)
  const [problem, setProblem] = useState<string | null>(null)
  const [busy, setBusy] = useState(false)

  const blank = text.trim() === ''
  useEffect(() => {
    if (blank) return
    let current = true
    const timer = window.setTimeout(() => {
      paperdesk()
        .signMarks.textOutline({ text, color: COLORS[color] })
        .then(
          (o) => {
            if (!current) return
            setOutline(o)
            setProblem(null)
          },
          (e: unknown) => {
            if (!current) return
            setOutline(null)
            setProblem(describeError(t, e))
          },
        )
    }, 120)
    return () => {
      current = false
      window.clearTimeout(timer)
    }
  }, [blank, text, color, t])

  // A blank field shows nothing, whatever the last answer was.
  const shown = blank ? null : outline
  const shownProblem = blank ? null : problem

  const save = async () => {
    setBusy(true)
    try {
      const saved = await paperdesk().signMarks.saveTextMark({
        text,
        color: COLORS[color],
        ...(name.trim() ? { name: name.trim() } : {}),
      })
      showStatus((tr) => tr('signMarks.text.saved', { name: saved.name }))
      setText('')
      setName('')
      onSaved(saved)
    } catch (e) {
      showError(e)
    } finally {
      setBusy(false)
    }
  }

  return (
    <section className="sign-card" aria-labelledby="sign-text-mark-title" data-testid="sign-text-mark">
      <h2 id="sign-text-mark-title" className="sign-card__title">
        {t('signMarks.text.title')}
      </h2>
      <p className="sign-card__hint">{t('signMarks.text.hint')}</p>
      <div className="text-mark">
        <div className="text-mark__fields">
          <label className="field">
            <span className="field__label">{t('signMarks.text.text')}</span>
            <input
              className="input"
              data-testid="sign-text-mark-text"
              value={text}
              maxLength={60}
              placeholder={t('signMarks.text.textPlaceholder')}
              aria-invalid={shownProblem ? true : undefined}
              aria-describedby={shownProblem ? 'sign-text-mark-problem' : undefined}
              onChange={(e) => setText(e.target.value)}
            />
          </label>
          <label className="field">
            <span className="field__label">{t('signMarks.text.name')}</span>
            <input
              className="input"
              data-testid="sign-text-mark-name"
              value={name}
              maxLength={80}
              placeholder={t('signMarks.text.namePlaceholder')}
              onChange={(e) => setName(e.target.value)}
            />
          </label>
          <div className="field">
            <span className="field__label">{t('signMarks.text.color')}</span>
            <div className="swatches">
              {(Object.keys(COLORS) as ColorName[]).map((c) => (
                <button
                  key={c}
                  type="button"
                  className="swatch"
                  aria-pressed={color === c}
                  aria-label={t(`signMarks.text.colors.${c}`)}
                  style={{ background: COLORS[c] }}
                  onClick={() => setColor(c)}
                />
              ))}
            </div>
          </div>
        </div>
        <div className="text-mark__preview checkerboard" data-testid="sign-text-mark-preview">
          {shown && (
            <svg
              role="img"
              aria-label={t('signMarks.text.previewLabel')}
              viewBox={shown.viewBox.join(' ')}
              preserveAspectRatio="xMidYMid meet"
            >
              {shown.paths.map((p, i) => (
                <path key={i} d={p.d} fill={p.fill} />
              ))}
            </svg>
          )}
        </div>
      </div>
      {shownProblem && (
        <p
          id="sign-text-mark-problem"
          className="field__hint sign-warning"
          data-testid="sign-text-mark-problem"
        >
          {shownProblem}
        </p>
      )}
      <div className="button-row">
        <button
          type="button"
          className="button button--primary"
          data-testid="sign-text-mark-save"
          disabled={busy || !shown || shownProblem !== null}
          onClick={() => void save()}
        >
          {t('signMarks.text.save')}
        </button>
      </div>
    </section>
  )
}
