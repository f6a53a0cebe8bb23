// htmlparser2 is an ES module that sanitize-html require()s. Node 22.13 refuses that require while
// the same module is still loading through an import elsewhere ("in a cycle"); evaluated here
// first, it is already there when sanitize-html asks for it.
import 'htmlparser2'
import sanitizeHtml from 'sanitize-html'
import {
  ASSET_IMAGE_SRC,
  GLOBAL_ATTRIBUTES,
  LINK_SCHEMES,
  NOTE_TAGS,
  SAFE_STYLE_VALUE,
  STYLE_PROPERTIES,
  TAG_ATTRIBUTES,
  isSafeHref,
} from './note-html-rules'

const DATA_IMAGE_SRC = /^data:image\/[a-z0-9.+-]+;base64,/i

const allowedAttributes: Record<string, string[]> = { '*': [...GLOBAL_ATTRIBUTES] }
for (const [tag, names] of Object.entries(TAG_ATTRIBUTES)) allowedAttributes[tag] = [...names]

const allowedStyles = { '*': Object.fromEntries([...STYLE_PROPERTIES].map((p) => [p, [SAFE_STYLE_VALUE]])) }

const OPTIONS: sanitizeHtml.IOptions = {
  allowedTags: [...NOTE_TAGS],
  allowedAttributes,
  allowedStyles,
  allowedSchemes: [...LINK_SCHEMES],
  // Inline images survive only until they become shared assets (see note-images.ts).
  allowedSchemesByTag: { img: ['paperdesk-asset', 'data'] },
  allowedSchemesAppliedToAttributes: ['href', 'src'],
  allowProtocolRelative: false,
  disallowedTagsMode: 'discard',
  transformTags: {
    // A note's title is its only <h1> (in print too): headings inside start at h2.
    h1: 'h2',
    // The schemes above miss what browsers read as another host (`\\evil.example`, `/\\host`):
    // the same href rule as the fast check decides, so what this lets through always passes it.
    '*': (tagName, attribs) => {
      const href = attribs['href']
      if (href === undefined || isSafeHref(href)) return { tagName, attribs }
      const { href: _dropped, ...rest } = attribs
      return { tagName, attribs: rest }
    },
  },
  exclusiveFilter: (frame) => {
    if (frame.tag === 'img') {
      const src = frame.attribs['src'] ?? ''
      return !(ASSET_IMAGE_SRC.test(src) || DATA_IMAGE_SRC.test(src))
    }
    if (frame.tag === 'input') return (frame.attribs['type'] ?? '').toLowerCase() !== 'checkbox'
    return false
  },
}

/**
 * The full sanitiser, for HTML from outside the editor (imports, pastes, the CLI) and for HTML
 * that failed the fast check: no script, no event handlers, no javascript:/data: links, no remote
 * images, no styles that load anything.
 */
export function sanitizeNoteHtml(html: string): string {
  return sanitizeHtml(html, OPTIONS)
}
