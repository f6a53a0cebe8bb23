import { marked } from 'marked'
import { describe, expect, it } from 'vitest'
import { sanitizeNoteHtml } from './sanitize-note-html'
import { toEditorModel } from './editor-model-html'

const stored = (html: string) => sanitizeNoteHtml(toEditorModel(html)).replace(/\n/g, '')

describe('toEditorModel', () => {
  it("turns a Markdown table into CKEditor's figure.table, keeping :---: and ---: as cell alignment", () => {
    const md = '| Item | Qty | Price |\n|:-----|:---:|------:|\n| 苹果 | 2 | 3.50 |\n| pear | 10 | 12 |\n'
    expect(stored(marked.parse(md, { gfm: true, async: false }))).toBe(
      '<figure class="table"><table>' +
        '<thead><tr><th>Item</th><th style="text-align:center">Qty</th><th style="text-align:right">Price</th></tr></thead>' +
        '<tbody><tr><td>苹果</td><td style="text-align:center">2</td><td style="text-align:right">3.50</td></tr>' +
        '<tr><td>pear</td><td style="text-align:center">10</td><td style="text-align:right">12</td></tr></tbody>' +
        '</table></figure>',
    )
  })

  it('puts loose rows in a tbody, a caption in the figure, and keeps a cell style beside the alignment', () => {
    expect(
      stored(
        '<p>before</p><table><caption>Cap <i>x</i></caption><tr><td align="center" style="color:red">a</td></tr>' +
          '<tr><th align="left">b</th></tr></table><p>after</p>',
      ),
    ).toBe(
      '<p>before</p><figure class="table"><table><tbody>' +
        '<tr><td style="color:red;text-align:center">a</td></tr><tr><th>b</th></tr>' +
        '</tbody></table><figcaption>Cap <i>x</i></figcaption></figure><p>after</p>',
    )
  })

  it('leaves a table that is already in the editor form as it is, and nested tables get their own figure', () => {
    const editor =
      '<figure class="table"><table><tbody><tr><td style="text-align:center;">a</td></tr></tbody></table></figure>'
    expect(toEditorModel(editor)).toBe(editor)
    expect(stored('<table><tr><td><table><tr><td align="right">in</td></tr></table></td></tr></table>')).toBe(
      '<figure class="table"><table><tbody><tr><td><figure class="table"><table><tbody>' +
        '<tr><td style="text-align:right">in</td></tr></tbody></table></figure></td></tr></tbody></table></figure>',
    )
  })

  it("turns Markdown task lists, tight, loose and nested, into CKEditor's to-do list", () => {
    const md = '- [ ] todo one\n- [x] done **two**\n  - [ ] nested\n\n1. [ ] loose\n\n2. [x] items\n'
    const todo = (text: string, checked = false) =>
      '<label class="todo-list__label"><input type="checkbox"' +
      (checked ? ' checked="checked"' : '') +
      ' disabled="disabled" /><span class="todo-list__label__description">' +
      text +
      '</span></label>'
    expect(stored(marked.parse(md, { gfm: true, async: false }))).toBe(
      `<ul class="todo-list"><li>${todo('todo one')}</li><li>${todo('done <strong>two</strong>', true)}` +
        `<ul class="todo-list"><li>${todo('nested')}</li></ul></li></ul>` +
        `<ul class="todo-list"><li>${todo('loose')}</li><li>${todo('items', true)}</li></ul>`,
    )
  })

  it('leaves a list alone when not every item is a task', () => {
    const html = '<ul><li><input type="checkbox" disabled> task</li><li>plain</li></ul>'
    expect(toEditorModel(html)).toBe(html)
  })

  it('keeps text and entities exactly as they were written', () => {
    const html = '<p>a &amp; b &lt;c&gt; 中文</p><table><tr><td>&nbsp;x&#x27;</td></tr></table>'
    expect(toEditorModel(html)).toBe(
      '<p>a &amp; b &lt;c&gt; 中文</p><figure class="table"><table><tbody><tr><td>&nbsp;x&#x27;</td></tr></tbody></table></figure>',
    )
  })
})
