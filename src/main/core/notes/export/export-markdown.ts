import TurndownService from 'turndown'
import type { AssetStore } from '../../assets/asset-store'

export interface MarkdownNote {
  title: string
  /** Stored HTML: images as `paperdesk-asset://blob/<sha256>`. */
  html: string
}

export interface MarkdownExport {
  markdown: string
  /** Files to write beside the Markdown file: relative path → bytes. */
  images: Map<string, Uint8Array>
}

/** The part of the DOM (turndown's domino on Node) the rules below use. */
interface Element {
  nodeName: string
  innerHTML: string
  getAttribute(name: string): string | null
  hasAttribute(name: string): boolean
  querySelector(selector: string): Element | null
  querySelectorAll(selector: string): ArrayLike<Element>
  classList: { contains(name: string): boolean }
}
const el = (node: unknown) => node as Element

const EXTENSIONS: Readonly<Record<string, string>> = {
  'image/png': 'png',
  'image/jpeg': 'jpg',
  'image/gif': 'gif',
  'image/webp': 'webp',
}

/**
 * Markdown (GitHub flavour: tables, task lists, strikethrough) for one or several notes. Images
 * are written beside it in `<name>.assets/` and linked by relative path; marks Markdown has no
 * syntax for (underline, highlight, sub/superscript) stay as inline HTML.
 */
export function exportMarkdown(
  notes: readonly MarkdownNote[],
  assetsDir: string,
  blobs: AssetStore,
): MarkdownExport {
  const images = new Map<string, Uint8Array>()
  const service = markdownService((sha) => {
    const blob = blobs.get(sha)
    if (!blob) return null
    const path = `${assetsDir}/${sha.slice(0, 16)}.${EXTENSIONS[blob.mime] ?? 'bin'}`
    images.set(path, blob.body)
    return encodeURI(path)
  })
  const parts = notes.map((note) => {
    const body = service.turndown(note.html || '<p></p>')
    return notes.length > 1 || note.title ? `# ${note.title.trim() || 'Untitled'}\n\n${body}` : body
  })
  return { markdown: `${parts.join('\n\n---\n\n').trim()}\n`, images }
}

function markdownService(imagePath: (sha: string) => string | null): TurndownService {
  const service = new TurndownService({
    headingStyle: 'atx',
    codeBlockStyle: 'fenced',
    bulletListMarker: '-',
    emDelimiter: '*',
    hr: '---',
  })
  service.keep(['u', 'mark', 'sub', 'sup'])
  service.addRule('strikethrough', {
    filter: ['s', 'del', 'strike'],
    replacement: (content) => `~~${content}~~`,
  })
  service.addRule('task', {
    filter: (node) => el(node).nodeName === 'LI' && el(node).querySelector('input[type="checkbox"]') !== null,
    replacement: (content, node) => {
      const box = el(node).querySelector('input[type="checkbox"]')
      const text = content.replace(/^\n+|\n+$/g, '').replace(/\n+/g, ' ')
      return `- [${box?.hasAttribute('checked') ? 'x' : ' '}] ${text}\n`
    },
  })
  service.addRule('pageBreak', {
    filter: (node) => el(node).nodeName === 'DIV' && el(node).classList.contains('page-break'),
    replacement: () => '\n\n---\n\n',
  })
  service.addRule('image', {
    filter: 'img',
    replacement: (_content, node) => {
      const img = el(node)
      const sha = /^paperdesk-asset:\/\/blob\/([0-9a-f]{64})$/.exec(img.getAttribute('src') ?? '')?.[1]
      const path = sha ? imagePath(sha) : null
      return path ? `![${(img.getAttribute('alt') ?? '').replace(/[[\]]/g, '')}](${path})` : ''
    },
  })
  service.addRule('caption', {
    filter: 'figcaption',
    replacement: (content) => `\n\n*${content.trim()}*\n\n`,
  })
  service.addRule('table', {
    filter: 'table',
    replacement: (_content, node) => `\n\n${gfmTable(el(node), service)}\n\n`,
  })
  return service
}

function gfmTable(table: Element, service: TurndownService): string {
  const rows = Array.from(table.querySelectorAll('tr')).map((tr) =>
    Array.from(tr.querySelectorAll('th, td')).map((cell) =>
      service.turndown(cell.innerHTML).replace(/\n+/g, '<br>').replace(/\|/g, '\\|'),
    ),
  )
  if (rows.length === 0) return ''
  const width = Math.max(...rows.map((r) => r.length))
  const line = (cells: string[]) =>
    `| ${Array.from({ length: width }, (_, i) => cells[i] ?? '').join(' | ')} |`
  const [head, ...body] = rows
  return [line(head as string[]), line(Array(width).fill('---')), ...body.map(line)].join('\n')
}
