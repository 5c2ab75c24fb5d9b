/**
 * `npm run train:reply-models`: fits the learned readings of whole replies (lib/listening/
 * reply-model.ts; today `no-acknowledgement` and `no-next-step`) to the eval's tuned part and
 * writes them to lib/listening/reply-weights.ts. The held-aside part is never read. How they learn:
 * reply-model-training.ts.
 *
 *   npm run train:reply-models            print the cross-validated tables, then write the weights
 *   npm run train:reply-models -- --dry   print only
 */
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { HintCategory } from '../../lib/listening/types';
import { readJsonl, type ReplyRow } from './eval-data';
import { addedAt, chooseThreshold, crossValidatedProbabilities, examplesOf, fitModel, FOLDS, shownAt, TARGET_PRECISION, VOCABULARY } from './reply-model-training';
import { outcomeOf, precisionOf, type Outcome } from './threshold-search';

const OUT = join(import.meta.dirname, '..', '..', 'lib', 'listening', 'reply-weights.ts');

const rows = readJsonl<ReplyRow>('replies-').filter((r) => r.split === 'tune');
const categories = Object.keys(VOCABULARY) as HintCategory[];
const byCategory = examplesOf(rows, categories);
const parts: string[] = [];
let read = 0;
for (const category of categories) {
  const examples = byCategory.get(category) ?? [];
  read = examples.length;
  const deserved = examples.filter((e) => e.all).length;
  const probabilities = crossValidatedProbabilities(category, examples);
  const threshold = chooseThreshold(examples, probabilities);
  const chosen = outcomeOf(examples, shownAt(probabilities, threshold));

  const line = (name: string, o: Outcome): string =>
    `${name.padEnd(38)}${String(o.shown).padStart(6)}${String(o.wrong).padStart(7)}${precisionOf(o).toFixed(2).padStart(11)}${String(o.found).padStart(7)}${(o.found / deserved).toFixed(2).padStart(8)}`;
  console.log(`\n${category}: ${examples.length} tuned replies where the model applies, ${deserved} where every labeller wanted it`);
  console.log(`${''.padEnd(38)}${'shown'.padStart(6)}${'wrong'.padStart(7)}${'precision'.padStart(11)}${'found'.padStart(7)}${'recall'.padStart(8)}`);
  console.log(line('the rules alone', outcomeOf(examples, (e) => e.ruleSays)));
  for (const t of [0.6, 0.7, 0.8, 0.9]) console.log(line(`rules or model > ${t.toFixed(2)}, ${FOLDS} folds`, outcomeOf(examples, shownAt(probabilities, t))));
  console.log(line(`chosen: rules or model > ${threshold.toFixed(2)}, ${FOLDS} folds`, chosen));
  const added = outcomeOf(examples, addedAt(probabilities, threshold));
  console.log(`  the model's own hints there: ${added.shown} shown, ${added.wrong} wrong (held to ${TARGET_PRECISION})`);
  if (threshold >= 0.99) {
    console.log(`  not shipped: at no threshold are the hints the model adds right ${TARGET_PRECISION} of the time`);
    continue;
  }

  // The threshold is the one chosen above: trainReplyModel would cross-validate all over again.
  const model = fitModel(category, examples, threshold);
  const names = [...model.features, ...model.replyNgrams.map((g) => `reply "${g}"`), ...model.customerNgrams.map((g) => `theirs "${g}"`)];
  const ranked = names.map((n, j) => [n, model.weights[j] ?? 0] as const).sort((a, b) => b[1] - a[1]);
  console.log(`  weighing most for: ${ranked.slice(0, 12).map(([n]) => n).join(', ')}`);
  console.log(`  weighing most against: ${ranked.slice(-8).map(([n]) => n).join(', ')}`);
  const list = (values: readonly (number | string)[]): string => `[${values.map((v) => (typeof v === 'string' ? JSON.stringify(v) : String(Number(v.toPrecision(4))))).join(', ')}]`;
  parts.push(`  /** ${category}: cross-validated in ${FOLDS} folds of writers' sets, the rules or the model above ${threshold}: ${chosen.shown} shown, precision ${precisionOf(chosen).toFixed(2)}, recall ${(chosen.found / deserved).toFixed(2)}; the model's own ${added.shown} / ${added.wrong}. */
  {
    category: '${category}',
    features: ${list(model.features)},
    replyNgrams: ${list(model.replyNgrams)},
    customerNgrams: ${list(model.customerNgrams)},
    mean: ${list(model.mean)},
    scale: ${list(model.scale)},
    weights: ${list(model.weights)},
    bias: ${Number(model.bias.toPrecision(6))},
    threshold: ${model.threshold},
  },`);
}

if (!process.argv.includes('--dry')) {
  writeFileSync(
    OUT,
    `/**
 * The learned readings of whole replies (reply-model.ts): written by \`npm run train:reply-models\`
 * (tests/eval/train-reply-models.ts) from ${read} tuned replies of the eval; not edited by hand.
 */
import type { ReplyModel } from './reply-model';

export const REPLY_MODELS: readonly ReplyModel[] = [
${parts.join('\n')}
];
`,
  );
  console.log(`\nwritten: ${OUT}`);
}
