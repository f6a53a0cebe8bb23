import { userError } from '../../../../shared/errors'

/** Containers (quotes, lists, indentation) nested this deep are refused: no note nests so. */
export const MAX_MARKDOWN_DEPTH = 100

/** Quote marks and list markers that open a container at the start of a line. */
const CONTAINER = /^ {0,3}(?:>|[-*+](?=[ \t]|$)|\d{1,9}[.)](?=[ \t]|$))[ \t]?/

/**
 * Markdown as HTML (not yet cleaned), marked with GitHub's dialect. marked nests recursively:
 * 3 000 quote levels exhaust V8's heap and abort the process, 300 indented list levels take
 * seconds, 5 000 `*` overflow the stack. Deep nesting is refused before marked sees it, and
 * whatever still overflows is refused the same way (`notes.import-too-deep`).
 */
export async function renderMarkdown(text: string, name: string): Promise<string> {
  if (markdownDepth(text) >= MAX_MARKDOWN_DEPTH) throw tooDeep(name)
  const { marked } = await import('marked')
  try {
    return marked.parse(text, { async: false, gfm: true }) as string
  } catch {
    // marked wraps a stack overflow in its own Error ("Please report this to …").
    throw tooDeep(name)
  }
}

function tooDeep(name: string) {
  return userError('INVALID_FILE', 'notes.import-too-deep', '{{name}} nests more than {{max}} levels deep', {
    name,
    max: MAX_MARKDOWN_DEPTH,
  })
}

/** The deepest nesting a line opens: its containers, plus its indentation (2 columns a level). */
export function markdownDepth(text: string): number {
  let deepest = 0
  for (const line of text.split('\n')) {
    let rest = line
    let depth = 0
    const indent = /^[ \t]*/.exec(rest)?.[0] ?? ''
    depth += Math.floor(indent.replace(/\t/g, '    ').length / 2)
    rest = rest.slice(indent.length)
    for (let m = CONTAINER.exec(rest); m && m[0].length > 0; m = CONTAINER.exec(rest)) {
      depth++
      rest = rest.slice(m[0].length)
      if (depth >= MAX_MARKDOWN_DEPTH) return depth
    }
    // Runs of emphasis or link brackets nest inline ("*" × 5 000 overflows marked's stack).
    const run = /([*_[\]~])\1{99,}/.exec(rest)
    if (run) depth = Math.max(depth, run[0].length)
    deepest = Math.max(deepest, depth)
  }
  return deepest
}
