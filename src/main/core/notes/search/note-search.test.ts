import { describe, expect, it } from 'vitest'
import { useTempDirs } from '../../test-support/temp-dir'
import { openTestNotes } from '../test-notes-core'
import { BM25_MAX_NOTES, searchNotes } from './note-search'
import { likePattern, searchTerms } from './search-terms'
import { highlight, snippetHtml } from './snippet'

const tempDir = useTempDirs()

async function seeded() {
  const t = openTestNotes(tempDir())
  const work = t.core.notebooks.create('工作', null)
  const sub = t.core.notebooks.create('项目', work.id)
  const ids = await t.core.addNotes([
    {
      title: '会议纪要',
      html: '<p>讨论了数据库迁移方案，决定使用 SQLite。</p>',
      notebookId: work.id,
      tags: ['meeting'],
    },
    { title: 'Shopping', html: '<p>Buy milk, eggs and 中文 books.</p>', notebookId: null },
    { title: '项目计划', html: '<p>第一阶段：数据库设计。第二阶段：界面。</p>', notebookId: sub.id },
    { title: 'AI notes', html: '<p>ai is short; 100% sure_thing.</p>', notebookId: null },
    { title: 'Old', html: '<p>数据库 in the trash</p>', notebookId: null },
  ])
  t.core.notes.setTrashed([ids[4]!], true)
  const search = (query: string, extra: { notebookId?: number; tagId?: number } = {}) =>
    searchNotes(t.store, {
      query,
      notebookId: extra.notebookId ?? null,
      tagId: extra.tagId ?? null,
      limit: 50,
    })
  return { t, ids, work, sub, search }
}

describe('search terms', () => {
  it('splits at whitespace and sends terms under three characters to LIKE', () => {
    expect(searchTerms(' 数据库  ai 中文 Database ')).toEqual({
      indexed: ['数据库', 'Database'],
      short: ['ai', '中文'],
      all: ['数据库', 'ai', '中文', 'Database'],
    })
    // Counted in characters: one emoji is one character, not two UTF-16 units.
    expect(searchTerms('😀a').short).toEqual(['😀a'])
  })

  it('escapes LIKE wildcards', () => {
    expect(likePattern('100%_x\\')).toBe('%100\\%\\_x\\\\%')
  })
})

describe('searchNotes', () => {
  it('finds a Chinese substring of 3+ characters through the trigram index, never in the trash', async () => {
    const { t, ids, search } = await seeded()
    const result = search('数据库')
    expect(result.mode).toBe('fts')
    expect(result.hits.map((h) => h.id).sort()).toEqual([ids[0], ids[2]].sort())
    t.close()
  })

  it('takes the LIKE path for a 2-character Chinese query and a 2-letter English one', async () => {
    const { t, ids, search } = await seeded()
    expect(search('中文')).toMatchObject({ mode: 'like', hits: [{ id: ids[1] }] })
    const ai = search('ai')
    expect(ai.mode).toBe('like')
    // The title match comes first.
    expect(ai.hits[0]?.id).toBe(ids[3])
    expect(search('%').hits.map((h) => h.id)).toEqual([ids[3]])
    expect(search('_t').hits.map((h) => h.id)).toEqual([ids[3]])
    t.close()
  })

  it('requires every term, mixing both paths', async () => {
    const { t, ids, search } = await seeded()
    const both = search('数据库 第二阶段')
    expect(both.mode).toBe('fts')
    expect(both.hits.map((h) => h.id)).toEqual([ids[2]])
    expect(search('数据库 计划').mode).toBe('mixed')
    expect(search('数据库 计划').hits.map((h) => h.id)).toEqual([ids[2]])
    expect(search('数据库 nothing-like-this').hits).toEqual([])
    t.close()
  })

  it('ranks a title match above a text match', async () => {
    const { t, search } = await seeded()
    const ids = await t.core.addNotes([
      { title: 'Other', html: '<p>mentions roadmap once</p>', notebookId: null },
      { title: 'Roadmap', html: '<p>the plan</p>', notebookId: null },
    ])
    expect(search('roadmap').hits.map((h) => h.id)).toEqual([ids[1], ids[0]])
    t.close()
  })

  it('orders a term found in very many notes by title match, then by the last edit', async () => {
    const t = openTestNotes(tempDir())
    const many = Array.from({ length: BM25_MAX_NOTES + 20 }, (_, i) => ({
      title: `note ${i}`,
      html: `<p>常见词 appears in note ${i}</p>`,
      notebookId: null,
    }))
    const ids = await t.core.addNotes(many)
    t.advance(60_000)
    await t.core.save(ids[5]!, 'note 5', '<p>常见词 edited last</p>')
    const [titled] = await t.core.addNotes([
      { title: '常见词 in the title', html: '<p>x</p>', notebookId: null },
    ])
    const hits = searchNotes(t.store, { query: '常见词', notebookId: null, tagId: null, limit: 3 }).hits
    expect(hits.map((h) => h.id)).toEqual([titled, ids[5], ids.at(-1)])
    t.close()
  })

  it('filters by notebook (with the notebooks inside it) and by tag', async () => {
    const { t, ids, work, sub, search } = await seeded()
    expect(
      search('数据库', { notebookId: work.id })
        .hits.map((h) => h.id)
        .sort(),
    ).toEqual([ids[0], ids[2]].sort())
    expect(search('数据库', { notebookId: sub.id }).hits.map((h) => h.id)).toEqual([ids[2]])
    const tag = t.core.notebooks.overview().tags.find((x) => x.name === 'meeting')!
    expect(search('数据库', { tagId: tag.id }).hits.map((h) => h.id)).toEqual([ids[0]])
    expect(search('中文', { notebookId: work.id }).hits).toEqual([])
    t.close()
  })

  it('returns snippets with the note text escaped and only its own <mark>', async () => {
    const { t, search } = await seeded()
    await t.core.addNotes([
      {
        title: '<b>x</b> 标题',
        html: '<p>before &lt;script&gt;alert(1)&lt;/script&gt; 关键词 after</p>',
        notebookId: null,
      },
    ])
    const [hit] = search('关键词').hits
    expect(hit?.snippetHtml).toBe('before &lt;script&gt;alert(1)&lt;/script&gt; <mark>关键词</mark> after')
    expect(search('标题').hits[0]?.titleHtml).toBe('&lt;b&gt;x&lt;/b&gt; <mark>标题</mark>')
    t.close()
  })

  it('shows the text around a match deep in a long note, and the note’s opening when only the title matches', async () => {
    const { t, search } = await seeded()
    const paragraphs = Array.from({ length: 300 }, (_, i) => `<p>第${i}段 普通的内容 ordinary text</p>`)
    paragraphs[250] = '<p>藏在深处的独特短语 here</p>'
    await t.core.addNotes([{ title: '长篇文档 Long report', html: paragraphs.join(''), notebookId: null }])
    expect(search('独特短语').hits[0]?.snippetHtml).toContain('藏在深处的<mark>独特短语</mark> here')
    const byTitle = search('长篇文档').hits[0]?.snippetHtml
    expect(byTitle?.startsWith('第0段 普通的内容 ordinary text')).toBe(true)
    // After an edit the matched paragraph's chunk is new, and still found.
    paragraphs[250] = '<p>藏在深处的独特短语 changed</p>'
    const [id] = search('独特短语').hits.map((h) => h.id)
    await t.core.save(id!, '长篇文档 Long report', paragraphs.join(''))
    expect(search('独特短语').hits[0]?.snippetHtml).toContain('<mark>独特短语</mark> changed')
    t.close()
  })
})

describe('snippets', () => {
  it('cuts a window around the first match, on character boundaries', () => {
    const text = `${'前'.repeat(100)}目标${'后'.repeat(200)}`
    const html = snippetHtml(text, ['目标'])
    expect(html.startsWith('…')).toBe(true)
    expect(html.endsWith('…')).toBe(true)
    expect(html).toContain('<mark>目标</mark>')
    expect(html.length).toBeLessThan(200)
  })

  it('marks case-insensitively and escapes everything else', () => {
    expect(highlight('Tom & <Jerry> TOM', ['tom'])).toBe(
      '<mark>Tom</mark> &amp; &lt;Jerry&gt; <mark>TOM</mark>',
    )
  })
})
