import { useTranslation } from 'react-i18next'
import type { Signature } from '../../../../../shared/contract/sign'
import { useAppState } from '../../../app/state/app-state'

/** A signature's trimmed preview on a paper-white card (ink stays readable in the dark theme). */
export function SignatureThumb({ signature, height = 48 }: { signature: Signature; height?: number }) {
  const { t } = useTranslation()
  const { info } = useAppState()
  return (
    <span className="signature-thumb" style={{ height }}>
      <img
        src={`${info?.assetBaseUrl ?? ''}${signature.previewPath}`}
        alt={t('sign.library.previewAlt', { name: signature.name })}
        draggable={false}
      />
    </span>
  )
}
