import { defineConfig } from 'wxt';
import preact from '@preact/preset-vite';
import { HELPDESK_MATCHES } from './lib/adapters/matches';


export default defineConfig({
  modules: ['@wxt-dev/webextension-polyfill'],
  // MV3 everywhere: Firefox 128+ runs MAIN-world content scripts declared in an MV3 manifest.
  manifestVersion: 3,
  vite: () => ({
    plugins: [preact()],
    // Chrome refuses content scripts that hold a raw U+FFFF ("isn't UTF-8 encoded"); Dexie has one.
    esbuild: { charset: 'ascii' },
    build: { target: 'es2022' },
  }),
  manifest: ({ browser }) => ({
    name: 'ListenFirst',
    description: 'Listen before you reply: a listening checklist, restatement and reply hints beside your helpdesk tickets.',
    permissions: ['storage'],
    // The helpdesks, and nothing else: the popup reads a helpdesk tab's URL through these.
    host_permissions: HELPDESK_MATCHES,
    commands: {
      'toggle-sidebar': {
        suggested_key: { default: 'Alt+Shift+L' },
        description: 'Show or hide the ListenFirst sidebar',
      },
    },
    ...(browser === 'firefox'
      ? {
          browser_specific_settings: {
            gecko: {
              id: 'listen-first@listenfirst.app',
              // 140: the first Firefox that reads data_collection_permissions (MAIN-world scripts need 128).
              strict_min_version: '140.0',
              // New AMO listings must declare what they collect: nothing leaves the machine.
              data_collection_permissions: { required: ['none'] },
            },
            gecko_android: { strict_min_version: '142.0' },
          },
        }
      : {}),
  }),
});
