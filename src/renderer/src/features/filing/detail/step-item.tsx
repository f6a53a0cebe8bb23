import { useState } from 'react'
import { useTranslation } from 'react-i18next'
import type { FilingStep, StepStatus } from '../../../../../shared/contract/filing'
import type { FlowStep } from '../../../../../shared/contract/filing-flow'
import { useAppState } from '../../../app/state/app-state'
import { useLocalized } from '../use-catalog'
import { formatMoment } from '../use-now'

/** One step of the flow: who acts, how long it takes, its tips, its status, ETA and note. */
export function StepItem({
  step,
  flowStep,
  busy,
  onStatus,
  onNote,
  children,
}: {
  step: FilingStep
  flowStep: FlowStep | undefined
  busy: boolean
  onStatus: (status: StepStatus) => void
  onNote: (note: string) => void
  children?: React.ReactNode
}) {
  const { t } = useTranslation()
  const { locale } = useAppState()
  const loc = useLocalized()
  const [note, setNote] = useState(step.note)
  const duration = flowStep?.duration
  const durationText = duration ? t(`filing.duration.${duration.kind}`, duration) : null
  const next: StepStatus[] =
    step.status === 'todo' ? ['doing', 'done'] : step.status === 'doing' ? ['done', 'todo'] : ['todo']
  return (
    <li
      className={`step step--${step.status}`}
      data-testid="filing-step"
      data-key={step.key}
      data-status={step.status}
    >
      <div className="step__marker" aria-hidden="true">
        {step.status === 'done' ? '✓' : ''}
      </div>
      <div className="step__body">
        <div className="step__head">
          <h3 className="step__title">{flowStep ? loc(flowStep.title) : step.key}</h3>
          <span className={`step-status step-status--${step.status}`}>
            {t(`filing.stepStatus.${step.status}`)}
          </span>
        </div>
        {flowStep && step.status !== 'done' && (
          <p className="step__description">{loc(flowStep.description)}</p>
        )}
        <p className="step__facts">
          {flowStep && (
            <span>{t('filing.steps.actor', { actor: t(`filing.actors.${flowStep.actor}`) })}</span>
          )}
          {durationText && <span>{t('filing.steps.duration', { duration: durationText })}</span>}
          {step.startedAt && (
            <span>{t('filing.steps.started', { date: formatMoment(step.startedAt, locale) })}</span>
          )}
          {step.doneAt && (
            <span>{t('filing.steps.finished', { date: formatMoment(step.doneAt, locale) })}</span>
          )}
        </p>
        {step.expected && (
          <p className={`step__eta${step.expected.overdue ? ' is-overdue' : ''}`} data-testid="step-eta">
            {t(
              step.expected.overdue ? 'filing.steps.expectedOverdue' : 'filing.steps.expected',
              step.expected,
            )}
            <small data-testid="step-eta-holidays" data-unknown={step.expected.holidaysUnknown.join(' ')}>
              {' '}
              {step.expected.holidaysUnknown.length > 0
                ? t('filing.steps.holidaysUnknown', { years: step.expected.holidaysUnknown.join(', ') })
                : t('filing.steps.holidaysKnown')}
            </small>
          </p>
        )}
        {children}
        <div className="step__actions">
          {next.map((status) => (
            <button
              key={status}
              type="button"
              className={status === 'done' ? 'button button--primary' : 'button'}
              data-testid={`step-${status}`}
              disabled={busy}
              onClick={() => onStatus(status)}
            >
              {t(
                status === 'doing'
                  ? 'filing.steps.markDoing'
                  : status === 'done'
                    ? 'filing.steps.markDone'
                    : 'filing.steps.markTodo',
              )}
            </button>
          ))}
        </div>
        {flowStep && step.status !== 'done' && flowStep.tips.length > 0 && (
          <details className="step__tips">
            <summary>{t('filing.steps.tips')}</summary>
            <ul>
              {flowStep.tips.map((tip, i) => (
                <li key={i} className={`tip tip--${tip.kind}`}>
                  {loc(tip.text)}{' '}
                  <small className="tip__source">{t('filing.steps.source', { source: tip.source })}</small>
                </li>
              ))}
            </ul>
          </details>
        )}
        <details className="step__note" open={step.note !== ''}>
          <summary>{t('filing.steps.note')}</summary>
          <textarea
            className="input"
            rows={2}
            value={note}
            placeholder={t('filing.steps.notePlaceholder')}
            onChange={(e) => setNote(e.target.value)}
          />
          <button
            type="button"
            className="button"
            disabled={busy || note === step.note}
            onClick={() => onNote(note)}
          >
            {t('filing.steps.saveNote')}
          </button>
        </details>
      </div>
    </li>
  )
}
