import { useRef, type KeyboardEvent, type PointerEvent } from 'react'
import { useTranslation } from 'react-i18next'
import type { Signature } from '../../../../../shared/contract/sign'
import { useAppState } from '../../../app/state/app-state'
import {
  groupSize,
  STAMP_BASELINE_EM,
  STAMP_LINE_EM,
  stampPreview,
  type PlacedSignature,
} from './placement-model'

type Corner = 'nw' | 'ne' | 'sw' | 'se'

/**
 * The stamp line as SVG text in em × 100 units, its baseline where main puts it (0.15 em of gap,
 * then the font's ascent), so the preview and the export line up exactly.
 */
function StampLine({ text, widthEm }: { text: string; widthEm: number }) {
  const w = Math.round(widthEm * 100)
  return (
    <svg
      className="placement__stamp"
      data-testid="sign-placement-stamp-text"
      viewBox={`0 0 ${w} ${STAMP_LINE_EM * 100}`}
      preserveAspectRatio="xMinYMin meet"
      aria-hidden="true"
    >
      <text x="0" y={STAMP_BASELINE_EM * 100} fontSize="100">
        {text}
      </text>
    </svg>
  )
}

interface Drag {
  mode: 'move' | Corner
  startX: number
  startY: number
  origin: PlacedSignature
}

/**
 * One placed signature over the page: drag it to move, drag a corner to resize (the aspect
 * follows the signature), arrow keys nudge, Delete removes. Positions are fractions of the page,
 * so zooming never changes where it sits.
 */
export function PlacementBox({
  placement,
  signature,
  selected,
  pageSize,
  pageElement,
  onSelect,
  onChange,
  onRemove,
}: {
  placement: PlacedSignature
  signature: Signature | undefined
  selected: boolean
  pageSize: { width: number; height: number }
  pageElement: () => HTMLElement | null
  onSelect: () => void
  onChange: (patch: Partial<PlacedSignature>) => void
  onRemove: () => void
}) {
  const { t } = useTranslation()
  const { info } = useAppState()
  const drag = useRef<Drag | null>(null)
  const p = placement

  // The element says what dragging it does (`data-drag`): move the box, or resize from a corner.
  const begin = (e: PointerEvent<HTMLElement>) => {
    const mode = (e.currentTarget.dataset['drag'] ?? 'move') as Drag['mode']
    if (e.button !== 0) return
    e.stopPropagation()
    e.preventDefault()
    onSelect()
    ;(e.currentTarget as HTMLElement).setPointerCapture(e.pointerId)
    drag.current = { mode, startX: e.clientX, startY: e.clientY, origin: p }
  }

  const move = (e: PointerEvent<HTMLElement>) => {
    const d = drag.current
    const box = pageElement()?.getBoundingClientRect()
    if (!d || !box) return
    const dx = (e.clientX - d.startX) / box.width
    const dy = (e.clientY - d.startY) / box.height
    const o = d.origin
    if (d.mode === 'move') {
      onChange({ x: o.x + dx, y: o.y + dy })
      return
    }
    // The corners are the whole group's (signature and stamp): it scales as one.
    const west = d.mode === 'nw' || d.mode === 'sw'
    const north = d.mode === 'nw' || d.mode === 'ne'
    const start = groupSize(o, pageSize)
    const startWidth = start.width / pageSize.width
    const startHeight = start.height / pageSize.height
    const groupWidth = Math.max(0.03, startWidth + (west ? -dx : dx))
    const f = groupWidth / startWidth
    onChange({
      width: o.width * f,
      x: west ? o.x + startWidth - groupWidth : o.x,
      y: north ? o.y + startHeight * (1 - f) : o.y,
    })
  }

  const end = () => {
    drag.current = null
  }

  const onKey = (e: KeyboardEvent<HTMLDivElement>) => {
    const step = e.shiftKey ? 0.02 : 0.004
    const moves: Record<string, [number, number]> = {
      ArrowLeft: [-step, 0],
      ArrowRight: [step, 0],
      ArrowUp: [0, -step],
      ArrowDown: [0, step],
    }
    const m = moves[e.key]
    if (m) {
      e.preventDefault()
      onChange({ x: p.x + m[0], y: p.y + m[1] })
    } else if (e.key === 'Delete' || e.key === 'Backspace') {
      e.preventDefault()
      onRemove()
    }
  }

  const size = groupSize(p, pageSize)
  return (
    <div
      className={`placement${selected ? ' placement--selected' : ''}`}
      data-testid="sign-placement"
      data-key={p.key}
      data-x={p.x}
      data-y={p.y}
      data-width={p.width}
      data-height={size.sigHeight / pageSize.height}
      data-group-width={size.width / pageSize.width}
      data-group-height={size.height / pageSize.height}
      role="button"
      tabIndex={0}
      aria-pressed={selected}
      aria-label={signature?.name ?? ''}
      style={{
        left: `${p.x * 100}%`,
        top: `${p.y * 100}%`,
        width: `${(size.width / pageSize.width) * 100}%`,
        opacity: p.opacity,
        transform: p.rotate ? `rotate(${p.rotate}deg)` : undefined,
      }}
      data-drag="move"
      onPointerDown={begin}
      onPointerMove={move}
      onPointerUp={end}
      onPointerCancel={end}
      onKeyDown={onKey}
      onFocus={onSelect}
    >
      <div
        className="placement__sig"
        style={{ width: `${(size.sigWidth / size.width) * 100}%`, aspectRatio: String(p.aspect) }}
      >
        {signature && (
          <img src={`${info?.assetBaseUrl ?? ''}${signature.previewPath}`} alt="" draggable={false} />
        )}
      </div>
      {p.stamp && <StampLine text={stampPreview(p.stamp)} widthEm={size.width / size.em} />}
      {selected &&
        (['nw', 'ne', 'sw', 'se'] as const).map((corner) => (
          <span
            key={corner}
            className={`placement__handle placement__handle--${corner}`}
            data-testid={`sign-placement-handle-${corner}`}
            aria-label={t('sign.place.handle')}
            data-drag={corner}
            onPointerDown={begin}
            onPointerMove={move}
            onPointerUp={end}
            onPointerCancel={end}
          />
        ))}
    </div>
  )
}
