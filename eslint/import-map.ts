// The import map of the source tree, read with TypeScript's own parser and resolver: `import`,
// `import type`, `export … from` and `import()` all count as edges, so a circle of types only is
// still a circle a reader has to walk. Static edges (what loads with a module) are told apart from
// type-only and dynamic ones for the checks that care about start-up cost.
import { readdirSync, readFileSync } from 'node:fs'
import { join, relative, resolve, sep } from 'node:path'
import ts from 'typescript'

const root = resolve(import.meta.dirname, '..')
const options: ts.CompilerOptions = {
  module: ts.ModuleKind.ESNext,
  moduleResolution: ts.ModuleResolutionKind.Bundler,
  resolveJsonModule: true,
}

export type EdgeKind = 'static' | 'type' | 'dynamic'

/** One import of a file: a source file (repo-relative path) or a package (its bare name). */
export interface Edge {
  to: string
  kind: EdgeKind
  /** A package, e.g. `sharp` or `node:fs`, rather than a file of the tree. */
  bare: boolean
}

function sourceFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const path = join(dir, entry.name)
    if (entry.isDirectory()) return entry.name === 'node_modules' ? [] : sourceFiles(path)
    return /\.tsx?$/.test(entry.name) && !entry.name.endsWith('.d.ts') ? [path] : []
  })
}

const repoPath = (path: string) => relative(root, path).split(sep).join('/')

/** Every module specifier of a file, with how it is imported. */
function specifiers(file: string): Array<{ spec: string; kind: EdgeKind }> {
  const source = ts.createSourceFile(file, readFileSync(file, 'utf8'), ts.ScriptTarget.Latest, false)
  const found: Array<{ spec: string; kind: EdgeKind }> = []
  const visit = (node: ts.Node) => {
    if (ts.isImportDeclaration(node) && ts.isStringLiteral(node.moduleSpecifier)) {
      const clause = node.importClause
      const named = clause?.namedBindings
      const allTypes =
        !!clause &&
        !clause.name &&
        !!named &&
        ts.isNamedImports(named) &&
        named.elements.length > 0 &&
        named.elements.every((e) => e.isTypeOnly)
      found.push({
        spec: node.moduleSpecifier.text,
        kind: clause?.isTypeOnly || allTypes ? 'type' : 'static',
      })
    } else if (
      ts.isExportDeclaration(node) &&
      node.moduleSpecifier &&
      ts.isStringLiteral(node.moduleSpecifier)
    ) {
      const named = node.exportClause
      const allTypes =
        !!named &&
        ts.isNamedExports(named) &&
        named.elements.length > 0 &&
        named.elements.every((e) => e.isTypeOnly)
      found.push({ spec: node.moduleSpecifier.text, kind: node.isTypeOnly || allTypes ? 'type' : 'static' })
    } else if (
      ts.isCallExpression(node) &&
      node.expression.kind === ts.SyntaxKind.ImportKeyword &&
      node.arguments[0] &&
      ts.isStringLiteral(node.arguments[0])
    ) {
      found.push({ spec: node.arguments[0].text, kind: 'dynamic' })
    } else if (ts.isImportTypeNode(node) && ts.isLiteralTypeNode(node.argument)) {
      const literal = node.argument.literal
      if (ts.isStringLiteral(literal)) found.push({ spec: literal.text, kind: 'type' })
    }
    ts.forEachChild(node, visit)
  }
  visit(source)
  return found
}

/** Each source file under `folders` (repo-relative) → its imports. */
export function importMap(folders: readonly string[] = ['src']): Map<string, Edge[]> {
  const map = new Map<string, Edge[]>()
  for (const file of folders.flatMap((f) => sourceFiles(join(root, f)))) {
    const edges: Edge[] = []
    for (const { spec, kind } of specifiers(file)) {
      if (!spec.startsWith('.')) {
        edges.push({ to: spec, kind, bare: true })
        continue
      }
      const resolved = ts.resolveModuleName(spec, file, options, ts.sys).resolvedModule
      if (resolved && /\.tsx?$/.test(resolved.resolvedFileName))
        edges.push({ to: repoPath(resolved.resolvedFileName), kind, bare: false })
    }
    map.set(repoPath(file), edges)
  }
  return map
}

/** Every strongly connected group of more than one file (or a file importing itself): the circles. */
export function findCycles(map: ReadonlyMap<string, readonly Edge[]>): string[][] {
  const next = (file: string) => (map.get(file) ?? []).filter((e) => !e.bare).map((e) => e.to)
  // Tarjan's algorithm, iterative so a deep tree cannot overflow the stack.
  const index = new Map<string, number>()
  const low = new Map<string, number>()
  const onStack = new Set<string>()
  const stack: string[] = []
  const cycles: string[][] = []
  let counter = 0
  const enter = (node: string) => {
    index.set(node, counter)
    low.set(node, counter++)
    stack.push(node)
    onStack.add(node)
  }
  for (const start of map.keys()) {
    if (index.has(start)) continue
    enter(start)
    const work: Array<{ node: string; edges: string[]; at: number }> = [
      { node: start, edges: next(start), at: 0 },
    ]
    while (work.length > 0) {
      const frame = work[work.length - 1] as (typeof work)[number]
      if (frame.at < frame.edges.length) {
        const to = frame.edges[frame.at++] as string
        if (!index.has(to)) {
          enter(to)
          work.push({ node: to, edges: next(to), at: 0 })
        } else if (onStack.has(to))
          low.set(frame.node, Math.min(low.get(frame.node) as number, index.get(to) as number))
        continue
      }
      work.pop()
      const parent = work[work.length - 1]
      if (parent)
        low.set(parent.node, Math.min(low.get(parent.node) as number, low.get(frame.node) as number))
      if (low.get(frame.node) !== index.get(frame.node)) continue
      const group: string[] = []
      let member: string
      do {
        member = stack.pop() as string
        onStack.delete(member)
        group.push(member)
      } while (member !== frame.node)
      if (group.length > 1 || frame.edges.includes(frame.node)) cycles.push(group.sort())
    }
  }
  return cycles
}

/** The packages a module loads with it: its static imports, followed through the tree's files. */
export function staticPackages(map: ReadonlyMap<string, readonly Edge[]>, file: string): Map<string, string> {
  const packages = new Map<string, string>()
  const seen = new Set<string>()
  const visit = (from: string) => {
    if (seen.has(from)) return
    seen.add(from)
    for (const edge of map.get(from) ?? []) {
      if (edge.kind !== 'static') continue
      if (edge.bare) {
        if (!packages.has(edge.to)) packages.set(edge.to, from)
      } else visit(edge.to)
    }
  }
  visit(file)
  return packages
}

/** The tree's files a module loads with it: its static imports, followed. */
export function staticFiles(map: ReadonlyMap<string, readonly Edge[]>, file: string): string[] {
  const seen = new Set<string>()
  const visit = (from: string) => {
    if (seen.has(from)) return
    seen.add(from)
    for (const edge of map.get(from) ?? []) if (edge.kind === 'static' && !edge.bare) visit(edge.to)
  }
  visit(file)
  return [...seen].sort()
}

/** The tree's files that `folder`'s own (non-test) files import, outside `folder`, under `target`. */
export function importsInto(
  map: ReadonlyMap<string, readonly Edge[]>,
  folder: string,
  target: string,
): string[] {
  const found = new Set<string>()
  for (const [file, edges] of map)
    if (file.startsWith(folder) && !/\.test\.tsx?$|\/test-support\//.test(file))
      for (const edge of edges) if (!edge.bare && edge.to.startsWith(target)) found.add(edge.to)
  return [...found].sort()
}

// `npx tsx eslint/import-map.ts`: the circles; `--cli`: what the CLI imports from core;
// `--packages FILE`: the packages FILE loads with it.
if (process.argv[1] && resolve(process.argv[1]) === resolve(import.meta.filename)) {
  const map = importMap()
  const at = process.argv.indexOf('--packages')
  if (process.argv.includes('--cli')) {
    const core = importsInto(map, 'src/cli/', 'src/main/core/')
    console.log(core.join('\n'))
    console.log(`${core.length} core modules imported by src/cli (tests and test support left out)`)
  } else if (at > 0) {
    for (const [name, via] of staticPackages(map, process.argv[at + 1] as string))
      console.log(`${name}\t(via ${via})`)
  } else {
    const cycles = findCycles(map)
    for (const c of cycles) console.log(c.join('\n  ↔ '), '\n')
    console.log(`${cycles.length} circle(s) among ${map.size} files`)
  }
}
