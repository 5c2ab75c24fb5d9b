/**
 * What the extension injects into a helpdesk page, from the Chrome build in .output/ (run a build
 * first; `npm run bench` does): each content script and stylesheet, raw and gzip -9, and the total
 * against the 40 KB gzip goal. The listening engine and Dexie live in the background, not here.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';

const BUILD = join(import.meta.dirname, '..', '..', '.output', 'chrome-mv3');
const GOAL_KB = 40;

interface Manifest {
  content_scripts?: { js?: string[]; css?: string[] }[];
}

const manifest = JSON.parse(readFileSync(join(BUILD, 'manifest.json'), 'utf8')) as Manifest;
const files = [...new Set((manifest.content_scripts ?? []).flatMap((script) => [...(script.js ?? []), ...(script.css ?? [])]))];
// The sidebar's stylesheet is fetched into its shadow root rather than declared in the manifest.
if (!files.includes('content-scripts/helpdesk.css')) files.push('content-scripts/helpdesk.css');

const kb = (bytes: number) => (bytes / 1024).toFixed(1);
const rows = files.map((file) => {
  const bytes = readFileSync(join(BUILD, file));
  return { file, raw: bytes.length, gzip: gzipSync(bytes, { level: 9 }).length };
});
const total = rows.reduce((sum, row) => sum + row.gzip, 0);

console.log('');
console.log('Injected into a helpdesk page (.output/chrome-mv3, gzip -9 with node:zlib):');
console.log('');
console.log('| file | raw KB | gzip KB |');
console.log('|---|---|---|');
for (const row of rows) console.log(`| ${row.file} | ${kb(row.raw)} | ${kb(row.gzip)} |`);
console.log(`| total | ${kb(rows.reduce((sum, row) => sum + row.raw, 0))} | ${kb(total)} |`);
console.log('');
console.log(`  ≤ ${GOAL_KB} KB gzip injected .................. ${total <= GOAL_KB * 1024 ? 'met' : 'NOT met'} (${kb(total)} KB)`);
