/**
 * `npm run train:key-terms`: fits the key-term model (lib/listening/key-term-model.ts) and its
 * tagger (term-tagger.ts) to the eval's tuned customer messages and writes their weights to
 * lib/listening/key-term-weights.ts and term-tagger-weights.ts. The held-aside part is never read.
 * How they learn: key-term-training.ts and term-tagger-training.ts.
 *
 *   npm run train:key-terms            print the cross-validated table, then write the weights
 *   npm run train:key-terms -- --dry   print only
 */
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { readJsonl, type CustomerRow } from './eval-data';
import { balanceOf, chooseThreshold, crossValidatedTallies, fitKeyTermModel, FOLDS, GRID, writerFolds } from './key-term-training';
import type { TermTally } from './score';

const OUT = join(import.meta.dirname, '..', '..', 'lib', 'listening', 'key-term-weights.ts');
const TAGGER_OUT = join(import.meta.dirname, '..', '..', 'lib', 'listening', 'term-tagger-weights.ts');

const examples = readJsonl<CustomerRow>('customers').filter((r) => r.split === 'tune' && r.must !== undefined);
const writers = writerFolds(examples).size;
console.log(`${examples.length} tuned customer messages from ${writers} writers' sets; ${FOLDS} folds of whole sets`);
const tallies = crossValidatedTallies(examples);
const threshold = chooseThreshold(tallies);
const line = (name: string, t: TermTally): string =>
  `${name.padEnd(24)}${(t.shown / examples.length).toFixed(1).padStart(10)}${(t.right / t.shown).toFixed(3).padStart(11)}${(t.found / t.must).toFixed(3).padStart(8)}${balanceOf(t).toFixed(3).padStart(9)}`;
console.log(`${''.padEnd(24)}${'shown/msg'.padStart(10)}${'precision'.padStart(11)}${'recall'.padStart(8)}${'balance'.padStart(9)}`);
for (const t of GRID) {
  const tally = tallies.get(t);
  if (tally) console.log(line(`threshold ${t.toFixed(2)}${t === threshold ? ' (chosen)' : ''}`, tally));
}

const model = fitKeyTermModel(examples, threshold);
const order = model.weights.map((w, j) => ({ w, name: j < model.features.length ? model.features[j] : `“${model.vocabulary[j - model.features.length]}”` })).sort((a, b) => Math.abs(b.w) - Math.abs(a.w));
console.log(`\nthe linear part's weights that weigh most (per unit of the raw feature; and ${model.hidden.length} hidden units):`);
for (const { w, name } of order.slice(0, 24)) console.log(`  ${String(name).padEnd(20)}${w.toFixed(3).padStart(8)}`);

if (model.tagger.features.some((f) => f.includes(' '))) throw new Error('a tagger feature holds a space: the weights file splits them at spaces');

if (!process.argv.includes('--dry')) {
  const numbers = (values: readonly number[]): string => `[${values.map((v) => String(Number(v.toPrecision(4)))).join(', ')}]`;
  const strings = (values: readonly string[]): string => `[${values.map((v) => JSON.stringify(v)).join(', ')}]`;
  const chosen = tallies.get(threshold);
  writeFileSync(
    OUT,
    `/**
 * The key-term model (key-term-model.ts): written by \`npm run train:key-terms\` (tests/eval/
 * train-key-terms.ts) from ${examples.length} tuned customer messages of the eval; not edited by hand.
 * Cross-validated in ${FOLDS} folds of whole writers' sets at the threshold: ${chosen ? `precision ${(chosen.right / chosen.shown).toFixed(3)}, must-term recall ${(chosen.found / chosen.must).toFixed(3)}` : ''}.
 */
import type { KeyTermModel } from './key-term-model';
import { TERM_TAGGER } from './term-tagger-weights';

export const KEY_TERM_MODEL: KeyTermModel = {
  features: ${strings(model.features)},
  vocabulary: ${strings(model.vocabulary)},
  weights: ${numbers(model.weights)},
  hidden: [
${model.hidden.map((u) => `    { weights: ${numbers(u.weights)}, bias: ${Number(u.bias.toPrecision(6))}, output: ${Number(u.output.toPrecision(6))} },`).join('\n')}
  ],
  bias: ${Number(model.bias.toPrecision(6))},
  threshold: ${threshold},
  tagger: TERM_TAGGER,
};
`,
  );
  writeFileSync(
    TAGGER_OUT,
    `/**
 * The key-term tagger (term-tagger.ts): written by \`npm run train:key-terms\` (tests/eval/
 * train-key-terms.ts) from ${examples.length} tuned customer messages of the eval; not edited by hand.
 */
import type { TermTagger } from './term-tagger';

export const TERM_TAGGER: TermTagger = {
  // One string split at load: ${model.tagger.features.length} features written as a list of strings would be a third larger.
  features: ${JSON.stringify(model.tagger.features.join(' '))}.split(' '),
  // Two significant digits: the third changes 9 of the 23,912 key terms shown on the tuned part, and costs 5 KB of the bundle.
  weights: [${model.tagger.weights.map((v) => String(Number(v.toPrecision(2)))).join(', ')}],
  bias: ${Number(model.tagger.bias.toPrecision(6))},
};
`,
  );
  console.log(`\nwritten: ${OUT}, ${TAGGER_OUT}`);
}
