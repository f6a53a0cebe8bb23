import { resolve } from 'node:path'
import type { CliCommand, CommandContext } from '../command'
import { listOption, numberOption, requiredOption, stringOption, UsageError } from '../command'
import { outPath, overwriteOption } from '../out-path'

/** The Notes door on the data folder (the core opens, and heavy modules load, only when a command runs). */
async function notesDoor(ctx: CommandContext) {
  return (await ctx.core()).doors.notes
}

function parseIds(args: readonly string[]): number[] {
  return args.map((arg) => {
    if (!/^[1-9][0-9]{0,15}$/.test(arg)) throw new UsageError(`${arg} is not a note id`)
    return Number(arg)
  })
}

const plain = (html: string) =>
  html
    .replace(/<\/?mark>/g, '')
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&quot;/g, '"')
    .replace(/&#39;/g, "'")
    .replace(/&amp;/g, '&')

/** `paperdesk notes add | list | search | export | import`. */
export const notesCommands: readonly CliCommand[] = [
  {
    words: ['notes', 'add'],
    maxArgs: 0,
    options: {
      title: { type: 'string', required: true, value: 'T', help: 'the note’s title' },
      'html-file': { type: 'string', value: 'F', help: 'the note’s text as HTML (sanitised)' },
      'md-file': { type: 'string', value: 'F', help: 'the note’s text as Markdown' },
      notebook: { type: 'string', value: 'NAME', help: 'put it in this top-level notebook (made if needed)' },
      tag: { type: 'string', multiple: true, value: 'TAG', help: 'give it this tag (repeatable)' },
    },
    summary: 'add a note from an HTML or Markdown file; prints {"id": …}',
    async run(ctx) {
      const title = requiredOption(ctx.options, 'title')
      const htmlFile = stringOption(ctx.options, 'html-file')
      const mdFile = stringOption(ctx.options, 'md-file')
      if ((htmlFile === undefined) === (mdFile === undefined))
        throw new UsageError('give exactly one of --html-file or --md-file')
      const notebook = stringOption(ctx.options, 'notebook')
      const id = await (
        await notesDoor(ctx)
      ).addFromFile({
        title,
        path: resolve((htmlFile ?? mdFile) as string),
        format: htmlFile ? 'html' : 'md',
        ...(notebook ? { notebook } : {}),
        tags: listOption(ctx.options, 'tag'),
      })
      return { value: { id }, text: `Added note ${id}` }
    },
  },
  {
    words: ['notes', 'list'],
    maxArgs: 0,
    summary: 'list the notes not in the trash, last edited first',
    async run(ctx) {
      const notes = await notesDoor(ctx)
      const names = new Map((await notes.overview()).notebooks.map((nb) => [nb.id, nb.name]))
      const list = (await notes.list({ kind: 'all' }, 'updated', 5000)).notes.map((n) => ({
        id: n.id,
        title: n.title,
        notebook: n.notebookId === null ? null : (names.get(n.notebookId) ?? null),
        tags: n.tags,
        updatedAt: n.updatedAt,
      }))
      const text = list
        .map((n) =>
          [
            n.id,
            n.title || '(untitled)',
            n.notebook ? `[${n.notebook}]` : '',
            n.tags.map((t) => `#${t}`).join(' '),
            n.updatedAt,
          ]
            .filter(Boolean)
            .join('  '),
        )
        .join('\n')
      return { value: list, text: text || 'No notes.' }
    },
  },
  {
    words: ['notes', 'search'],
    args: 'QUERY',
    minArgs: 1,
    summary: 'full-text search (Chinese substrings too), best match first',
    async run(ctx) {
      const result = await (
        await notesDoor(ctx)
      ).search({
        query: ctx.args.join(' '),
        notebookId: null,
        tagId: null,
        limit: 50,
      })
      const hits = result.hits.map((h) => ({
        id: h.id,
        title: h.title,
        // Words found in text read from one of the note's pictures.
        snippet: `${h.inImage ? '[in a picture] ' : ''}${plain(h.snippetHtml)}`,
        ...(h.inImage ? { inImage: true } : {}),
      }))
      const text = hits.map((h) => `${h.id}  ${h.title || '(untitled)'}\n    ${h.snippet}`).join('\n')
      return { value: hits, text: text || 'No notes match.' }
    },
  },
  {
    words: ['notes', 'export'],
    args: 'ID...',
    minArgs: 1,
    options: {
      format: { type: 'string', required: true, value: 'pdf|html|md', help: 'the file format' },
      out: {
        type: 'string',
        required: true,
        value: 'PATH',
        help: 'the file to write (several notes go into one file)',
      },
      ...overwriteOption,
      'page-size': { type: 'string', value: 'A4|A5|Letter|Legal', help: 'PDF page size (A4)' },
      landscape: { type: 'boolean', help: 'PDF in landscape' },
      'margin-mm': { type: 'string', value: 'N', help: 'PDF margins in millimetres (18)' },
      'header-footer': { type: 'boolean', help: 'PDF header (title, date) and footer (page X / Y)' },
      toc: { type: 'boolean', help: 'PDF table of contents with page numbers' },
      title: { type: 'string', value: 'TEXT', help: "the document's title (PDF header, HTML title)" },
      locale: {
        type: 'string',
        value: 'en|zh-CN',
        help: 'language of the contents page, dates and footers (en)',
      },
    },
    summary: 'export notes to one PDF, HTML or Markdown file',
    async run(ctx) {
      const ids = parseIds(ctx.args)
      const format = requiredOption(ctx.options, 'format')
      if (format !== 'pdf' && format !== 'html' && format !== 'md')
        throw new UsageError('--format must be pdf, html or md')
      const out = await outPath(ctx)
      const locale = stringOption(ctx.options, 'locale') ?? 'en'
      if (locale !== 'en' && locale !== 'zh-CN') throw new UsageError('--locale must be en or zh-CN')
      const { PdfOptionsSchema } = await import('../../shared/contract/notes-export')
      const headerFooter = ctx.options['header-footer'] === true
      const pdf = PdfOptionsSchema.safeParse({
        pageSize: stringOption(ctx.options, 'page-size') ?? 'A4',
        landscape: ctx.options['landscape'] === true,
        marginMm: numberOption(ctx.options, 'margin-mm') ?? 18,
        header: headerFooter,
        footer: headerFooter,
        toc: ctx.options['toc'] === true,
      })
      if (!pdf.success)
        throw new UsageError(pdf.error.issues.map((i) => `${i.path.join('.')}: ${i.message}`).join('; '))
      const result = await (
        await notesDoor(ctx)
      ).exportNotes({ ids, format, pdf: pdf.data, locale, title: stringOption(ctx.options, 'title') }, out)
      const count = (n: number, noun: string) => `${n} ${noun}${n === 1 ? '' : 's'}`
      const detail =
        format === 'pdf'
          ? `, ${count(result.pages, 'page')}`
          : format === 'md'
            ? `, ${count(result.images, 'image')}`
            : ''
      return {
        value: result,
        text: `Wrote ${result.path} (${count(result.notes, 'note')}${detail}, ${result.bytes} bytes)`,
      }
    },
  },
  {
    words: ['notes', 'import'],
    args: 'FILE...',
    minArgs: 1,
    summary: 'import .md, .html, .docx or .txt files as notes (all or none)',
    async run(ctx) {
      const { imported } = await (
        await notesDoor(ctx)
      ).importFiles(
        ctx.args.map((f) => resolve(f)),
        null,
      )
      return { value: imported, text: imported.map((n) => `${n.id}  ${n.title}`).join('\n') }
    },
  },
]
