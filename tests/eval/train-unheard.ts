/**
 * `npm run train:unheard`: fits the learned reading of no-acknowledgement (lib/listening/
 * unheard-model.ts) to the eval's tuned part and writes its weights to
 * lib/listening/unheard-weights.ts. The held-aside part is never read. How it learns:
 * unheard-training.ts.
 *
 *   npm run train:unheard            print the cross-validated table, then write the weights
 *   npm run train:unheard -- --dry   print only
 */
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { UNHEARD_FEATURES } from '../../lib/listening/unheard-model';
import { readJsonl, type ReplyRow } from './eval-data';
import { CATEGORY, chooseThreshold, crossValidatedProbabilities, examplesOf, fitModel, FOLDS, outcomeOf, precisionOf, ruleSays, shownAt, type Outcome } from './unheard-training';

const OUT = join(import.meta.dirname, '..', '..', 'lib', 'listening', 'unheard-weights.ts');

const examples = examplesOf(readJsonl<ReplyRow>('replies-').filter((r) => r.split === 'tune'));
const deserved = examples.filter((e) => e.all).length;
const probabilities = crossValidatedProbabilities(examples);
const threshold = chooseThreshold(examples, probabilities);
const chosen = outcomeOf(examples, shownAt(probabilities, threshold));

const line = (name: string, o: Outcome): string =>
  `${name.padEnd(38)}${String(o.shown).padStart(6)}${String(o.wrong).padStart(7)}${precisionOf(o).toFixed(2).padStart(11)}${String(o.found).padStart(7)}${(o.found / deserved).toFixed(2).padStart(8)}`;
console.log(`${CATEGORY}: ${examples.length} tuned replies where the model applies, ${deserved} called unheard by every labeller`);
console.log(`${''.padEnd(38)}${'shown'.padStart(6)}${'wrong'.padStart(7)}${'precision'.padStart(11)}${'found'.padStart(7)}${'recall'.padStart(8)}`);
console.log(line('the rule alone', outcomeOf(examples, ruleSays)));
for (const t of [0.6, 0.7, 0.8, 0.9]) console.log(line(`rule or model > ${t.toFixed(2)}, ${FOLDS} folds`, outcomeOf(examples, shownAt(probabilities, t))));
console.log(line(`chosen: rule or model > ${threshold.toFixed(2)}, ${FOLDS} folds`, chosen));

// The threshold is the one chosen above: trainUnheard would cross-validate all over again.
const model = fitModel(examples, threshold);
console.log('\nweights (standardised features):');
UNHEARD_FEATURES.forEach((f, j) => console.log(`  ${f.padEnd(20)}${(model.weights[j] ?? 0).toFixed(3).padStart(8)}`));
console.log(`  ${'bias'.padEnd(20)}${model.bias.toFixed(3).padStart(8)}`);

if (!process.argv.includes('--dry')) {
  const list = (values: readonly (number | string)[]): string => `[${values.map((v) => (typeof v === 'string' ? `'${v}'` : String(Number(v.toPrecision(6))))).join(', ')}]`;
  writeFileSync(
    OUT,
    `/**
 * The learned reading of no-acknowledgement (unheard-model.ts): written by \`npm run train:unheard\`
 * (tests/eval/train-unheard.ts) from ${examples.length} tuned replies of the eval; not edited by hand.
 * Cross-validated in ${FOLDS} folds, the rule or the model above the threshold: ${chosen.shown} shown, precision ${precisionOf(chosen).toFixed(2)}, recall ${(chosen.found / deserved).toFixed(2)}.
 */
import type { UnheardModel } from './unheard-model';

export const UNHEARD_MODEL: UnheardModel = {
  features: ${list(UNHEARD_FEATURES)},
  mean: ${list(model.mean)},
  scale: ${list(model.scale)},
  weights: ${list(model.weights)},
  bias: ${Number(model.bias.toPrecision(6))},
  threshold: ${model.threshold},
};
`,
  );
  console.log(`\nwritten: ${OUT}`);
}
