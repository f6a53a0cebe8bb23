// @ts-check
import js from '@eslint/js'
import reactHooks from 'eslint-plugin-react-hooks'
import globals from 'globals'
import tseslint from 'typescript-eslint'
import { builtinModules } from 'node:module'
import layerBoundaries from './eslint/layer-boundaries.js'

const nodeBuiltins = [...builtinModules, ...builtinModules.map((m) => `node:${m}`)]

/** Package boundaries per folder; folder-to-folder boundaries are in eslint/layer-boundaries.js. */
const boundary = (files, paths) => ({ files, rules: { 'no-restricted-imports': ['error', { paths }] } })
const noElectron = [
  { name: 'electron', message: 'core, cli and shared run on plain Node: no electron here.' },
]
const noNodeIn = (message) => nodeBuiltins.map((name) => ({ name, message }))

export default tseslint.config(
  {
    ignores: ['out/**', 'dist/**', 'node_modules/**', 'test-results/**', 'playwright-report/**', '.cache/**'],
  },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    languageOptions: { globals: { ...globals.node } },
    rules: {
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
      '@typescript-eslint/consistent-type-imports': ['error', { fixStyle: 'inline-type-imports' }],
      'no-console': 'off',
    },
  },
  {
    files: ['src/renderer/**/*.{ts,tsx}'],
    languageOptions: { globals: { ...globals.browser } },
    plugins: { 'react-hooks': reactHooks },
    rules: reactHooks.configs.recommended.rules,
  },
  { plugins: { paperdesk: layerBoundaries }, rules: { 'paperdesk/layer-imports': 'error' } },
  boundary(['src/shared/**'], [...noElectron, ...noNodeIn('shared runs in every process: no Node APIs.')]),
  boundary(['src/main/core/**', 'src/cli/**'], noElectron),
  boundary(
    ['src/shared/format/**'],
    [
      ...noElectron,
      ...noNodeIn('shared runs in every process: no Node APIs.'),
      { name: 'zod', message: 'shared/format is loaded by the renderer: plain functions only.' },
    ],
  ),
  boundary(
    ['src/renderer/**'],
    [
      ...noNodeIn('The renderer never touches Node: use window.paperdesk.'),
      { name: 'electron', message: 'The renderer talks only to window.paperdesk.' },
      { name: 'better-sqlite3', message: 'The renderer talks only to window.paperdesk.' },
    ],
  ),
  boundary(
    ['src/preload/**'],
    [{ name: 'better-sqlite3', message: 'The preload only bridges the contract.' }],
  ),
  {
    files: ['**/*.test.ts', 'e2e/**', 'bench/**', 'scripts/**'],
    rules: { '@typescript-eslint/no-non-null-assertion': 'off' },
  },
)
