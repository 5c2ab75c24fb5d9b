/**
 * `npm run train:sentences`: fits the learned sentence readings (lib/listening/sentence-model.ts)
 * of the categories in MESSAGES (today `blame`) to the eval's tuned part and writes them to
 * lib/listening/sentence-weights.ts. A category whose model's own hints are never right
 * TARGET_PRECISION of the time is printed and not written (`dismissive`, measured with
 * LF_ONLY=dismissive: its own hints were right 0.76–0.78 of the time at every threshold in the eleventh
 * pass; in the fourteenth, 0.69–0.72 with 300 n-grams and 0.72–0.83 with 1,000 (40 added, 7 wrong at
 * 0.70), under TARGET_PRECISION at every threshold that adds more than a few; `overpromise`,
 * measured the same way in the thirteenth pass, adds none at the threshold chosen: its rules already
 * find what the model learns; `doubting` added 1 then, and 8, none wrong, on the twenty-fourth pass's
 * 2,727 tuned replies ("All orders are checked before dispatch, so it is unlikely the wrong size was
 * sent"), but it read "Are you sure you want to cancel?" as doubting, a benign use the phrase rule
 * knows: a model of a few n-grams has no such guard, so it is not written). LF_KEPT=N keeps N n-grams instead of KEPT_NGRAMS.
 * The held-aside part is never read. How they learn:
 * sentence-training.ts.
 *
 *   npm run train:sentences            print the cross-validated tables, then write the weights
 *   npm run train:sentences -- --dry   print only
 *   LF_ONLY=dismissive npm run train:sentences   print one category's tables only (never writes)
 */
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { HintCategory } from '../../lib/listening/index';
import { readJsonl, type ReplyRow } from './eval-data';
import { asModel, chooseThreshold, crossValidatedReplyScores, FOLDS, fitSentences, KEPT_NGRAMS, outcomeAt, replyExamplesOf, TARGET_PRECISION, type Messages } from './sentence-training';
import { precisionOf } from './threshold-search';

const OUT = join(import.meta.dirname, '..', '..', 'lib', 'listening', 'sentence-weights.ts');
/** What each learned hint says: the category's principle (docs/listening.md), for a sentence no phrase rule names. */
const MESSAGES: Partial<Record<HintCategory, Messages>> = {
  blame: {
    message: 'This sentence may read as putting the problem on them; say what happened and what you will do (Advise).',
  },
};

const rows = readJsonl<ReplyRow>('replies-').filter((r) => r.split === 'tune');
const parts: string[] = [];
/** LF_ONLY measures one category and writes nothing: a file with that category alone would drop the others. */
const only = process.env.LF_ONLY;
const dry = process.argv.includes('--dry') || only !== undefined;
for (const category of (only ? [only] : Object.keys(MESSAGES)) as HintCategory[]) {
  // A category with no message yet can be measured, not shipped.
  const messages = MESSAGES[category] ?? (dry ? { message: '' } : undefined);
  if (!messages) throw new Error(`no message for ${category}: add one to MESSAGES`);
  const replies = replyExamplesOf(rows, category);
  const deserved = replies.filter((r) => r.all).length;
  const scores = crossValidatedReplyScores(replies, category);
  const threshold = chooseThreshold(replies, scores);
  const line = (name: string, t: number): string => {
    const o = outcomeAt(replies, scores, t);
    const added = outcomeAt(replies, scores, t, true);
    return `${name.padEnd(40)}${String(o.shown).padStart(6)}${String(o.wrong).padStart(7)}${precisionOf(o).toFixed(2).padStart(11)}${String(o.found).padStart(7)}${(o.found / deserved).toFixed(2).padStart(8)}${`${added.shown} / ${added.wrong}`.padStart(14)}`;
  };
  const sentences = replies.reduce((n, r) => n + r.examples.length, 0);
  const marked = replies.reduce((n, r) => n + r.examples.filter((e) => e.marked).length, 0);
  console.log(`\n${category}: ${replies.length} tuned replies (${deserved} where every labeller wanted it), ${sentences} sentences, ${marked} marked`);
  console.log(`${''.padEnd(40)}${'shown'.padStart(6)}${'wrong'.padStart(7)}${'precision'.padStart(11)}${'found'.padStart(7)}${'recall'.padStart(8)}${'model adds'.padStart(14)}`);
  console.log(line('the phrase rules alone', 2));
  for (const t of [0.5, 0.6, 0.7, 0.8]) console.log(line(`rules or model > ${t.toFixed(2)}, ${FOLDS} folds`, t));
  console.log(line(`chosen: rules or model > ${threshold.toFixed(2)}, ${FOLDS} folds`, threshold));
  if (threshold >= 0.99) {
    console.log(`  not shipped: at no threshold are the model's own hints right ${TARGET_PRECISION} of the time`);
    continue;
  }
  const model = asModel(category, fitSentences(replies.flatMap((r) => r.examples)), threshold, messages);
  const top = model.ngrams.map((g, i) => [g, model.weights[i] ?? 0] as const).sort((a, b) => b[1] - a[1]);
  console.log(`  weighing most for: ${top.slice(0, 12).map(([g]) => `"${g}"`).join(', ')}`);
  console.log(`  weighing most against: ${top.slice(-8).map(([g]) => `"${g}"`).join(', ')}`);
  const o = outcomeAt(replies, scores, threshold);
  const round = (values: readonly number[]): string => values.map((v) => String(Number(v.toPrecision(3)))).join(', ');
  parts.push(`  /** ${category}: cross-validated by writer, the phrase rules or the model above ${threshold}: ${o.shown} shown, precision ${precisionOf(o).toFixed(2)}, recall ${(o.found / deserved).toFixed(2)}. */
  {
    category: '${category}',
    ngrams: ${JSON.stringify(model.ngrams)},
    idf: [${round(model.idf)}],
    weights: [${round(model.weights)}],
    bias: ${Number(model.bias.toPrecision(6))},
    threshold: ${threshold},
    message: ${JSON.stringify(model.message)},
  },`);
}

if (!dry) {
  writeFileSync(
    OUT,
    `/**
 * The learned sentence readings (sentence-model.ts): written by \`npm run train:sentences\`
 * (tests/eval/train-sentences.ts) from the eval's tuned part, ${KEPT_NGRAMS} n-grams each, held to
 * precision ${TARGET_PRECISION} by reply; not edited by hand.
 */
import type { SentenceModel } from './sentence-model';

export const SENTENCE_MODELS: readonly SentenceModel[] = [
${parts.join('\n')}
];
`,
  );
  console.log(`\nwritten: ${OUT}`);
}
