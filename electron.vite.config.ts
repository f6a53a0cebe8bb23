import { readFileSync } from 'node:fs'
import { resolve } from 'node:path'
import react from '@vitejs/plugin-react'
import { defineConfig } from 'electron-vite'
import { scopeToolCss } from './scripts/scope-tool-css'

// Three bundles: main (Node, electron external), preload (sandboxed, so everything it uses is
// bundled in), renderer (the React app, served through the app:// protocol).
export default defineConfig({
  main: {
    // The Notes print step reads CKEditor's content styles from beside the main bundle (the
    // packaged app has no devDependencies); see core/notes/export/content-styles.ts.
    plugins: [
      {
        name: 'paperdesk-ckeditor-content-css',
        generateBundle() {
          this.emitFile({
            type: 'asset',
            fileName: 'ckeditor5-content.css',
            source: readFileSync(resolve(__dirname, 'node_modules/ckeditor5/dist/ckeditor5-content.css')),
          })
        },
      },
    ],
    build: {
      outDir: 'out/main',
      rollupOptions: {
        input: {
          index: resolve(__dirname, 'src/main/index.ts'),
          // Worker threads (core/isolate): each is its own entry, found at workers/<name>.js.
          'workers/ocr-worker': resolve(__dirname, 'src/main/core/ocr/ocr-worker.ts'),
          'workers/pdf-raster-worker': resolve(__dirname, 'src/main/core/pdf-raster/pdf-raster-worker.ts'),
        },
      },
      externalizeDeps: { exclude: ['zod'] },
    },
  },
  preload: {
    build: {
      outDir: 'out/preload',
      rollupOptions: {
        input: { index: resolve(__dirname, 'src/preload/index.ts') },
        output: { format: 'cjs', entryFileNames: '[name].cjs' },
      },
      externalizeDeps: false,
    },
  },
  renderer: {
    root: resolve(__dirname, 'src/renderer'),
    plugins: [react()],
    // Each tool's stylesheets apply inside its own page only (see scripts/scope-tool-css.ts).
    css: { postcss: { plugins: [scopeToolCss()] } },
    build: {
      outDir: resolve(__dirname, 'out/renderer'),
      minify: true,
      sourcemap: false,
      rollupOptions: { input: { index: resolve(__dirname, 'src/renderer/index.html') } },
    },
  },
})
