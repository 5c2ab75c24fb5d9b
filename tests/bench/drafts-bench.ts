/**
 * `npx tsx tests/bench/drafts-bench.ts`: the drafts store with 10,000 drafts. Times what the popup
 * and the background do (open and list the first page, search, purge expired drafts), medians over
 * several fresh databases, in two places:
 *   - fake-indexeddb under Node (always): pure JavaScript in memory, the same query plans;
 *   - Chromium's real IndexedDB on disk (when /usr/bin/chromium or CHROMIUM_PATH exists; `--node-only`
 *     skips it): the same code bundled by esbuild into a page at a routed https origin.
 * It prints; it never fails a build on timing. Goals (issue 5): under 100 ms to a listed page,
 * under 1 s to purge 10,000. `RUNS=9` for more runs.
 */
import 'fake-indexeddb/auto';
import { existsSync } from 'node:fs';
import { availableParallelism, loadavg } from 'node:os';
import { join } from 'node:path';
import { build } from 'esbuild';
import { launchBrowser } from '../e2e/support/browser';
import { measureDraftsStore, type BenchRow } from './drafts-bench-scenario';

const DRAFTS = 10_000;
const RUNS = Number(process.env.RUNS ?? 5);
const ORIGIN = 'https://drafts-bench.test';

function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  const middle = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? sorted[middle]! : (sorted[middle - 1]! + sorted[middle]!) / 2;
}

function printTable(title: string, rows: BenchRow[]): void {
  const ms = (value: number) => `${value.toFixed(1)} ms`;
  const cells = rows.map((row) => [row.operation, ms(median(row.ms)), ms(Math.min(...row.ms)), ms(Math.max(...row.ms)), row.result]);
  const header = ['operation', 'median', 'min', 'max', 'result'];
  const widths = header.map((name, i) => Math.max(name.length, ...cells.map((cell) => cell[i]!.length)));
  const line = (cell: string[]) => `| ${cell.map((value, i) => (i === 0 || i === 4 ? value.padEnd(widths[i]!) : value.padStart(widths[i]!))).join(' | ')} |`;
  console.log(`\n${title}\n`);
  console.log(line(header));
  console.log(`|${widths.map((width, i) => (i === 0 || i === 4 ? '-'.repeat(width + 2) : `${'-'.repeat(width + 1)}:`)).join('|')}|`);
  for (const cell of cells) console.log(line(cell));
}

async function inChromium(): Promise<BenchRow[] | string> {
  const executable = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
  if (process.argv.includes('--node-only')) return 'skipped (--node-only)';
  if (!existsSync(executable)) return `skipped: no Chromium at ${executable} (set CHROMIUM_PATH)`;
  const bundle = await build({
    stdin: {
      contents: "import { measureDraftsStore } from './drafts-bench-scenario';\nObject.assign(globalThis, { measureDraftsStore });",
      resolveDir: import.meta.dirname,
      loader: 'ts',
    },
    bundle: true,
    format: 'iife',
    target: 'es2022',
    write: false,
  });
  const script = bundle.outputFiles[0]!.text;
  // A persistent profile, so IndexedDB is Chromium's on-disk store (an incognito context keeps it in memory).
  const browser = await launchBrowser({ withExtension: false, headless: true });
  try {
    await browser.context.route(`${ORIGIN}/**`, (route) =>
      route.request().url().endsWith('/bench.js')
        ? route.fulfill({ contentType: 'text/javascript', body: script })
        : route.fulfill({ contentType: 'text/html', body: '<!doctype html><title>drafts bench</title><script src="/bench.js"></script>' }),
    );
    const page = await browser.context.newPage();
    await page.goto(`${ORIGIN}/`);
    const version = browser.context.browser()?.version() ?? (await page.evaluate(() => navigator.userAgent.match(/Chrome\/[\d.]+/)?.[0] ?? 'Chromium'));
    const rows = await page.evaluate(
      ([count, runs]) => (globalThis as unknown as { measureDraftsStore: (c: number, r: number) => Promise<BenchRow[]> }).measureDraftsStore(count, runs),
      [DRAFTS, RUNS] as const,
    );
    rows.unshift({ operation: `(browser: ${version})`, ms: [0], result: '' });
    return rows;
  } finally {
    await browser.close();
  }
}

// Timings on a busy machine are not timings of the code: say how busy it was.
const machine = () => `load average ${loadavg()[0]!.toFixed(1)} on ${availableParallelism()} CPUs`;
console.log(`Machine at start: ${machine()}`);
const node = process.argv.includes('--chromium-only') ? [] : await measureDraftsStore(DRAFTS, RUNS);
if (node.length) printTable(`Drafts store, ${DRAFTS.toLocaleString('en')} drafts, fake-indexeddb on Node ${process.version}, ${RUNS} runs (a fresh database each)`, node);
const chromium = await inChromium().catch((error: unknown) => `failed: ${error instanceof Error ? error.message : String(error)}`);
if (typeof chromium === 'string') console.log(`\nChromium IndexedDB: ${chromium}`);
else {
  const [browserLabel, ...rows] = chromium;
  printTable(`Same, Chromium's IndexedDB on disk ${browserLabel?.operation ?? ''}, ${RUNS} runs`, rows);
}
console.log(`\nMachine at end: ${machine()}`);
console.log('\nGoals: under 100 ms to a listed page (first page, every search), under 1 s to purge 10,000.');
console.log(`Run: npx tsx ${join('tests', 'bench', 'drafts-bench.ts')}`);
