import type { Signature } from '../../../../../shared/contract/sign'
import type { PageSize, SealStrip } from '../../../../../shared/format/seal-strips'
import { useAppState } from '../../../app/state/app-state'

/**
 * This page's strip of the cross-page seal, where export draws it: the whole seal placed mostly
 * off the page, clipped to the strip flush with the edge.
 */
export function CrossSealStrip({
  strip,
  seal,
  page,
}: {
  strip: SealStrip | undefined
  seal: Signature | undefined
  page: PageSize
}) {
  const { info } = useAppState()
  if (!strip || !seal) return null
  const { clip } = strip
  const pct = (v: number) => `${v * 100}%`
  return (
    <div
      className="cross-strip"
      data-testid="sign-cross-strip"
      data-strip={`${strip.index + 1}/${strip.count}`}
      style={{
        left: pct(clip.x / page.width),
        top: pct(clip.y / page.height),
        width: pct(clip.width / page.width),
        height: pct(clip.height / page.height),
      }}
    >
      <img
        src={`${info?.assetBaseUrl ?? ''}${seal.previewPath}`}
        alt=""
        draggable={false}
        style={{
          left: pct((strip.seal.x - clip.x) / clip.width),
          width: pct(strip.seal.width / clip.width),
        }}
      />
    </div>
  )
}
