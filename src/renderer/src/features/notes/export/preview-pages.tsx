import { useMemo, useState } from 'react'
import { useTranslation } from 'react-i18next'

export interface PreviewPage {
  data: Uint8Array
  width: number
  height: number
}

const WIDTH_CSS = 220

/** The first pages of the export as main drew them (JPEG pictures; the renderer parses no PDF). */
export function PreviewPages({ pages }: { pages: readonly PreviewPage[] }) {
  const { t } = useTranslation()
  const urls = useDataUrls(pages)
  const [loaded, setLoaded] = useState<ReadonlySet<string>>(new Set())
  const [failed, setFailed] = useState(false)
  return (
    <div className="pdf-pages" data-testid="export-preview-pages">
      {failed && <p role="alert">{t('notes.export.previewUnreadable')}</p>}
      {urls.map((url, i) => (
        <figure key={i} className="pdf-pages__page">
          <img
            src={url}
            alt={t('notes.export.previewPage', { page: i + 1 })}
            width={WIDTH_CSS}
            height={Math.round((WIDTH_CSS * pages[i]!.height) / pages[i]!.width)}
            data-testid="export-preview-page"
            data-rendered={loaded.has(url) ? 'true' : undefined}
            onLoad={() => setLoaded((s) => new Set(s).add(url))}
            onError={() => setFailed(true)}
          />
          <figcaption>{t('notes.export.previewPage', { page: i + 1 })}</figcaption>
        </figure>
      ))}
    </div>
  )
}

/** `data:` URLs for the pictures (a few tens of KB each; nothing to revoke when they go). */
function useDataUrls(pages: readonly PreviewPage[]): string[] {
  return useMemo(() => pages.map((p) => `data:image/jpeg;base64,${base64(p.data)}`), [pages])
}

function base64(bytes: Uint8Array): string {
  let binary = ''
  for (let i = 0; i < bytes.length; i += 0x8000)
    binary += String.fromCharCode(...bytes.subarray(i, i + 0x8000))
  return btoa(binary)
}
