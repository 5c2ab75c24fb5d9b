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
    // A real browser on a shared machine can take seconds to settle; Vitest's default of 1 s for
    // expect.poll failed a Zoho Desk check on CI that passes here in a tenth of that. Polls still
    // fail when the state never comes; they only wait longer for it.
    expect: { poll: { timeout: 10_000 } },
  },
});
