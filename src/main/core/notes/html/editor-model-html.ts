import { Element, Text, type ChildNode, type ParentNode } from 'domhandler'
import { DomUtils, parseDocument } from 'htmlparser2'

/** Cell alignments CKEditor's table cell properties store (left is its default, so it writes none). */
const CELL_ALIGNMENTS = new Set(['center', 'right', 'justify'])
/** What ends a to-do item's text: the blocks that may follow it inside the item. */
const ITEM_BLOCKS = new Set([
  'ul',
  'ol',
  'p',
  'div',
  'table',
  'figure',
  'blockquote',
  'pre',
  'h2',
  'h3',
  'h4',
  'h5',
  'h6',
])
const ROW_GROUPS = new Set(['thead', 'tbody', 'tfoot'])

const isElement = (node: ChildNode | null | undefined, name?: string): node is Element =>
  node instanceof Element && (name === undefined || node.name === name)
const isBlank = (node: ChildNode) => node instanceof Text && node.data.trim() === ''
const classes = (element: Element) => (element.attribs['class'] ?? '').split(/\s+/).filter(Boolean)

/** A new element holding `children` (moved from wherever they were). */
function element(
  name: string,
  attribs: Record<string, string>,
  children: readonly ChildNode[] = [],
): Element {
  const made = new Element(name, attribs)
  for (const child of children) DomUtils.appendChild(made, child)
  return made
}

/** Puts `wrapper` where `node` is, and `node` inside it. */
function wrap(node: ChildNode, wrapper: Element): void {
  DomUtils.prepend(node, wrapper)
  DomUtils.appendChild(wrapper, node)
}

/**
 * Rewrites HTML from outside the editor (Markdown, HTML and Word imports, the CLI) into the form
 * CKEditor writes, so a note is stored, shown and printed alike: a table becomes
 * `<figure class="table"><table><thead>…<tbody>…</table></figure>` (the figure carries the
 * editor's borders, in print too), a cell's `align` becomes the table cell properties'
 * `text-align` style, a `<caption>` the table caption's `<figcaption>`, and a list of `[ ]` / `[x]`
 * items the to-do list's labelled checkboxes. Structure only: the sanitiser runs afterwards.
 */
export function toEditorModel(html: string): string {
  if (!/<(table|input)\b/i.test(html)) return html
  const doc = parseDocument(html, { decodeEntities: false })
  for (const table of DomUtils.findAll((e) => e.name === 'table', doc.children)) tableToModel(table)
  for (const list of DomUtils.findAll((e) => e.name === 'ul' || e.name === 'ol', doc.children))
    todoListToModel(list)
  return DomUtils.getOuterHTML(doc.children, { decodeEntities: false })
}

function tableToModel(table: Element): void {
  groupRows(table)
  for (const cell of DomUtils.findAll((e) => e.name === 'td' || e.name === 'th', table.children))
    alignCell(cell)
  const caption = table.children.find((c) => isElement(c, 'caption'))
  if (caption) DomUtils.removeElement(caption)
  const parent = table.parent
  const wrapped = isElement(parent as ChildNode, 'figure') && classes(parent as Element).includes('table')
  let figure = parent as Element
  if (!wrapped) {
    figure = element('figure', { class: 'table' })
    wrap(table, figure)
  }
  if (caption && !figure.children.some((c) => isElement(c, 'figcaption')))
    DomUtils.appendChild(figure, element('figcaption', {}, [...caption.children]))
}

/** Rows straight under `<table>` go into a `<tbody>`, as CKEditor (and every browser) has them. */
function groupRows(table: Element): void {
  let body: Element | null = null
  for (const child of [...table.children]) {
    if (!(child instanceof Element)) continue
    if (child.name === 'tr') {
      if (body) DomUtils.appendChild(body, child)
      else wrap(child, (body = element('tbody', {})))
    } else if (ROW_GROUPS.has(child.name)) {
      body = null
    }
  }
}

function alignCell(cell: Element): void {
  const align = (cell.attribs['align'] ?? '').trim().toLowerCase()
  delete cell.attribs['align']
  if (!CELL_ALIGNMENTS.has(align)) return
  const style = (cell.attribs['style'] ?? '').trim()
  if (/(^|;)\s*text-align\s*:/i.test(style)) return
  cell.attribs['style'] = `${style}${style && !style.endsWith(';') ? ';' : ''}text-align:${align};`
}

/** A list whose every item starts with a checkbox (Markdown's `- [ ]`) becomes a to-do list. */
function todoListToModel(list: Element): void {
  const items = list.children.filter((c): c is Element => isElement(c, 'li'))
  if (items.length === 0 || list.children.some((c) => !isElement(c, 'li') && !isBlank(c))) return
  const boxes = items.map(leadingCheckbox)
  if (boxes.some((box) => box === null)) return
  if (list.name === 'ol') list.name = 'ul'
  list.attribs = { class: 'todo-list' }
  items.forEach((item, i) => todoItem(item, boxes[i] as Checkbox))
}

interface Checkbox {
  input: Element
  /** The element holding the checkbox and the item's text: the `<li>`, or its first `<p>`. */
  holder: Element
}

function leadingCheckbox(item: Element): Checkbox | null {
  const firstOf = (parent: ParentNode) => parent.children.find((c) => !isBlank(c))
  let holder = item
  let first = firstOf(item)
  if (isElement(first, 'p')) {
    holder = first
    first = firstOf(first)
  }
  const checkbox = isElement(first, 'input') && (first.attribs['type'] ?? '').toLowerCase() === 'checkbox'
  return checkbox ? { input: first as Element, holder } : null
}

function todoItem(item: Element, { input, holder }: Checkbox): void {
  const checked = input.attribs['checked'] !== undefined
  DomUtils.removeElement(input)
  // The item's text: the holder's inline content, up to the first block (a nested list).
  const inline: ChildNode[] = []
  for (const child of [...holder.children]) {
    if (isElement(child) && ITEM_BLOCKS.has(child.name)) break
    inline.push(child)
  }
  const first = inline[0]
  if (first instanceof Text) first.data = first.data.replace(/^\s+/, '')
  const last = inline[inline.length - 1]
  if (last instanceof Text) last.data = last.data.replace(/\s+$/, '')
  const box = element('input', {
    type: 'checkbox',
    ...(checked ? { checked: 'checked' } : {}),
    disabled: 'disabled',
  })
  const label = element('label', { class: 'todo-list__label' }, [
    box,
    element('span', { class: 'todo-list__label__description' }, inline),
  ])
  if (holder === item) DomUtils.prependChild(item, label)
  else {
    DomUtils.prepend(holder, label)
    if (holder.children.every(isBlank)) DomUtils.removeElement(holder)
  }
}
