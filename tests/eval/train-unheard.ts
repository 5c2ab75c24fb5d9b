/**
 * `npm run train:unheard`: fits the learned reading of no-acknowledgement (lib/listening/
 * unheard-model.ts) to the eval's tuned part, and writes its weights to
 * lib/listening/unheard-weights.ts. The held-aside part is never read.
 *
 * - Rows: the tuned replies where the model applies (a complete answer in a channel where a reply is
 *   one, the customer's message known; see unheardReading in absence.ts).
 * - Target: either labeller called the reply unheard (a hint is right when either wanted it).
 * - Threshold: cross-validated in the eval's five folds (foldOf), the lowest probability from which
 *   the engine's hint (the rule, or the model above the threshold) keeps TARGET_PRECISION at that
 *   threshold and every higher one: the most found at the precision asked for.
 *
 *   npm run train:unheard            print the cross-validated table, then write the weights
 *   npm run train:unheard -- --dry   print only
 */
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { unheardReading } from '../../lib/listening/absence';
import { absenceInputOf } from '../../lib/listening/analyze-reply';
import { readsAsEnglish } from '../../lib/listening/common-words';
import { readCustomerState } from '../../lib/listening/customer-state';
import { capText } from '../../lib/listening/input-cap';
import { scanLexicon } from '../../lib/listening/lexicon';
import { prepareText } from '../../lib/listening/prepared-text';
import { UNHEARD_FEATURES, unheardProbability, type UnheardModel } from '../../lib/listening/unheard-model';
import { foldOf } from './cross-validation';
import { readJsonl, type ReplyRow } from './eval-data';
import { fitLogistic, type LogisticFit } from './logistic';

const CATEGORY = 'no-acknowledgement';
const FOLDS = 5;
export const TARGET_PRECISION = 0.94;
const OUT = join(import.meta.dirname, '..', '..', 'lib', 'listening', 'unheard-weights.ts');

interface Example {
  id: string;
  features: number[];
  /** Either labeller wanted the hint. */
  either: boolean;
  /** Every labeller wanted it: what recall counts. */
  all: boolean;
}

function examples(): Example[] {
  const out: Example[] = [];
  for (const row of readJsonl<ReplyRow>('replies-')) {
    const labels = Object.values(row.labels ?? {});
    if (row.split !== 'tune' || labels.length === 0 || row.customer.trim() === '') continue;
    const text = capText(row.reply).text;
    const doc = prepareText(text);
    if (!readsAsEnglish(doc.tokens)) continue;
    const found = scanLexicon(text, doc.tokens, undefined, true);
    const features = unheardReading(absenceInputOf(doc, found, readCustomerState(capText(row.customer).text), row.channel));
    if (features === undefined) continue;
    const wanted = labels.filter((l) => (l.deserved ?? []).includes(CATEGORY)).length;
    out.push({ id: row.id, features, either: wanted > 0, all: wanted === labels.length });
  }
  return out;
}

const asModel = (fit: LogisticFit, threshold: number): UnheardModel => ({ ...fit, features: UNHEARD_FEATURES, threshold });
const fit = (rows: readonly Example[]): LogisticFit =>
  fitLogistic(
    rows.map((r) => r.features),
    rows.map((r) => (r.either ? 1 : 0)),
  );

interface Outcome {
  shown: number;
  wrong: number;
  found: number;
}

function outcome(rows: readonly Example[], shows: (r: Example, i: number) => boolean): Outcome {
  const o = { shown: 0, wrong: 0, found: 0 };
  rows.forEach((r, i) => {
    if (!shows(r, i)) return;
    o.shown++;
    if (!r.either) o.wrong++;
    if (r.all) o.found++;
  });
  return o;
}

const precisionOf = (o: Outcome): number => (o.shown === 0 ? 1 : (o.shown - o.wrong) / o.shown);

const rows = examples();
const deserved = rows.filter((r) => r.all).length;
const ruleSays = (r: Example): boolean => r.features[0] === 1;
// Each row's probability by a model fitted to the other folds.
const crossValidated = new Array<number>(rows.length).fill(0);
for (let k = 0; k < FOLDS; k++) {
  const model = asModel(fit(rows.filter((r) => foldOf(r.id, FOLDS) !== k)), 0.5);
  rows.forEach((r, i) => {
    if (foldOf(r.id, FOLDS) === k) crossValidated[i] = unheardProbability(r.features, model);
  });
}
const shownAt = (t: number) => (r: Example, i: number) => ruleSays(r) || (crossValidated[i] ?? 0) > t;
const grid = Array.from({ length: 49 }, (_, i) => (50 + i) / 100);
let threshold = 0.99;
for (let i = grid.length - 1; i >= 0; i--) {
  const t = grid[i] ?? 0.99;
  if (precisionOf(outcome(rows, shownAt(t))) < TARGET_PRECISION) break;
  threshold = t;
}

const line = (name: string, o: Outcome): string =>
  `${name.padEnd(36)}${String(o.shown).padStart(6)}${String(o.wrong).padStart(7)}${precisionOf(o).toFixed(2).padStart(11)}${String(o.found).padStart(7)}${(o.found / deserved).toFixed(2).padStart(8)}`;
console.log(`${CATEGORY}: ${rows.length} tuned replies where the model applies, ${deserved} called unheard by every labeller`);
console.log(`${''.padEnd(36)}${'shown'.padStart(6)}${'wrong'.padStart(7)}${'precision'.padStart(11)}${'found'.padStart(7)}${'recall'.padStart(8)}`);
console.log(line('the rule alone', outcome(rows, ruleSays)));
for (const t of [0.6, 0.7, 0.8, 0.9]) console.log(line(`rule or model > ${t.toFixed(2)}, ${FOLDS} folds`, outcome(rows, shownAt(t))));
console.log(line(`chosen: rule or model > ${threshold.toFixed(2)}, ${FOLDS} folds`, outcome(rows, shownAt(threshold))));

const final = asModel(fit(rows), threshold);
console.log('\nweights (standardised features):');
UNHEARD_FEATURES.forEach((f, j) => console.log(`  ${f.padEnd(20)}${(final.weights[j] ?? 0).toFixed(3).padStart(8)}`));
console.log(`  ${'bias'.padEnd(20)}${final.bias.toFixed(3).padStart(8)}`);

if (!process.argv.includes('--dry')) {
  const round = (values: readonly number[]): number[] => values.map((v) => Number(v.toPrecision(6)));
  writeFileSync(
    OUT,
    `/**
 * The learned reading of no-acknowledgement (unheard-model.ts): written by \`npm run train:unheard\`
 * (tests/eval/train-unheard.ts) from ${rows.length} tuned replies of the eval; not edited by hand.
 * Cross-validated in ${FOLDS} folds, the rule or the model above the threshold: ${outcome(rows, shownAt(threshold)).shown} shown, precision ${precisionOf(outcome(rows, shownAt(threshold))).toFixed(2)}, recall ${(outcome(rows, shownAt(threshold)).found / deserved).toFixed(2)}.
 */
import type { UnheardModel } from './unheard-model';

export const UNHEARD_MODEL: UnheardModel = {
  features: ${JSON.stringify(UNHEARD_FEATURES).replaceAll('"', "'").replaceAll(',', ', ')},
  mean: ${JSON.stringify(round(final.mean)).replaceAll(',', ', ')},
  scale: ${JSON.stringify(round(final.scale)).replaceAll(',', ', ')},
  weights: ${JSON.stringify(round(final.weights)).replaceAll(',', ', ')},
  bias: ${Number(final.bias.toPrecision(6))},
  threshold: ${threshold},
};
`,
  );
  console.log(`\nwritten: ${OUT}`);
}
