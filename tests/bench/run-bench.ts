/**
 * `npm run bench`: speed and size of the listening engine beside the prose linters a developer
 * would otherwise reach for (write-good, alex, retext with its English plugins), in the same
 * process, on the same texts from tests/corpus. It prints; it never fails a build on timing.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { createContext, Script } from 'node:vm';
import { build } from 'esbuild';
import writeGood from 'write-good';
import { text as alexText } from 'alex';
import { retext } from 'retext';
import retextEnglish from 'retext-english';
import retextEquality from 'retext-equality';
import retextProfanities from 'retext-profanities';
import retextPassive from 'retext-passive';
import retextSimplify from 'retext-simplify';
import retextIntensify from 'retext-intensify';
import retextReadability from 'retext-readability';
import retextIndefiniteArticle from 'retext-indefinite-article';
import retextRepeatedWords from 'retext-repeated-words';
import retextContractions from 'retext-contractions';
import retextQuotes from 'retext-quotes';
import retextSentenceSpacing from 'retext-sentence-spacing';
import { analyzeReply } from '../../lib/listening/index';

const CORPUS = join(import.meta.dirname, '..', 'corpus');
const BENCH_REPLY = '20-migration-long';

interface Timing {
  runs: number;
  median: number;
  p99: number;
}

function measure(fn: () => unknown, runs: number): Timing {
  // Warm up first so the JIT has settled: the numbers are for an editor that analyses on every keystroke.
  for (let i = 0; i < Math.max(5, Math.floor(runs / 3)); i++) fn();
  const times: number[] = [];
  for (let i = 0; i < runs; i++) {
    const start = performance.now();
    fn();
    times.push(performance.now() - start);
  }
  times.sort((a, b) => a - b);
  return { runs, median: times[Math.floor(runs / 2)] ?? 0, p99: times[Math.ceil(runs * 0.99) - 1] ?? 0 };
}

async function bundleSize(label: string, contents: string): Promise<{ label: string; min: number; gzip: number } | { label: string; error: string }> {
  try {
    const result = await build({
      stdin: { contents, resolveDir: process.cwd(), loader: 'ts' },
      bundle: true,
      minify: true,
      format: 'esm',
      platform: 'browser',
      write: false,
      logLevel: 'silent',
    });
    const code = result.outputFiles[0]?.contents ?? new Uint8Array();
    return { label, min: code.length, gzip: gzipSync(code, { level: 9 }).length };
  } catch (error) {
    return { label, error: error instanceof Error ? error.message.split('\n')[0] ?? '' : String(error) };
  }
}

function readCase(name: string): { reply: string; customer: string } {
  return {
    reply: readFileSync(join(CORPUS, `${name}.reply.txt`), 'utf8'),
    customer: readFileSync(join(CORPUS, `${name}.customer.txt`), 'utf8'),
  };
}

const ms = (n: number): string => (n < 1 ? n.toFixed(3) : n < 100 ? n.toFixed(2) : n.toFixed(0));
const kb = (n: number): string => (n / 1024).toFixed(1);
const pad = (s: string, n: number): string => s.padEnd(n);
const lpad = (s: string, n: number): string => s.padStart(n);

async function main(): Promise<void> {
  const { reply, customer } = readCase(BENCH_REPLY);
  const retextStack = retext()
    .use(retextEnglish)
    .use(retextEquality)
    .use(retextProfanities)
    .use(retextPassive)
    .use(retextSimplify)
    .use(retextIntensify)
    .use(retextReadability)
    .use(retextIndefiniteArticle)
    .use(retextRepeatedWords)
    .use(retextContractions)
    .use(retextQuotes)
    .use(retextSentenceSpacing);

  const rows: [string, Timing][] = [
    ['listening engine (analyzeReply + customer)', measure(() => analyzeReply(reply, { customerMessage: customer, channel: 'email' }), 3000)],
    ['write-good', measure(() => writeGood(reply), 300)],
    ['alex', measure(() => alexText(reply), 60)],
    ['retext-english + 11 English plugins', measure(() => retextStack.processSync(reply), 40)],
  ];
  const engine = rows[0]?.[1] ?? { runs: 0, median: 1, p99: 1 };

  console.log(`Listening engine bench (Node ${process.version})`);
  console.log(`Input: tests/corpus/${BENCH_REPLY}.reply.txt, ${reply.length} chars, with its ${customer.length}-char customer message`);
  console.log('');
  console.log(`| ${pad('analyser', 43)} | runs | median ms | p99 ms | median ÷ engine | p99 ÷ engine |`);
  console.log(`|${'-'.repeat(45)}|------|-----------|--------|-----------------|--------------|`);
  for (const [label, t] of rows) {
    const ratio = (a: number, b: number): string => `${(a / b).toFixed(a / b < 10 ? 1 : 0)}×`;
    console.log(
      `| ${pad(label, 43)} | ${lpad(String(t.runs), 4)} | ${lpad(ms(t.median), 9)} | ${lpad(ms(t.p99), 6)} | ${lpad(ratio(t.median, engine.median), 15)} | ${lpad(ratio(t.p99, engine.p99), 12)} |`,
    );
  }

  const names = readdirSync(CORPUS)
    .filter((f) => f.endsWith('.reply.txt'))
    .map((f) => f.slice(0, -'.reply.txt'.length));
  const cases = names.map(readCase);
  const lengths = cases.map((c) => c.reply.length).sort((a, b) => a - b);
  const corpus = measure(() => {
    for (const c of cases) analyzeReply(c.reply, { customerMessage: c.customer });
  }, 500);
  console.log('');
  console.log(
    `Whole corpus: ${cases.length} replies of ${lengths[0]}–${lengths.at(-1)} chars, each with its customer message: ` +
      `median ${ms(corpus.median)} ms, p99 ${ms(corpus.p99)} ms for all ${cases.length} (${ms(corpus.median / cases.length)} ms per reply).`,
  );

  const sizes = await Promise.all([
    bundleSize('listening engine (lib/listening/index.ts)', "export * from './lib/listening/index.ts';"),
    bundleSize('write-good', "import writeGood from 'write-good'; export default writeGood;"),
    bundleSize('alex', "export * from 'alex';"),
    bundleSize('retext-english + 11 English plugins', RETEXT_BUNDLE),
  ]);
  console.log('');
  console.log('Bundled size (esbuild bundle + minify, ESM for the browser, then gzip -9 with node:zlib):');
  console.log('');
  console.log(`| ${pad('bundle', 43)} | min KB | min+gzip KB |`);
  console.log(`|${'-'.repeat(45)}|--------|-------------|`);
  for (const size of sizes) {
    if ('error' in size) console.log(`| ${pad(size.label, 43)} | n/a: ${size.error} |`);
    else console.log(`| ${pad(size.label, 43)} | ${lpad(kb(size.min), 6)} | ${lpad(kb(size.gzip), 11)} |`);
  }

  // Load time: what a cold background worker pays before its first answer (parse, compile, build
  // the phrase trie), measured by evaluating the engine's bundle in a fresh V8 context each run.
  const load = await engineLoadTime();
  console.log('');
  console.log(`Engine load (bundle evaluated in a fresh context, ${load.runs} runs): median ${ms(load.median)} ms, p99 ${ms(load.p99)} ms.`);
  const lexicon = await lexiconBuildTime();
  console.log(
    `Phrase lexicon built in a fresh context (${lexicon.runs} runs each, alternating): phrase index median ${ms(lexicon.indexed)} ms, ` +
      `the same phrases spelled out into a trie ${ms(lexicon.spelledOut)} ms (${(lexicon.spelledOut / lexicon.indexed).toFixed(1)}×).`,
  );

  const wg = rows[1]?.[1];
  const rt = rows[3]?.[1];
  const own = sizes[0];
  console.log('');
  console.log('Goals:');
  console.log(`  median < 1 ms for ~5,000 chars .......... ${engine.median < 1 ? 'met' : 'NOT met'} (${ms(engine.median)} ms)`);
  if (wg) console.log(`  ≥ 20× faster than write-good ............ ${wg.median / engine.median >= 20 ? 'met' : 'NOT met'} (${(wg.median / engine.median).toFixed(0)}×)`);
  if (rt) console.log(`  ≥ 100× faster than retext stack ......... ${rt.median / engine.median >= 100 ? 'met' : 'NOT met'} (${(rt.median / engine.median).toFixed(0)}×)`);
  if (own && !('error' in own)) console.log(`  ≤ 15 KB min+gzip ........................ ${own.gzip <= 15 * 1024 ? 'met' : 'NOT met'} (${kb(own.gzip)} KB)`);
}

/** `contents` bundled and minified as a browser script whose exports are the global `globalName`. */
async function browserBundle(contents: string, globalName: string): Promise<string> {
  const result = await build({
    stdin: { contents, resolveDir: process.cwd(), loader: 'ts' },
    bundle: true,
    minify: true,
    format: 'iife',
    globalName,
    platform: 'browser',
    write: false,
    logLevel: 'silent',
  });
  return new TextDecoder().decode(result.outputFiles[0]?.contents ?? new Uint8Array());
}

async function engineLoadTime(): Promise<Timing> {
  const code = await browserBundle("export * from './lib/listening/index.ts';", 'engine');
  const runs = 30;
  const times: number[] = [];
  for (let i = 0; i < runs; i++) {
    const script = new Script(code, { filename: `engine-${i}.js` });
    const context = createContext({ Intl });
    const start = performance.now();
    script.runInContext(context);
    times.push(performance.now() - start);
  }
  times.sort((a, b) => a - b);
  return { runs, median: times[Math.floor(runs / 2)] ?? 0, p99: times[runs - 1] ?? 0 };
}

// The rule and signal phrases as the engine indexes them (phrase-matcher.ts), and as they were
// indexed before: every choice spelled out into a trie of word sequences. Same data, same context.
const LEXICON_BUNDLE = `
import { PHRASE_RULES } from './lib/listening/phrase-rules.ts';
import { SIGNAL_PHRASES } from './lib/listening/signal-phrases.ts';
import { addPhrase, addWords, createPhraseIndex, createTrie, expandPhrase } from './lib/listening/phrase-matcher.ts';
const phrases = () => [...PHRASE_RULES.flatMap((rule) => rule.phrases), ...Object.values(SIGNAL_PHRASES).flat()];
export function indexed() { const index = createPhraseIndex(); for (const p of phrases()) addPhrase(index, p, 1); return index.size; }
export function spelledOut() { const trie = createTrie(); for (const p of phrases()) for (const w of expandPhrase(p)) addWords(trie, w, 1); return trie.next.size; }
`;

async function lexiconBuildTime(): Promise<{ runs: number; indexed: number; spelledOut: number }> {
  const code = await browserBundle(LEXICON_BUNDLE, 'lexicon');
  const runs = 20;
  const times = { indexed: [] as number[], spelledOut: [] as number[] };
  for (let i = 0; i < runs * 2; i++) {
    const which = i % 2 ? 'indexed' : 'spelledOut';
    const context = createContext({ Intl });
    new Script(code, { filename: `lexicon-${i}.js` }).runInContext(context);
    const start = performance.now();
    new Script(`lexicon.${which}()`).runInContext(context);
    times[which].push(performance.now() - start);
  }
  const median = (list: number[]) => list.sort((a, b) => a - b)[Math.floor(list.length / 2)] ?? 0;
  return { runs, indexed: median(times.indexed), spelledOut: median(times.spelledOut) };
}

const RETEXT_BUNDLE = `
import { retext } from 'retext';
import e from 'retext-english'; import a from 'retext-equality'; import b from 'retext-profanities';
import c from 'retext-passive'; import d from 'retext-simplify'; import f from 'retext-intensify';
import g from 'retext-readability'; import h from 'retext-indefinite-article'; import i from 'retext-repeated-words';
import j from 'retext-contractions'; import k from 'retext-quotes'; import l from 'retext-sentence-spacing';
export const stack = retext().use(e).use(a).use(b).use(c).use(d).use(f).use(g).use(h).use(i).use(j).use(k).use(l);
`;

await main();
