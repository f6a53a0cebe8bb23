/**
 * What a stored note's HTML may contain: the elements and attributes CKEditor's plugins write,
 * nothing that runs or loads anything. One list serves the fast check on every save
 * (`inspectNoteHtml`) and the full sanitiser for foreign HTML (`sanitizeNoteHtml`).
 */
export const NOTE_TAGS: ReadonlySet<string> = new Set([
  'p', 'br', 'hr', 'div', 'span',
  'h2', 'h3', 'h4', 'h5', 'h6',
  'strong', 'b', 'em', 'i', 'u', 's', 'del', 'strike', 'code', 'sub', 'sup', 'mark', 'small',
  'a', 'ul', 'ol', 'li', 'blockquote', 'pre', 'figure', 'figcaption', 'img',
  'table', 'thead', 'tbody', 'tfoot', 'tr', 'th', 'td', 'caption', 'colgroup', 'col',
  'label', 'input',
]) // prettier-ignore

/** Attributes allowed on every element, then per element. */
export const GLOBAL_ATTRIBUTES: readonly string[] = ['class', 'style']
export const TAG_ATTRIBUTES: Readonly<Record<string, readonly string[]>> = {
  a: ['href', 'title'],
  img: ['src', 'alt', 'width', 'height', 'sizes'],
  td: ['colspan', 'rowspan'],
  th: ['colspan', 'rowspan', 'scope'],
  ol: ['start', 'reversed'],
  li: ['value'],
  col: ['span'],
  input: ['type', 'checked', 'disabled'],
}

/** Inline style properties CKEditor writes (font, colours, alignment, sizes, tables, lists). */
export const STYLE_PROPERTIES: ReadonlySet<string> = new Set([
  'color', 'background-color', 'font-size', 'font-family', 'font-weight', 'font-style',
  'text-align', 'text-indent', 'text-decoration', 'vertical-align', 'white-space',
  'margin-left', 'margin-right', 'padding-left', 'padding', 'width', 'height', 'max-width', 'float',
  'aspect-ratio', 'list-style-type', 'display',
  'border', 'border-style', 'border-color', 'border-width', 'border-collapse', 'border-spacing',
  'border-top', 'border-right', 'border-bottom', 'border-left',
  'page-break-after', 'page-break-before', 'break-after', 'break-before',
]) // prettier-ignore

/** A style value made only of plain CSS tokens: no url(), expression(), escapes, comments or at-rules. */
export const SAFE_STYLE_VALUE =
  /^(?!.*(?:url|expression|image-set|env|attr)\s*\()(?!.*\/\*)[-\w\s#%.,()'"!+/]*$/i

/** The canonical form of an image in a stored note: a content-addressed shared blob. */
export const ASSET_IMAGE_PREFIX = 'paperdesk-asset://blob/'
export const ASSET_IMAGE_SRC = /^paperdesk-asset:\/\/blob\/([0-9a-f]{64})$/

export const LINK_SCHEMES: readonly string[] = ['http', 'https', 'mailto', 'tel']

/** Is `href` (entities already decoded) a link that cannot run anything? */
export function isSafeHref(href: string): boolean {
  // Browsers ignore control characters and whitespace inside a scheme: `java\tscript:`.
  // eslint-disable-next-line no-control-regex -- control characters are exactly what must go
  const squeezed = href.replace(/[\u0000-\u0020\u007f-\u009f]/g, '').toLowerCase()
  if (squeezed.startsWith('//') || squeezed.startsWith('\\')) return false
  const scheme = /^([a-z][a-z0-9+.-]*):/.exec(squeezed)?.[1]
  return scheme === undefined || LINK_SCHEMES.includes(scheme)
}

/** Is `style` a list of allowed properties with plain values? */
export function isSafeStyle(style: string): boolean {
  for (const declaration of style.split(';')) {
    if (declaration.trim() === '') continue
    const colon = declaration.indexOf(':')
    if (colon < 0) return false
    const property = declaration.slice(0, colon).trim().toLowerCase()
    const value = declaration.slice(colon + 1).trim()
    if (!STYLE_PROPERTIES.has(property) || !SAFE_STYLE_VALUE.test(value)) return false
  }
  return true
}

/** Elements whose start and end separate lines of the note's plain text. */
export const BLOCK_TAGS: ReadonlySet<string> = new Set([
  'p', 'div', 'h1', 'h2', 'h3', 'h4', 'h5', 'h6', 'li', 'ul', 'ol', 'blockquote', 'pre', 'figure',
  'figcaption', 'table', 'thead', 'tbody', 'tfoot', 'tr', 'caption', 'br', 'hr',
]) // prettier-ignore
