import postcss, { type AtRule, type ChildNode, type Plugin, type Root } from 'postcss'

/**
 * Each tool's stylesheets apply inside that tool's page only. A tool's chunk stays loaded once
 * visited, so a plain `.select { width: 100% }` in Filing restyled Notes' header until a restart.
 * At build time every CSS file under `src/renderer/src/features/<tool>/` is wrapped in
 * `@scope (.page--<tool>) { … }` (the page frame's root class), so no tool can leak into another,
 * whatever class names it picks. Shared styles live in `src/renderer/src/app/styles/`.
 */
const TOOL_CSS = /[\\/]src[\\/]renderer[\\/]src[\\/]features[\\/]([a-z][a-z0-9-]*)[\\/][^?]*\.css$/

/** The tool a stylesheet belongs to, or null for shared (app) and third-party styles. */
export function toolOfStylesheet(file: string | undefined): string | null {
  return (file && TOOL_CSS.exec(file.split('?')[0] as string)?.[1]) || null
}

/** At-rules that name things globally and cannot sit inside @scope. */
const GLOBAL_AT_RULES = new Set([
  'charset',
  'import',
  'namespace',
  'font-face',
  'keyframes',
  'property',
  'layer',
])

/** The selector's first compound (`:root[data-theme='dark']` of `:root[data-theme='dark'] .x`). */
function leadingCompound(selector: string): string {
  let depth = 0
  let quote: string | null = null
  for (let i = 0; i < selector.length; i++) {
    const c = selector[i] as string
    if (quote) {
      if (c === quote) quote = null
    } else if (c === '"' || c === "'") quote = c
    else if (c === '(' || c === '[') depth++
    else if (c === ')' || c === ']') depth--
    else if (depth === 0 && /[\s>+~]/.test(c)) return selector.slice(0, i)
  }
  return selector
}

/**
 * A selector as it must read inside `@scope (.<rootClass>)`: the page root itself becomes
 * `:scope` (inside @scope a selector only matches below the root), and a selector that starts
 * at the document (`:root[data-theme='dark'] .x`, a theme switch) reaches the page through
 * `:scope`. Anything else is already relative to the page.
 */
export function scopedSelector(selector: string, rootClass: string): string {
  const trimmed = selector.trim()
  const first = leadingCompound(trimmed)
  const rest = trimmed.slice(first.length)
  const root = new RegExp(`\\.${rootClass}(?![\\w-])`)
  if (root.test(first)) return first.replace(root, ':scope') + rest
  if (/^(:root|html)(?![\w-])/.test(first)) return `${first} :scope${rest}`
  return trimmed
}

/** A rule that only sets custom properties on the document (`:root { --x: … }`) stays global. */
function isDocumentVariables(node: ChildNode): boolean {
  return (
    node.type === 'rule' &&
    node.selectors.every((s) => /^(:root|html)(\[[^\]]*\])*$/.test(s.trim())) &&
    (node.nodes ?? []).every((d) => d.type === 'comment' || (d.type === 'decl' && d.prop.startsWith('--')))
  )
}

/** Wraps a stylesheet's rules in `@scope (.<rootClass>) { … }`, in place. */
export function scopeStylesheet(root: Root, rootClass: string): void {
  const scoped = root.nodes.filter(
    (node) =>
      !(node.type === 'atrule' && GLOBAL_AT_RULES.has(node.name.toLowerCase())) && !isDocumentVariables(node),
  )
  const first = scoped.find((node) => node.type !== 'comment')
  if (!first) return
  // The file's opening comments stay above the block; everything from the first rule moves in.
  const moving = scoped.slice(scoped.indexOf(first))
  const scope: AtRule = postcss.atRule({ name: 'scope', params: `(.${rootClass})` })
  root.insertBefore(first, scope)
  for (const node of moving) scope.append(node)
  scope.walkRules((rule) => {
    // Keyframe steps (`from`, `50%`) are not selectors; keyframes stay global anyway.
    if (rule.parent?.type === 'atrule' && /keyframes$/i.test((rule.parent as AtRule).name)) return
    rule.selectors = rule.selectors.map((s) => scopedSelector(s, rootClass))
  })
}

/** The PostCSS plugin the renderer build runs on every stylesheet. */
export function scopeToolCss(): Plugin {
  return {
    postcssPlugin: 'paperdesk-scope-tool-css',
    Once(root) {
      const tool = toolOfStylesheet(root.source?.input.file)
      if (tool) scopeStylesheet(root, `page--${tool}`)
    },
  }
}
