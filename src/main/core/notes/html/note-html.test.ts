import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { inspectNoteHtml } from './inspect-note-html'
import { sanitizeNoteHtml } from './sanitize-note-html'

const SHA = 'a'.repeat(64)

// What CKEditor 5 writes for the plugins Paperdesk loads: it must take the fast path untouched.
const EDITOR_OUTPUT = [
  '<h2>标题 Heading</h2><p>Hello <strong>bold</strong> <i>it</i> <u>u</u> <s>s</s> <code>c</code> <sub>2</sub><sup>3</sup></p>',
  '<p><span style="color:hsl(0, 75%, 60%);background-color:#ffee00;font-size:18px;">colour</span><mark class="marker-yellow">mark</mark></p>',
  '<p style="text-align:center;margin-left:40px;">centred &amp; indented&nbsp;text &lt;tag&gt;</p>',
  '<ul class="todo-list"><li><label class="todo-list__label"><input type="checkbox" disabled="disabled" checked="checked"><span class="todo-list__label__description">done</span></label></li></ul>',
  '<ol style="list-style-type:lower-roman;" start="3" reversed="reversed"><li>one</li></ol>',
  '<blockquote><p>quote</p></blockquote><pre><code class="language-javascript">const a = 1 &lt; 2;</code></pre>',
  `<figure class="image image-style-side image_resized" style="width:50%;"><img style="aspect-ratio:640/480;" src="paperdesk-asset://blob/${SHA}" width="640" height="480" alt="图"><figcaption>caption</figcaption></figure>`,
  '<figure class="table"><table class="ck-table-resized" style="border-style:solid;"><colgroup><col style="width:50%;"><col style="width:50%;"></colgroup><thead><tr><th>A</th><th colspan="1">B</th></tr></thead><tbody><tr><td rowspan="1">1</td><td>2</td></tr></tbody></table></figure>',
  '<p><a href="https://example.com/a?b=1&amp;c=2">link</a> <a href="mailto:a@b.cn">mail</a></p><hr>',
  '<div class="page-break" style="page-break-after:always;"><span style="display:none;">&nbsp;</span></div>',
]

describe('inspectNoteHtml', () => {
  it.each(EDITOR_OUTPUT)('accepts what the editor writes: %s', (html) => {
    const report = inspectNoteHtml(html)
    expect(report.problem).toBeUndefined()
    expect(report.safe).toBe(true)
  })

  it('extracts text with one line per block and decoded entities', () => {
    const report = inspectNoteHtml(EDITOR_OUTPUT.join(''))
    expect(report.text).toContain('标题 Heading\nHello bold it u s c 23')
    expect(report.text).toContain('centred & indented text <tag>')
    expect(report.text).toContain('const a = 1 < 2;')
    expect(report.assets).toEqual([SHA])
  })

  it.each([
    ['<script>alert(1)</script>', 'element script'],
    ['<p onclick="x()">a</p>', 'attribute'],
    ['<a href="javascript:alert(1)">x</a>', 'href'],
    ['<a href="java&#x09;script:alert(1)">x</a>', 'href'],
    ['<a href="data:text/html,<b>x</b>">x</a>', ''],
    ['<p style="background:url(http://x/y.png)">a</p>', 'style'],
    ['<img src="http://tracker.example/p.gif">', 'image source'],
    ['<img src=x onerror=alert(1)>', ''],
    ['<!-- c --><p>a</p>', 'stray'],
    ['<p>a &bogus; b</p>', 'unknown entity'],
    ['<iframe src="https://x"></iframe>', 'element iframe'],
    ['<h1>title</h1>', 'element h1'],
  ])('sends %s to the full sanitiser', (html, problem) => {
    const report = inspectNoteHtml(html)
    expect(report.safe).toBe(false)
    expect(report.problem).toContain(problem)
  })
})

describe('sanitizeNoteHtml', () => {
  it('removes scripts, handlers, javascript: and data: links, remote images and url() styles', () => {
    const dirty =
      '<h1>T</h1><p onclick="steal()" style="color:red;background-image:url(http://x)">Hi<script>alert(1)</script></p>' +
      '<a href="javascript:alert(1)">j</a><a href="data:text/html;base64,PHNjcmlwdD4=">d</a><a href="https://ok.cn">ok</a>' +
      '<img src="https://tracker.example/p.gif"><img src="x" onerror="alert(1)"><iframe src="https://x"></iframe><style>p{}</style>'
    const clean = sanitizeNoteHtml(dirty)
    expect(clean).not.toMatch(/script|onclick|onerror|javascript|iframe|url\(|tracker|<style|data:text/i)
    expect(clean).toContain('<h2>T</h2>')
    expect(clean).toContain('<p style="color:red">Hi</p>')
    expect(clean).toContain('<a href="https://ok.cn">ok</a>')
    expect(inspectNoteHtml(clean).safe).toBe(true)
  })

  it('keeps inline images for conversion to assets, and asset images as they are', () => {
    const clean = sanitizeNoteHtml(
      `<img src="data:image/png;base64,AAAA"><img src="paperdesk-asset://blob/${SHA}">`,
    )
    expect(clean).toContain('src="data:image/png;base64,AAAA"')
    expect(clean).toContain(`src="paperdesk-asset://blob/${SHA}"`)
  })

  it('leaves the editor’s own HTML as it is', () => {
    for (const html of EDITOR_OUTPUT)
      expect(inspectNoteHtml(sanitizeNoteHtml(html)).text).toBe(inspectNoteHtml(html).text)
  })

  it('always produces HTML the fast check accepts (except inline images, made assets next)', () => {
    const tags = ['p', 'a', 'img', 'script', 'div', 'span', 'h1', 'table', 'td', 'svg', 'style', 'input', 'b']
    const attrs = ['href', 'src', 'onclick', 'style', 'class', 'type', 'width', 'xlink:href']
    const values = [
      'javascript:alert(1)',
      'https://x.cn',
      'color:red',
      'url(x)',
      '"><script>',
      'checkbox',
      '&#106;avascript:x',
      'data:image/png;base64,AA',
      '\\',
      '\\\\evil.cn',
      ' \\evil.cn',
    ]
    const element = fc
      .tuple(
        fc.constantFrom(...tags),
        fc.array(fc.tuple(fc.constantFrom(...attrs), fc.constantFrom(...values)), { maxLength: 3 }),
        fc.string({ maxLength: 8 }),
      )
      .map(
        ([tag, list, text]) =>
          `<${tag} ${list.map(([a, v]) => `${a}="${v.replace(/"/g, '&quot;')}"`).join(' ')}>${text}</${tag}>`,
      )
    fc.assert(
      fc.property(fc.array(fc.oneof(element, fc.string({ maxLength: 10 })), { maxLength: 8 }), (parts) => {
        const clean = sanitizeNoteHtml(parts.join('')).replace(
          /src="data:[^"]*"/g,
          `src="paperdesk-asset://blob/${SHA}"`,
        )
        const report = inspectNoteHtml(clean)
        expect(report.problem).toBeUndefined()
      }),
      { numRuns: 300 },
    )
  })

  it('drops a link that a browser would send to another host through a backslash (the fuzzer’s find)', () => {
    for (const href of ['\\', '\\\\evil.cn/x', ' \\evil.cn', '&#92;&#92;evil.cn']) {
      const clean = sanitizeNoteHtml(`<p><a href="${href}">link</a> after</p>`)
      expect(clean, href).toBe('<p><a>link</a> after</p>')
      expect(inspectNoteHtml(clean).safe, href).toBe(true)
    }
  })

  it.each([
    ['&colon;', '<p><a href="javascript&colon;alert(1)">x</a></p>'],
    ['&Tab;', '<p><a href="java&Tab;script:alert(1)">x</a></p>'],
    ['&#58 without ;', '<p><a href="javascript&#58alert(1)">x</a></p>'],
    ['&NewLine;', '<p><a href="jav&NewLine;ascript:alert(1)">x</a></p>'],
  ])('sends a link hiding javascript: behind %s to the sanitiser, which removes it', (_, html) => {
    expect(inspectNoteHtml(html).safe).toBe(false)
    const clean = sanitizeNoteHtml(html)
    expect(clean).not.toMatch(/javascript|alert/i)
    expect(inspectNoteHtml(clean).safe).toBe(true)
  })

  it('keeps the fast path for links with the entities the editor writes', () => {
    expect(inspectNoteHtml('<p><a href="https://ok.cn/?a=1&amp;b=2">x</a></p>').safe).toBe(true)
  })
})
