/**
 * Fitting the learned reading of no-acknowledgement (lib/listening/unheard-model.ts) to labelled
 * replies: which replies it learns from, the target, and how its threshold is chosen. Used by
 * `npm run train:unheard` (train-unheard.ts), which writes the shipped weights, and by the eval's
 * cross-validation (`npm run eval -- --folds=5`), which fits one model per fold without that fold.
 */
import { unheardReading } from '../../lib/listening/absence';
import { absenceInputOf } from '../../lib/listening/analyze-reply';
import { readsAsEnglish } from '../../lib/listening/common-words';
import { readCustomerState } from '../../lib/listening/customer-state';
import { capText } from '../../lib/listening/input-cap';
import { scanLexicon } from '../../lib/listening/lexicon';
import { prepareText } from '../../lib/listening/prepared-text';
import { UNHEARD_FEATURES, unheardProbability, type UnheardModel } from '../../lib/listening/unheard-model';
import { foldOf } from './cross-validation';
import type { ReplyRow } from './eval-data';
import { fitLogistic } from './logistic';

export const CATEGORY = 'no-acknowledgement';
export const FOLDS = 5;
/** The precision the hint (the rule, or the model above its threshold) is held to, cross-validated. */
export const TARGET_PRECISION = 0.94;
/** Thresholds tried, 0.50 to 0.98. */
const GRID = Array.from({ length: 49 }, (_, i) => (50 + i) / 100);

export interface Example {
  id: string;
  features: number[];
  /** Either labeller wanted the hint: the target (a hint is right when either wanted it). */
  either: boolean;
  /** Every labeller wanted it: what recall counts. */
  all: boolean;
}

/** The labelled replies where the model applies (unheardReading), with their features as the engine reads them. */
export function examplesOf(rows: readonly ReplyRow[]): Example[] {
  const out: Example[] = [];
  for (const row of rows) {
    const labels = Object.values(row.labels ?? {});
    if (labels.length === 0 || row.customer.trim() === '') continue;
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

export interface Outcome {
  shown: number;
  wrong: number;
  found: number;
}

export const ruleSays = (e: Example): boolean => e.features[0] === 1;

export function outcomeOf(examples: readonly Example[], shows: (e: Example, i: number) => boolean): Outcome {
  const o = { shown: 0, wrong: 0, found: 0 };
  examples.forEach((e, i) => {
    if (!shows(e, i)) return;
    o.shown++;
    if (!e.either) o.wrong++;
    if (e.all) o.found++;
  });
  return o;
}

export const precisionOf = (o: Outcome): number => (o.shown === 0 ? 1 : (o.shown - o.wrong) / o.shown);

/** The model fitted to all the examples, at a threshold already chosen. */
export function fitModel(examples: readonly Example[], threshold: number): UnheardModel {
  const fit = fitLogistic(
    examples.map((e) => e.features),
    examples.map((e) => (e.either ? 1 : 0)),
  );
  return { ...fit, features: UNHEARD_FEATURES, threshold };
}

/** Each example's probability by a model fitted to the other folds. */
export function crossValidatedProbabilities(examples: readonly Example[]): number[] {
  const probabilities = new Array<number>(examples.length).fill(0);
  for (let k = 0; k < FOLDS; k++) {
    const rest = examples.filter((e) => foldOf(e.id, FOLDS) !== k);
    if (rest.length === examples.length) continue; // no example in this fold
    const model = fitModel(rest, 0.5);
    examples.forEach((e, i) => {
      if (foldOf(e.id, FOLDS) === k) probabilities[i] = unheardProbability(e.features, model);
    });
  }
  return probabilities;
}

/** The hint as the engine shows it: the rule, or the model above the threshold. */
export const shownAt =
  (probabilities: readonly number[], threshold: number) =>
  (e: Example, i: number): boolean =>
    ruleSays(e) || (probabilities[i] ?? 0) > threshold;

/** The lowest threshold from which every higher one keeps TARGET_PRECISION, cross-validated: the most found at that precision. */
export function chooseThreshold(examples: readonly Example[], probabilities: readonly number[]): number {
  let threshold = 0.99;
  for (let i = GRID.length - 1; i >= 0; i--) {
    const t = GRID[i] ?? 0.99;
    if (precisionOf(outcomeOf(examples, shownAt(probabilities, t))) < TARGET_PRECISION) break;
    threshold = t;
  }
  return threshold;
}

/** The model fitted to all the examples, with its threshold chosen by cross-validation among them. */
export function trainUnheard(examples: readonly Example[]): UnheardModel {
  return fitModel(examples, chooseThreshold(examples, crossValidatedProbabilities(examples)));
}
