import { userError } from '../../../shared/app-error'

/**
 * Page numbers from a spec such as `1-3,5,8-` (1-based, in the order written, each once); an
 * empty or missing spec is every page. A page past the end is an error, not silently skipped.
 */
export function parsePageSpec(spec: string | undefined, pageCount: number): number[] {
  if (spec === undefined || spec.trim() === '') return Array.from({ length: pageCount }, (_, i) => i + 1)
  const pages: number[] = []
  const seen = new Set<number>()
  for (const part of spec.split(',')) {
    const m = /^\s*(\d+)?\s*(-)?\s*(\d+)?\s*$/.exec(part)
    const from = m?.[1] ? Number(m[1]) : m?.[2] ? 1 : NaN
    const to = m?.[2] ? (m[3] ? Number(m[3]) : pageCount) : from
    if (
      !m ||
      (!m[1] && !m[3]) ||
      !Number.isSafeInteger(from) ||
      !Number.isSafeInteger(to) ||
      from < 1 ||
      to < from
    )
      throw userError(
        'VALIDATION',
        'ocr.bad-pages',
        'the page list "{{spec}}" is not valid (for example 1-3,5)',
        {
          spec,
        },
      )
    if (to > pageCount)
      throw userError('VALIDATION', 'ocr.no-such-page', '{{name}} has no page {{page}} (it has {{pages}})', {
        name: 'the document',
        page: to,
        pages: pageCount,
      })
    for (let page = from; page <= to; page++) {
      if (!seen.has(page)) pages.push(page)
      seen.add(page)
    }
  }
  return pages
}
