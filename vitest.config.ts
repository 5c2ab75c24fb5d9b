import { defineConfig } from 'vitest/config';
import { WxtVitest } from 'wxt/testing/vitest-plugin';
import preact from '@preact/preset-vite';

// Unit tests: happy-dom, fake-indexeddb and WXT's fake browser. The e2e suite has its own config.
export default defineConfig({
  plugins: [WxtVitest(), preact()],
  test: {
    environment: 'happy-dom',
    setupFiles: ['fake-indexeddb/auto'],
    include: ['{lib,components,entrypoints,tests/unit}/**/*.test.{ts,tsx}'],
    restoreMocks: true,
  },
});
