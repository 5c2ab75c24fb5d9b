import { mkdir, writeFile } from 'node:fs/promises';
import { join, resolve } from 'node:path';
import { defineConfig } from 'wxt';
import preact from '@preact/preset-vite';
import { adapterScriptSource } from './lib/adapters/adapter-scripts';
import { HELPDESK_MATCHES } from './lib/adapters/matches';
import { adapterScript } from './lib/adapters/provided-adapter';
import { HELPDESK_IDS, HELPDESKS, hostMatchPatterns } from './lib/adapters/registry';
import { MANIFEST_KEY } from './lib/playbooks/extension-key';
import { EDITOR_BRIDGE_SCRIPT, EDITOR_KEY_SCRIPT, helpdeskSidebarScripts, SIDEBAR_SCRIPT } from './lib/playbooks/registered-scripts';
import { EXTENSION_ICONS, toolbarIcon } from './lib/toolbar/toolbar-icons';
import { noHtmlStrings } from './scripts/no-html-strings-plugin';
import { terserChunks } from './scripts/terser-chunks-plugin';


export default defineConfig({
  modules: ['@wxt-dev/webextension-polyfill'],
  // Copied into the build as is: managed_schema.json (generated, see lib/playbooks/json-schemas.ts).
  publicDir: 'assets/public',
  // MV3 everywhere: Firefox 128+ runs MAIN-world content scripts declared in an MV3 manifest.
  manifestVersion: 3,
  zip: {
    // The source archive AMO asks for (bundled code): what `npm ci && npm run zip` needs, nothing
    // generated. Build instructions are in README.md, inside it.
    excludeSources: ['test-results/**', 'coverage/**', '*.log'],
  },
  hooks: {
    // Each helpdesk's adapter script (lib/adapters/provided-adapter.ts), generated from its registry row.
    'entrypoints:resolved': async (wxt, entrypoints) => {
      const dir = join(wxt.config.wxtDir, 'adapter-scripts');
      await mkdir(dir, { recursive: true });
      for (const id of HELPDESK_IDS) {
        const inputPath = join(dir, `${id}.ts`);
        await writeFile(inputPath, adapterScriptSource(id, resolve(wxt.config.root, 'lib/adapters')));
        entrypoints.push({ type: 'unlisted-script', name: id, inputPath, outputDir: join(wxt.config.outDir, 'adapters'), options: {}, skipped: false });
      }
    },
    'build:manifestGenerated': (_wxt, manifest) => {
      const scripts = manifest.content_scripts ?? [];
      // The sidebar script runs after its page's adapter script: one entry per helpdesk, in that order.
      const sidebar = scripts.findIndex((script) => script.js?.includes(SIDEBAR_SCRIPT));
      if (sidebar < 0) throw new Error('wxt.config.ts: the sidebar script is not among the content scripts.');
      const [sidebarEntry] = scripts.splice(sidebar, 1);
      // First, at document_start: the editor bridge in the page's world, then the script that hands
      // it its key (both unlisted scripts, carrying no WXT runtime, polyfill or registry).
      scripts.unshift(
        { matches: HELPDESK_MATCHES, run_at: 'document_start', world: 'MAIN', js: [EDITOR_BRIDGE_SCRIPT] } as (typeof scripts)[number],
        { matches: HELPDESK_MATCHES, run_at: 'document_start', js: [EDITOR_KEY_SCRIPT] },
      );
      for (const row of HELPDESKS.filter((helpdesk) => helpdesk.permission === 'required')) {
        scripts.push({ ...sidebarEntry, matches: hostMatchPatterns(row), js: helpdeskSidebarScripts(row.id) });
      }
      manifest.content_scripts = scripts;
      // WXT lists a runtime-registered script's CSS with no pages at all; the entry above covers it.
      const resources = (manifest.web_accessible_resources ?? []) as (string | { matches?: string[] })[];
      manifest.web_accessible_resources = resources.filter((entry) => typeof entry === 'string' || entry.matches?.length !== 0) as typeof manifest.web_accessible_resources;
    },
  },
  vite: () => ({
    plugins: [preact(), noHtmlStrings(), terserChunks([SIDEBAR_SCRIPT, EDITOR_BRIDGE_SCRIPT, ...HELPDESK_IDS.map(adapterScript)])],
    // Chrome refuses content scripts that hold a raw U+FFFF ("isn't UTF-8 encoded"); Dexie has one.
    esbuild: { charset: 'ascii' },
    build: { target: 'es2022' },
  }),
  manifest: ({ browser, mode }) => ({
    name: 'ListenFirst',
    description: 'Listen before you reply: a listening checklist, restatement and reply hints beside your helpdesk tickets.',
    // Rendered from assets/icons/*.svg by `npm run icons`. The toolbar starts as "not a ticket page";
    // a helpdesk tab's content script switches its own tab to active or paused (lib/toolbar).
    icons: EXTENSION_ICONS,
    action: { default_icon: toolbarIcon('idle') },
    // alarms: refresh a subscribed team playbook on a schedule, and delete drafts past their retention
    // period every six hours (lib/drafts/retention.ts). scripting: register the content
    // scripts on a helpdesk at a team's own domain, once the agent grants that origin.
    // activeTab: "Use ListenFirst on this page" in the toolbar popup injects the sidebar into that
    // one tab, on that click only (lib/anysite/start-on-page.ts); no warning, no standing access.
    permissions: ['storage', 'alarms', 'scripting', 'activeTab'],
    // The helpdesks, and nothing else: the popup reads a helpdesk tab's URL through these.
    host_permissions: HELPDESK_MATCHES,
    // Granted one origin at a time, on the agent's click in the options page: a playbook's
    // subscription URL, or a helpdesk on the team's own domain. Nothing is granted at install.
    optional_host_permissions: ['https://*/*', 'http://*/*'],
    // The sidebar's shadow root fetches its CSS; on a custom helpdesk origin that fetch needs this.
    // use_dynamic_url: only through a per-session URL, so pages can't probe for the extension.
    web_accessible_resources: [{ resources: ['content-scripts/helpdesk.css', 'content-scripts/page-sidebar.css'], matches: ['https://*/*', 'http://*/*'], use_dynamic_url: true }],
    commands: {
      'toggle-sidebar': {
        suggested_key: { default: 'Alt+Shift+L' },
        description: 'Show or hide the ListenFirst sidebar',
      },
    },
    ...(browser === 'firefox'
      ? {
          // Firefox reads policy for extensions from policies.json's 3rdparty section, without a schema.
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
      : {
          // A stable id for administrators to target in policy (the public half of the signing key).
          // Not in the Chrome Web Store package (`npm run zip` builds it in mode "store"): the store
          // refuses a manifest with a key and signs the package with its own.
          ...(mode === 'store' ? {} : { key: MANIFEST_KEY }),
          // What a browser policy can set; managed values win over local ones and lock them.
          storage: { managed_schema: 'managed_schema.json' },
        }),
  }),
});
