import postcss from 'postcss'
import { describe, expect, it } from 'vitest'
import { scopedSelector, scopeToolCss, toolOfStylesheet } from './scope-tool-css'

const scope = (css: string, file: string) =>
  postcss([scopeToolCss()]).process(css, { from: file }).css.replace(/\s+/g, ' ').trim()

describe('scoping tool stylesheets', () => {
  it('knows a tool by its feature folder; shared and third-party styles belong to none', () => {
    expect(toolOfStylesheet('/w/src/renderer/src/features/filing/form/form.css')).toBe('filing')
    expect(toolOfStylesheet('C:\\w\\src\\renderer\\src\\features\\notes\\notes.css?used')).toBe('notes')
    expect(toolOfStylesheet('/w/src/renderer/src/app/styles/base.css')).toBeNull()
    expect(toolOfStylesheet('/w/node_modules/ckeditor5/dist/ckeditor5.css')).toBeNull()
    expect(toolOfStylesheet(undefined)).toBeNull()
  })

  it("wraps a tool's rules in @scope of its page, media queries included", () => {
    const css = '/* Forms */\n.select { width: 100%; }\n@media (width < 900px) { .field { gap: 2px; } }'
    expect(scope(css, '/w/src/renderer/src/features/filing/form/form.css')).toBe(
      '/* Forms */ @scope (.page--filing) { .select { width: 100%; } @media (width < 900px) { .field { gap: 2px; } } }',
    )
  })

  it('leaves shared stylesheets alone', () => {
    const css = '.select { width: 100%; }'
    expect(scope(css, '/w/src/renderer/src/app/styles/base.css')).toBe(css)
  })

  it('turns the page root into :scope and lets theme switches reach the page through it', () => {
    expect(scopedSelector('.page.page--notes', 'page--notes')).toBe('.page:scope')
    expect(scopedSelector('.page--notes .page__header', 'page--notes')).toBe(':scope .page__header')
    expect(scopedSelector('.page--notes-x .y', 'page--notes')).toBe('.page--notes-x .y')
    expect(scopedSelector(":root[data-theme='dark'] .issue--warning", 'page--filing')).toBe(
      ":root[data-theme='dark'] :scope .issue--warning",
    )
    expect(scopedSelector('.fact dt > code', 'page--filing')).toBe('.fact dt > code')
    expect(scopedSelector('[data-x="a b"] .y', 'page--filing')).toBe('[data-x="a b"] .y')
  })

  it('keeps keyframes, font faces and document variables global', () => {
    const css =
      ":root { --certify-ok: #0a0; }\n:root[data-theme='dark'] { --certify-ok: #6c6; }\n" +
      '@keyframes spin { from { rotate: 0deg; } to { rotate: 1turn; } }\n.spinner { animation: spin 1s; }'
    expect(scope(css, '/w/src/renderer/src/features/sign/certify/certify.css')).toBe(
      ":root { --certify-ok: #0a0; } :root[data-theme='dark'] { --certify-ok: #6c6; } " +
        '@keyframes spin { from { rotate: 0deg; } to { rotate: 1turn; } } ' +
        '@scope (.page--sign) { .spinner { animation: spin 1s; } }',
    )
  })
})
