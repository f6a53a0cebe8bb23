// Bundles the CLI (src/cli) into out/cli/index.js for plain Node. Dependencies stay external:
// better-sqlite3 is native, and node_modules is there wherever the CLI runs from the repo.
import { chmodSync, readFileSync } from 'node:fs'
import { builtinModules } from 'node:module'
import { build } from 'vite'

const pkg = JSON.parse(readFileSync(new URL('../package.json', import.meta.url), 'utf8'))
const external = [
  ...builtinModules,
  ...builtinModules.map((m) => `node:${m}`),
  ...Object.keys(pkg.dependencies ?? {}),
]

await build({
  configFile: false,
  logLevel: 'warn',
  build: {
    ssr: true,
    outDir: 'out/cli',
    emptyOutDir: true,
    target: 'node22',
    minify: false,
    rollupOptions: {
      // The CLI, and the worker threads it starts (core/isolate finds them at workers/<name>.js).
      input: {
        index: 'src/cli/index.ts',
        'workers/ocr-worker': 'src/main/core/ocr/ocr-worker.ts',
        'workers/pdf-raster-worker': 'src/main/core/pdf-raster/pdf-raster-worker.ts',
      },
      external: (id) => external.some((e) => id === e || id.startsWith(`${e}/`)),
      // Commands import their heavy modules lazily; those become chunks beside index.js.
      output: { format: 'es', entryFileNames: '[name].js', chunkFileNames: 'chunks/[name]-[hash].js' },
    },
  },
})
chmodSync('out/cli/index.js', 0o755)
