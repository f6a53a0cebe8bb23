import { defineConfig } from 'vitest/config'

// Unit tests sit beside the code; e2e/ belongs to Playwright.
export default defineConfig({
  test: {
    include: ['src/**/*.test.ts', 'scripts/**/*.test.ts', 'eslint/**/*.test.ts'],
    environment: 'node',
    pool: 'forks',
    testTimeout: 20_000,
    setupFiles: ['scripts/vitest-fixed-seed.ts'],
  },
})
