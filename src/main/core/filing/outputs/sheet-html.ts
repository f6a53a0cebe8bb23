import type { FilingCatalog, FilingDetail } from '../../../../shared/contract/filing'
import type { Localized } from '../../../../shared/contract/filing-flow'
import type { SupportedLocale } from '../../../../shared/contract/app'
import { translate } from '../../../../shared/i18n'
import { maskIdNumber, maskPhone } from '../../../../shared/format/mask'

export interface SheetOptions {
  locale: SupportedLocale
  masked: boolean
  what: 'summary' | 'checklist'
  /** Image attachments as data: URLs, by attachment id (unmasked sheets only). */
  images: ReadonlyMap<number, string>
  generatedAt: Date
}

const escape = (text: string) =>
  text.replace(
    /[&<>"']/g,
    (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[c] as string,
  )

/**
 * The filing summary sheet as one HTML document for Chromium's print pipeline: every field in the
 * order the consoles ask for it, then materials and progress. No script, no external resource.
 */
export function sheetHtml(filing: FilingDetail, catalog: FilingCatalog, options: SheetOptions): string {
  const { locale, masked } = options
  const t = (key: string, values: Record<string, string | number> = {}) =>
    translate(locale, `filing.${key}`, values)
  const loc = (text: Localized) => (locale === 'zh-CN' ? text.zh : text.en)
  const v = (text: string) => (text.trim() ? escape(text) : '<span class="empty">—</span>')
  const row = (label: string, value: string) => `<tr><th>${escape(label)}</th><td>${value}</td></tr>`
  const table = (rows: string[]) => `<table class="fields">${rows.join('')}</table>`
  const section = (title: string, body: string) => `<section><h2>${escape(title)}</h2>${body}</section>`
  const id = (text: string) => v(masked ? maskIdNumber(text) : text)
  const phone = (text: string) => v(masked && text.trim() ? maskPhone(text) : text)
  const mono = (text: string) => (text.trim() ? `<code>${escape(text)}</code>` : v(''))
  const provider = catalog.providers.find((p) => p.id === filing.provider)
  const province = catalog.provinces.find((p) => p.code === (filing.form.subject.province || filing.province))
  const { form } = filing

  const sheetTitle = t(options.what === 'summary' ? 'sheet.title' : 'sheet.checklistTitle')
  // The PDF's title (document info, a reader's title bar): the filing's name first.
  const title = `${filing.appName} · ${sheetTitle}`
  const head = `<header><h1>${escape(sheetTitle)}</h1>
    <p class="meta">${escape(filing.appName)} · ${escape(provider ? loc(provider.name) : filing.provider)} · ${escape(t(`types.${filing.filingType}`))} · ${escape(t(`status.${filing.status}`))}</p>
    <p class="meta">${escape(t('sheet.generated', { date: options.generatedAt.toISOString().slice(0, 16).replace('T', ' ') }))} · ${escape(t(masked ? 'sheet.masked' : 'sheet.unmasked'))}</p></header>`

  const materials = section(
    t('sections.materials'),
    `<ul class="checklist">${filing.materials
      .map(
        (m) =>
          `<li class="${m.ready ? 'ready' : ''}"><span class="box">${m.ready ? '☑' : '☐'}</span> <strong>${escape(loc(m.title))}</strong>${m.optional ? ` <em>${escape(t('materials.optional'))}</em>` : ''}<br><small>${escape(loc(m.note))}${m.attachments ? ` · ${escape(t('materials.attached', { count: m.attachments }))}` : ''}</small></li>`,
      )
      .join('')}</ul>${attachmentsHtml(filing, options, t)}`,
  )
  if (options.what === 'checklist') return documentHtml(locale, title, head + materials)

  const subject = section(
    t('sections.subject'),
    table([
      row(t('form.subjectType'), v(t(`subjectTypes.${form.subject.type}`))),
      row(t('form.subjectName'), v(form.subject.name)),
      row(t('form.certType'), v(t(`certTypes.${form.subject.certType}`))),
      row(
        t('form.certNumber'),
        form.subject.certType === 'resident-id' ? id(form.subject.certNumber) : v(form.subject.certNumber),
      ),
      row(t('form.certAddress'), v(form.subject.certAddress)),
      row(t('form.province'), v(province ? `${loc(province)} (${province.abbr})` : '')),
      row(t('form.city'), v(form.subject.city)),
      row(t('form.mailingAddress'), v(form.subject.mailingAddress)),
      row(t('form.subjectNumber'), v(form.subject.subjectNumber)),
    ]),
  )
  const principals = section(
    t('sections.principals'),
    form.principals
      .map(
        (p) =>
          `<h3>${escape(t(`roles.${p.role}`))}</h3>${table([
            row(t('form.personName'), v(p.name)),
            row(t('form.idType'), v(t(`idTypes.${p.idType}`))),
            row(t('form.idNumber'), id(p.idNumber)),
            row(
              t('form.idValidity'),
              v(
                `${p.idValidFrom || '…'} – ${p.idValidTo === 'long-term' ? t('form.longTerm') : p.idValidTo || '…'}`,
              ),
            ),
            row(t('form.mobile'), phone(p.mobile)),
            row(t('form.emergencyMobile'), phone(p.emergencyMobile)),
            row(t('form.email'), v(p.email)),
            row(t('form.isLegalRep'), v(t(p.isLegalRep ? 'sheet.yes' : 'sheet.no'))),
          ])}`,
      )
      .join(''),
  )
  const app = section(
    t('sections.app'),
    table([
      row(t('form.appName'), v(form.app.name)),
      row(t('form.serviceCategory'), v(form.app.serviceCategory)),
      row(t('form.language'), v(form.app.language)),
      row(t('form.remarks'), v(form.app.remarks)),
      row(t('form.providesSdk'), v(t(form.app.providesSdk ? 'sheet.yes' : 'sheet.no'))),
      row(t('form.appNumber'), v(filing.appNumber)),
    ]),
  )
  const platforms = section(
    t('sections.platforms'),
    form.platforms.length === 0
      ? `<p class="empty">—</p>`
      : form.platforms
          .map(
            (p) =>
              `<h3>${escape(t(`os.${p.os}`))}</h3>${table([
                row(t(p.os === 'ios' ? 'form.bundleId' : 'form.packageName'), mono(p.packageName)),
                row(t('form.signatureMd5'), mono(p.signatureMd5)),
                row(t('form.publicKey'), mono(p.publicKey)),
                row(t('form.platformDomains'), v(p.domains.join(', '))),
                ...(p.certificate
                  ? [
                      row(
                        t('form.certificate'),
                        `${escape(p.certificate.subject)}<br><small>${escape(t('form.certificateUntil', { date: p.certificate.notAfter.slice(0, 10) }))} · SHA-256 <code>${escape(p.certificate.sha256)}</code></small>`,
                      ),
                    ]
                  : []),
              ])}`,
          )
          .join(''),
  )
  const network = section(
    t('sections.network'),
    table([
      row(t('form.domains'), v(form.domains.join('\n')).replace(/\n/g, '<br>')),
      row(t('form.ips'), v(form.ips.join(', '))),
    ]),
  )
  const list = (headers: string[], rows: string[][]) =>
    rows.length === 0
      ? `<p class="empty">—</p>`
      : `<table class="list"><tr>${headers.map((h) => `<th>${escape(h)}</th>`).join('')}</tr>${rows.map((r) => `<tr>${r.map((c) => `<td>${v(c)}</td>`).join('')}</tr>`).join('')}</table>`
  const approvals = section(
    t('sections.preApprovals'),
    list(
      [t('form.sector'), t('form.licenceNumber'), t('form.issuer'), t('form.expiry')],
      form.preApprovals.map((p) => [t(`sectors.${p.sector}`), p.licenceNumber, p.issuer, p.expiry]),
    ),
  )
  const sdks = section(
    t('sections.sdks'),
    list(
      [t('form.sdkVendor'), t('form.sdkName'), t('form.sdkType')],
      form.sdks.map((s) => [s.vendor, s.name, s.type]),
    ),
  )
  const flow = catalog.flows.find((f) => f.id === filing.flowId)
  const progress = section(
    t('sections.progress'),
    `<table class="list"><tr><th>${escape(t('sheet.step'))}</th><th>${escape(t('sheet.stepStatus'))}</th><th>${escape(t('sheet.stepDates'))}</th></tr>${filing.steps
      .map((s) => {
        const step = flow?.steps.find((f) => f.key === s.key)
        const dates = [s.startedAt?.slice(0, 10), s.doneAt?.slice(0, 10)].filter(Boolean).join(' → ')
        return `<tr><td>${escape(step ? loc(step.title) : s.key)}${s.note ? `<br><small>${escape(s.note)}</small>` : ''}</td><td>${escape(t(`stepStatus.${s.status}`))}</td><td>${v(dates)}</td></tr>`
      })
      .join('')}</table>`,
  )
  return documentHtml(
    locale,
    title,
    head + subject + principals + app + platforms + network + approvals + sdks + materials + progress,
  )
}

function attachmentsHtml(
  filing: FilingDetail,
  options: SheetOptions,
  t: (key: string, values?: Record<string, string | number>) => string,
): string {
  if (filing.attachments.length === 0) return ''
  const items = filing.attachments
    .map((a) => {
      const image = options.images.get(a.id)
      return `<figure>${image ? `<img src="${image}" alt="">` : ''}<figcaption>${escape(a.name)}</figcaption></figure>`
    })
    .join('')
  const note = options.masked ? `<p class="note">${escape(t('sheet.imagesHidden'))}</p>` : ''
  return `<h3>${escape(t('sections.attachments'))}</h3>${note}<div class="attachments">${items}</div>`
}

function documentHtml(locale: SupportedLocale, title: string, body: string): string {
  return `<!doctype html><html lang="${locale}"><head><meta charset="utf-8"><title>${escape(title)}</title><style>
  body { font-family: ${locale === 'en' ? "'Helvetica Neue', Arial, 'Liberation Sans', 'DejaVu Sans', " : ''}'Noto Sans CJK SC', 'Source Han Sans SC', 'PingFang SC', 'Microsoft YaHei', sans-serif; font-size: 10pt; color: #1d1f23; line-height: 1.5; margin: 0; }
  header { border-bottom: 2px solid #2f5f8f; padding-bottom: 6pt; margin-bottom: 10pt; }
  h1 { font-size: 17pt; margin: 0 0 4pt; color: #2f5f8f; }
  h2 { font-size: 12pt; margin: 14pt 0 6pt; padding-bottom: 2pt; border-bottom: 1px solid #cfccc2; break-after: avoid; }
  h3 { font-size: 10.5pt; margin: 8pt 0 4pt; break-after: avoid; }
  .meta { margin: 0; color: #5a5d63; }
  table { width: 100%; border-collapse: collapse; break-inside: auto; }
  tr { break-inside: avoid; }
  .fields th { width: 28%; text-align: left; font-weight: 600; color: #4a4d53; vertical-align: top; padding: 3pt 8pt 3pt 0; }
  .fields td, .list td { padding: 3pt 0; vertical-align: top; }
  .list th { text-align: left; background: #eef2f7; padding: 3pt 6pt; }
  .list td { padding: 3pt 6pt; border-bottom: 1px solid #e0ded6; }
  .fields tr { border-bottom: 1px solid #eceae3; }
  code { font-family: 'Noto Sans Mono CJK SC', 'DejaVu Sans Mono', monospace; font-size: 8.5pt; word-break: break-all; white-space: pre-wrap; }
  .empty { color: #9a9ca1; }
  .checklist { list-style: none; padding: 0; margin: 0; }
  .checklist li { padding: 3pt 0; border-bottom: 1px solid #eceae3; break-inside: avoid; }
  .checklist .box { font-size: 12pt; }
  .checklist small, .fields small { color: #5a5d63; }
  .note { color: #8a5a00; }
  .attachments { display: flex; flex-wrap: wrap; gap: 8pt; }
  figure { margin: 0; width: 48%; break-inside: avoid; }
  figure img { max-width: 100%; max-height: 90mm; border: 1px solid #cfccc2; }
  figcaption { font-size: 8.5pt; color: #5a5d63; }
  </style></head><body>${body}</body></html>`
}
