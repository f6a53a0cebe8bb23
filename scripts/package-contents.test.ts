import { describe, expect, it } from 'vitest'
// @ts-expect-error a plain .mjs script without types
import { violations } from './package-contents.mjs'

// The rules `npm run package:contents` applies to the real app.asar listing, each shown to bite.
describe('what the packaged app may hold', () => {
  const clean = [
    'package.json',
    'out/main/index.js',
    'node_modules/zod/package.json',
    'node_modules/zod/index.js',
  ]
  const production = new Set(['zod@4.0.0', 'better-sqlite3@12.0.0'])
  const packages = (extra: Array<[string, string]> = []) =>
    new Map<string, string>([['node_modules/zod', 'zod@4.0.0'], ...extra])
  const rules = (files: string[], unpacked: string[] = [], extra: Array<[string, string]> = []) =>
    (violations(files, new Set(unpacked), packages(extra), production) as Array<[string, string[]]>).map(
      ([rule, paths]) => [rule, paths],
    )

  it('accepts the built app, its production packages and unpacked native code', () => {
    const native = 'node_modules/better-sqlite3/build/Release/better_sqlite3.node'
    expect(
      rules([...clean, native], [native], [['node_modules/better-sqlite3', 'better-sqlite3@12.0.0']]),
    ).toEqual([])
  })

  it.each([
    ['test files ship', 'node_modules/zod/src/v3/tests/array.test.ts'],
    ['test-support folders ship', 'out/main/test-support/db-child.js'],
    ['fixtures ship', 'node_modules/zod/fixtures/big.json'],
    ['source maps ship', 'out/main/index.js.map'],
    ['app files from outside out/ and package.json ship', 'src/main/index.ts'],
    ['the CLI (not part of the app) ships', 'out/cli/index.js'],
    [
      'native code is left inside the archive',
      'node_modules/@img/sharp-libvips-linux-x64/lib/libvips-cpp.so.8',
    ],
  ])('refuses: %s', (rule, file) => {
    expect(rules([...clean, file])).toContainEqual([rule, [file]])
  })

  it("refuses another platform's native code, even unpacked; the stamp font ships", () => {
    const win = 'node_modules/onnxruntime-node/bin/napi-v6/win32/x64/onnxruntime_binding.node'
    expect(rules([...clean, 'resources/fonts/noto-sans-sc-stamp.bin', win], [win])).toEqual([
      ["another platform's native code ships", [win]],
    ])
    expect(rules([...clean, 'resources/fonts/README.md'])).toEqual([
      ['app files from outside out/ and package.json ship', ['resources/fonts/README.md']],
    ])
  })

  it('refuses a package the app does not need, judged by name and version, not by folder', () => {
    const found = rules(
      [...clean, 'node_modules/argparse/index.js'],
      [],
      [['node_modules/argparse', 'argparse@2.0.1']],
    )
    expect(found).toEqual([['development-only packages ship', ['node_modules/argparse (argparse@2.0.1)']]])
  })
})
