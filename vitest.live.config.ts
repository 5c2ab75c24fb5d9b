import { defineConfig } from 'vitest/config';
import e2e from './vitest.e2e.config';

// Live tests: real helpdesks (osTicket, FreeScout) brought up from their source archives, driven
// with the built extension in Debian's Chromium. Run after `wxt build`; one file at a time (each
// starts its helpdesk's servers and a browser). Without an archive a file says it did not run.
export default defineConfig({
  test: {
    ...e2e.test,
    include: ['tests/live/**/*.live.ts'],
    testTimeout: 90_000,
    hookTimeout: 240_000,
    // On CI, also a JSON report that .ci/summarize-tests.mjs totals into one closing line.
    reporters: process.env.CI ? ['default', ['json', { outputFile: 'test-results/live.json' }]] : ['default'],
  },
});
