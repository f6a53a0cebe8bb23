import { PRINT_FONT_FAMILY } from './print-fonts'

/**
 * The bundled Noto Sans SC first (print-fonts.ts: the same PDF on every machine, embedded as CID
 * TrueType), then UI fonts that carry Chinese for any character it lacks.
 */
export const PRINT_FONTS = `'${PRINT_FONT_FAMILY}', -apple-system, 'Segoe UI', 'PingFang SC', 'Hiragino Sans GB', 'Microsoft YaHei',
  'Noto Sans CJK SC', 'Source Han Sans SC', 'WenQuanYi Micro Hei', sans-serif`

/**
 * Paperdesk's print stylesheet, applied after CKEditor's content styles: always the light theme,
 * Chinese-capable fonts, a table of contents with dotted leaders, each note's title as its only
 * <h1>, page breaks honoured, figures and table rows never cut across pages. A bare <table>
 * (imported before imports took the editor's figure.table form) prints as the editor shows it.
 */
export const PRINT_CSS = `
:root { color-scheme: light; --ck-content-font-family: ${PRINT_FONTS}; --ck-content-font-size: 11pt;
  --ck-content-font-color: #1f2328; --ck-content-line-height: 1.6; }
html, body { margin: 0; padding: 0; background: #fff; color: #1f2328; }
body { font-family: ${PRINT_FONTS}; font-size: 11pt; -webkit-print-color-adjust: exact; print-color-adjust: exact; }
.pd-toc { break-after: page; }
.pd-toc__title { font-size: 18pt; font-weight: 600; margin: 0 0 14pt; }
.pd-toc__list { list-style: none; margin: 0; padding: 0; }
.pd-toc__entry { display: flex; align-items: baseline; gap: 6pt; margin: 0 0 6pt; font-size: 11pt; }
.pd-toc__name { color: inherit; text-decoration: none; flex: 0 1 auto; overflow: hidden; text-overflow: ellipsis; white-space: nowrap; max-width: 85%; }
.pd-toc__dots { flex: 1 1 auto; border-bottom: 1px dotted #8a8f98; transform: translateY(-3pt); min-width: 12pt; }
.pd-toc__page { flex: 0 0 3.5em; text-align: right; font-variant-numeric: tabular-nums; }
.pd-note + .pd-note { margin-top: 24pt; }
.pd-note--new-page + .pd-note--new-page { margin-top: 0; break-before: page; }
.pd-note__title { font-size: 20pt; font-weight: 650; margin: 0 0 4pt; }
.pd-note__meta { color: #6a6f78; font-size: 9pt; margin: 0 0 14pt; }
.ck-content h2, .ck-content h3, .ck-content h4, .ck-content h5 { break-after: avoid; line-height: 1.35; }
.ck-content figure, .ck-content img, .ck-content tr, .ck-content pre { break-inside: avoid; }
.ck-content img { max-width: 100%; height: auto; }
.ck-content a { color: #1f5b99; }
.ck-content .page-break { clear: both; height: 0; margin: 0; padding: 0; border: 0; break-after: page; }
.ck-content .page-break::after, .ck-content .page-break > * { display: none; }
.ck-content .todo-list .todo-list__label > input { pointer-events: none; }
.ck-content li:has(> input[type='checkbox']:first-child) { list-style: none; }
.ck-content > table { border-collapse: collapse; border-spacing: 0; border: 1px double #b3b3b3; margin: .9em auto; }
.ck-content > table > * > tr > td, .ck-content > table > * > tr > th { border: 1px solid #bfbfbf; min-width: 2em; padding: .4em; }
.ck-content > table > thead, .ck-content > table > * > tr > th { font-weight: bold; background: #0000000d; }
`
