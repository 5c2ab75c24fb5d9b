import { defineConfig } from 'vitest/config';
import { WxtVitest } from 'wxt/testing/vitest-plugin';
import preact from '@preact/preset-vite';

// Unit tests: happy-dom, fake-indexeddb and WXT's fake browser. The e2e suite has its own config.
export default defineConfig({
  plugins: [WxtVitest(), preact()],
  test: {
    // On CI, also a JSON report that .ci/summarize-tests.mjs totals into one closing line.
    reporters: process.env.CI ? ['default', ['json', { outputFile: 'test-results/unit.json' }]] : ['default'],
    environment: 'happy-dom',
    // Fixture pages are read as static markup: their stylesheets and scripts are not fetched.
    environmentOptions: {
      happyDOM: {
        settings: {
          disableCSSFileLoading: true,
          disableJavaScriptFileLoading: true,
          handleDisabledFileLoadingAsSuccess: true,
        },
      },
    },
    setupFiles: ['fake-indexeddb/auto'],
    include: ['{lib,components,entrypoints,scripts,tests/unit,tests/eval}/**/*.test.{ts,tsx}'],
    restoreMocks: true,
  },
});
