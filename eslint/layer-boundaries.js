// @ts-check
// A local ESLint rule: resolves each relative import and refuses one that crosses a layer
// boundary of DESIGN.md. Path patterns on the import text cannot see where `../../x` lands.
import { dirname, relative, resolve, sep } from 'node:path'

const root = resolve(import.meta.dirname, '..')
const layer = (p) => relative(root, p).split(sep).join('/')

/** For a file in `from`, imports that resolve into any `deny` folder are refused. */
const rules = [
  {
    from: 'src/shared/',
    deny: ['src/main/', 'src/renderer/', 'src/preload/', 'src/cli/'],
    why: 'shared depends on nothing but zod',
  },
  {
    from: 'src/main/core/',
    deny: ['src/main/', 'src/renderer/', 'src/preload/', 'src/cli/'],
    allow: ['src/main/core/'],
    why: 'core is the bottom layer: it imports only shared',
  },
  {
    from: 'src/cli/',
    deny: ['src/main/', 'src/renderer/', 'src/preload/'],
    // open-core opens the data folder; each tool's door (`core/<tool>/<tool>-door`) is its use cases.
    allowFiles: /^src\/main\/core\/(open-core|[a-z]+\/[a-z]+-door)$/,
    // Tests never ship: they may build fixtures with the core's test support.
    testsExempt: true,
    why: "the CLI opens the core (open-core) and calls the tools' doors, as the app's services do; nothing behind them",
  },
  {
    from: 'src/preload/',
    deny: ['src/main/', 'src/renderer/', 'src/cli/'],
    why: 'the preload only bridges the contract',
  },
  {
    from: 'src/main/',
    deny: ['src/renderer/', 'src/preload/', 'src/cli/'],
    why: 'main reaches the UI only through the contract',
  },
  {
    from: 'src/renderer/',
    deny: ['src/main/', 'src/preload/', 'src/cli/'],
    why: 'the renderer talks only to window.paperdesk',
  },
  {
    from: 'src/renderer/',
    deny: ['src/shared/'],
    allow: ['src/shared/i18n/', 'src/shared/format/'],
    typeOnlyAllowed: true,
    // Tests never ship: they may compare the renderer's restated values with shared's own.
    testsExempt: true,
    why: 'the renderer imports only types from shared (translations in shared/i18n and the plain helpers in shared/format excepted)',
  },
  {
    from: 'src/shared/format/',
    deny: ['src/'],
    allow: ['src/shared/format/'],
    why: 'shared/format holds plain helpers both sides run: it imports nothing',
  },
]

/** @type {import('eslint').Rule.RuleModule} */
const layerImports = {
  meta: { type: 'problem', schema: [], messages: { crossed: '{{target}} is off limits here: {{why}}.' } },
  create(context) {
    const file = layer(context.filename)
    const check = (node, source, typeOnly) => {
      if (typeof source !== 'string' || !source.startsWith('.')) return
      const target = layer(resolve(dirname(context.filename), source)) + '/'
      for (const rule of rules) {
        if (!file.startsWith(rule.from)) continue
        if (rule.allow?.some((a) => target.startsWith(a))) continue
        if (rule.allowFiles?.test(target.slice(0, -1))) continue
        if (rule.typeOnlyAllowed && typeOnly) continue
        if (rule.testsExempt && /\.test\.tsx?$/.test(file)) continue
        if (rule.deny.some((d) => target.startsWith(d))) {
          context.report({ node, messageId: 'crossed', data: { target: target.slice(0, -1), why: rule.why } })
          return
        }
      }
    }
    const isTypeOnly = (node) =>
      node.importKind === 'type' ||
      (node.specifiers?.length > 0 && node.specifiers.every((s) => s.importKind === 'type'))
    return {
      ImportDeclaration: (node) => check(node, node.source.value, isTypeOnly(node)),
      ExportNamedDeclaration: (node) =>
        node.source && check(node, node.source.value, node.exportKind === 'type'),
      ExportAllDeclaration: (node) => check(node, node.source.value, node.exportKind === 'type'),
      ImportExpression: (node) => node.source.type === 'Literal' && check(node, node.source.value, false),
    }
  },
}

export default { rules: { 'layer-imports': layerImports } }
