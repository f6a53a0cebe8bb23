import { readdirSync } from 'node:fs'
import { join, relative, resolve } from 'node:path'
import { describe, expect, it } from 'vitest'
import { findCycles, importMap, staticFiles, staticPackages, type Edge } from './import-map'

const root = resolve(__dirname, '..')
const map = importMap(['src', 'e2e', 'bench', 'eslint', 'scripts'])

/** Every tool's door: `src/main/core/<tool>/<tool>-door.ts`. */
const doors = readdirSync(join(root, 'src/main/core'), { withFileTypes: true })
  .filter((d) => d.isDirectory())
  .flatMap((d) =>
    readdirSync(join(root, 'src/main/core', d.name))
      .filter((f) => f.endsWith('-door.ts'))
      .map((f) => relative(root, join(root, 'src/main/core', d.name, f))),
  )

// What a door may not load with it: they load on first use, so opening the core stays cheap.
const HEAVY = [
  'pdf-lib',
  'sharp',
  'playwright-core',
  'pdfjs-dist',
  '@napi-rs/canvas',
  'sanitize-html',
  'mammoth',
  'marked',
  'turndown',
]

describe('the import map', () => {
  it('has no circle: no file imports, however indirectly and by types only, one that imports it', () => {
    expect(map.size).toBeGreaterThan(400)
    expect(findCycles(map)).toEqual([])
  })

  it('finds a circle, types-only and dynamic imports included', () => {
    const edge = (to: string, kind: Edge['kind']): Edge => ({ to, kind, bare: false })
    const circle = new Map([
      ['a.ts', [edge('b.ts', 'type')]],
      ['b.ts', [edge('c.ts', 'dynamic')]],
      ['c.ts', [edge('a.ts', 'static')]],
      ['d.ts', [edge('a.ts', 'static')]],
    ])
    expect(findCycles(circle)).toEqual([['a.ts', 'b.ts', 'c.ts']])
  })

  it('keeps every door light: heavy packages load when a use case first needs them', () => {
    expect(doors).toEqual(
      expect.arrayContaining([
        'src/main/core/db/db-door.ts',
        'src/main/core/filing/filing-door.ts',
        'src/main/core/notes/notes-door.ts',
        'src/main/core/sign/sign-door.ts',
      ]),
    )
    for (const door of doors) {
      const loaded = [...staticPackages(map, door).keys()]
      expect(
        loaded.filter((p) => HEAVY.includes(p)),
        door,
      ).toEqual([])
    }
  })

  it('has the contract’s tool services call only their door (and the shell’s port for dialogs)', () => {
    const services = [...map.keys()].filter((f) => /^src\/main\/core\/.+-services?\.ts$/.test(f))
    expect(services).toHaveLength(5)
    for (const file of services) {
      const core = (map.get(file) ?? [])
        .filter((e) => !e.bare && e.to.startsWith('src/main/core/'))
        .map((e) => e.to)
      const allowed = /^src\/main\/core\/(service-deps|platform-port|[a-z]+\/[a-z]+-door)\.ts$/
      expect(
        core.filter((to) => !allowed.test(to)),
        file,
      ).toEqual([])
    }
  })

  it('lets `filing inspect` start without the schema library or the database', () => {
    const door = 'src/main/core/filing/filing-door.ts'
    const loaded = [...staticPackages(map, door).keys()]
    expect(loaded.filter((p) => !p.startsWith('node:'))).toEqual([])
    // Nor every translation, the validators or the records: they load for the commands that use them.
    expect(staticFiles(map, door).filter((f) => /shared\/i18n|filing\/(validate|records)\//.test(f))).toEqual(
      [],
    )
  })
})
