/**
 * What the extension injects into a helpdesk page, from the Chrome build in .output/ (run a build
 * first; `npm run bench` does): per helpdesk, the scripts and stylesheet its pages get (the editor
 * bridge and its key, that helpdesk's adapter script, the sidebar script and its CSS), raw and
 * gzip -9, and the largest total against the 40 KB gzip goal. The listening engine and Dexie live
 * in the background, not here.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { adapterScript } from '../../lib/adapters/provided-adapter';
import { HELPDESKS } from '../../lib/adapters/registry';
import { helpdeskContentScripts } from '../../lib/playbooks/registered-scripts';

const BUILD = join(import.meta.dirname, '..', '..', '.output', 'chrome-mv3');
const GOAL_KB = 40;
// The sidebar's stylesheet is fetched into its shadow root rather than declared in the manifest.
const STYLESHEET = 'content-scripts/helpdesk.css';

const kb = (bytes: number) => (bytes / 1024).toFixed(1);
const sizes = new Map<string, { raw: number; gzip: number }>();
const size = (file: string) => {
  let known = sizes.get(file);
  if (!known) {
    const bytes = readFileSync(join(BUILD, file));
    sizes.set(file, (known = { raw: bytes.length, gzip: gzipSync(bytes, { level: 9 }).length }));
  }
  return known;
};

// What a page of each helpdesk gets: the same scripts whether the manifest or a registration runs them.
const pages = HELPDESKS.map((row) => {
  const files = [...helpdeskContentScripts(`size#${row.id}`, ['https://example.test/*'], row.id).flatMap((script) => script.js), STYLESHEET];
  if (!files.includes(adapterScript(row.id))) throw new Error(`${row.id}: its pages would not get its adapter script`);
  const raw = files.reduce((sum, file) => sum + size(file).raw, 0);
  const gzip = files.reduce((sum, file) => sum + size(file).gzip, 0);
  return { id: row.id, raw, gzip };
});

console.log('');
console.log('Injected into a helpdesk page (.output/chrome-mv3, gzip -9 with node:zlib):');
console.log('');
console.log('| file | raw KB | gzip KB |');
console.log('|---|---|---|');
for (const [file, { raw, gzip }] of sizes) console.log(`| ${file} | ${kb(raw)} | ${kb(gzip)} |`);
console.log('');
console.log('| helpdesk page | raw KB | gzip KB |');
console.log('|---|---|---|');
for (const page of pages) console.log(`| ${page.id} | ${kb(page.raw)} | ${kb(page.gzip)} |`);
const largest = pages.reduce((max, page) => (page.gzip > max.gzip ? page : max));
console.log('');
console.log(`  ≤ ${GOAL_KB} KB gzip injected into any helpdesk page ... ${largest.gzip <= GOAL_KB * 1024 ? 'met' : 'NOT met'} (largest: ${largest.id}, ${kb(largest.gzip)} KB)`);
