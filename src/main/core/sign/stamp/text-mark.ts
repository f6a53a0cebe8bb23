import { createHash } from 'node:crypto'
import { userError } from '../../../../shared/app-error'
import type { SignatureArt } from '../ink-art'
import type { ResolvedSignature } from '../signature-library'
import { stampShape } from './stamp-text'

/** Units per em of a text mark's art: fine enough that the SVG's two-decimal numbers lose nothing. */
const ART_UNITS = 1000
export const TEXT_MARK_MAX = 60
export const TEXT_MARK_COLOR = '#1f1f1f'

/**
 * A text mark — a name, 同意, 已核对, a contract number — as vector art from the bundled font: the
 * box is the line's advance wide and the font's ascent plus descent high, so marks of the same
 * size line up. Placed, scaled, rotated and audited exactly like a drawn signature.
 */
export function textMarkArt(
  text: string,
  color = TEXT_MARK_COLOR,
): Extract<SignatureArt, { kind: 'vector' }> {
  const line = text.trim()
  if (line === '' || /[\r\n]/.test(line))
    throw userError('VALIDATION', 'sign.text-mark-empty', 'a text mark is one line of text')
  if ([...line].length > TEXT_MARK_MAX)
    throw userError(
      'VALIDATION',
      'sign.text-mark-long',
      `a text mark has at most ${TEXT_MARK_MAX} characters`,
      {
        max: TEXT_MARK_MAX,
      },
    )
  const shape = stampShape(line, color, ART_UNITS)
  return {
    kind: 'vector',
    minX: 0,
    minY: -shape.ascentEm * ART_UNITS,
    width: shape.widthEm * ART_UNITS,
    height: (shape.ascentEm + shape.descentEm) * ART_UNITS,
    paths: shape.paths,
  }
}

/** A text mark ready to place (no library entry): the audit names it by its text. */
export function resolveTextMark(text: string, color = TEXT_MARK_COLOR): ResolvedSignature {
  const art = textMarkArt(text, color)
  const sha256 = createHash('sha256').update(`text-mark\n${text.trim()}\n${color}`).digest('hex')
  return { id: null, name: text.trim(), sha256, art }
}
