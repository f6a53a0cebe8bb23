import { defineConfig } from '@playwright/test'

// The `app` fixture (e2e/fixtures.ts) starts everything each test needs — the renderer's static
// server, Chromium or Electron, the core on a fresh data folder — so there is no webServer here.
// PAPERDESK_E2E_TARGET=electron runs the same specs against the real app.
export default defineConfig({
  testDir: 'e2e',
  testMatch: '**/*.spec.ts',
  fullyParallel: false,
  forbidOnly: !!process.env['CI'],
  // One spec at a time: each test runs its own core with a pdf.js worker and an OCR worker, and on
  // the 2-core machines CI uses, two such tests side by side starved those workers past their
  // per-page time limits (pages 404, previews never drawn). PAPERDESK_E2E_WORKERS overrides it.
  workers: Number(process.env['PAPERDESK_E2E_WORKERS'] ?? 1),
  retries: 0,
  timeout: 30_000,
  expect: { timeout: 5_000 },
  reporter: [['list'], ['json', { outputFile: '.e2e-results.json' }]],
  outputDir: 'test-results',
})
