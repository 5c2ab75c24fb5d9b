import { defineConfig } from 'vitest/config';
import e2e from './vitest.e2e.config';

// The core scenarios in Firefox ESR (Debian's firefox-esr), driven by puppeteer-core over WebDriver
// BiDi. Run after `wxt build -b firefox`; one file at a time (each starts its own Firefox).
export default defineConfig({
  test: {
    ...e2e.test,
    include: ['tests/firefox/**/*.e2e.ts'],
    // On CI, also a JSON report that .ci/summarize-tests.mjs totals into one closing line.
    reporters: process.env.CI ? ['default', ['json', { outputFile: 'test-results/firefox.json' }]] : ['default'],
  },
});
