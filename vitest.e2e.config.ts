import { defineConfig } from 'vitest/config';

// Real-browser tests: the built extension in Debian's Chromium, driven by playwright-core.
// Run after `wxt build`; one file at a time (each launches its own browser).
export default defineConfig({
  test: {
    // On CI, also a JSON report that .ci/summarize-tests.mjs totals into one closing line.
    reporters: process.env.CI ? ['default', ['json', { outputFile: 'test-results/e2e.json' }]] : ['default'],
    environment: 'node',
    include: ['tests/e2e/**/*.e2e.ts'],
    fileParallelism: false,
    testTimeout: 60_000,
    hookTimeout: 60_000,
  },
});
