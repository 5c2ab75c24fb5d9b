/**
 * A learned reading of `no-acknowledgement` for a complete e-mail answer to a known customer: a
 * logistic regression over nine things the engine already reads (below), fitted to the eval's
 * tuned part (tests/eval/train-unheard.ts writes unheard-weights.ts; `npm run train:unheard`).
 *
 * Why a model here and hand-written rules elsewhere: whether a reply reads as unheard is a
 * weighing of several weak signs (a form letter's formulas, a short answer to a long message,
 * nobody writing as "I", none of their words taken up, no acknowledging words), and the labellers
 * weigh them together. The rule alone (ignoresThem in absence.ts) finds 33% of the tuned
 * replies both labellers called unheard at 0.97 precision; the model, cross-validated in five folds
 * on the same replies, 48% at the 0.94 precision the training script holds it to
 * (tests/eval/README.md, eleventh pass). Every other category points at words, which a phrase
 * list does well; this one points at nothing.
 *
 * Pure and small: nine weights, no library, no state.
 */
import type { AbsenceInput } from './absence';
import { UNHEARD_MODEL } from './unheard-weights';

/** What the model reads, in the order of its weights. */
export const UNHEARD_FEATURES = [
  /** The hand-written rule's verdict (ignoresThem), 1 or 0. */
  'rule',
  /** log((reply words + 5) / (their words + 5)): a short answer to a long message. */
  'lengthRatio',
  /** Acknowledging words ("sorry to hear", "I can see why …"), 1 or 0. */
  'acknowledges',
  /** How many different form-letter formulas ("Thank you for contacting", "Please note"). */
  'formulas',
  /** The share of the reply's words that are "I", "I've", "me", "my" …. */
  'firstPersonShare',
  /** Someone writes as themself at all, 1 or 0. */
  'speaksAsThemself',
  /** It apologises, not formulaically, 1 or 0. */
  'apologises',
  /** It asks them a question about their case, 1 or 0. */
  'asksAboutTheirCase',
  /** Their distinctive words it uses, against how many they wrote (a number or code counts twice). */
  'theirWordsShare',
] as const;

export type UnheardFeature = (typeof UNHEARD_FEATURES)[number];

export interface UnheardModel {
  features: readonly string[];
  /** Each feature is standardised, (x − mean) / scale, before it is weighed. */
  mean: readonly number[];
  scale: readonly number[];
  weights: readonly number[];
  bias: number;
  /** The probability above which the reply reads as unheard. */
  threshold: number;
}

/** The features of a reply, in UNHEARD_FEATURES order. `ruleSays` is the hand-written rule's verdict. */
export function unheardFeatures(input: AbsenceInput, ruleSays: boolean): number[] {
  const theirWords = input.customer?.words ?? 0;
  const theirStems = input.customer?.stems.size ?? 0;
  return [
    ruleSays ? 1 : 0,
    Math.log((input.ownWords + 5) / (theirWords + 5)),
    input.signals.acknowledgement ? 1 : 0,
    input.formulas ?? 0,
    input.firstPersonShare ?? 0,
    input.speaksAsThemself === true ? 1 : 0,
    input.apologises === true ? 1 : 0,
    input.signals.clarifyingQuestion ? 1 : 0,
    theirStems === 0 ? 0 : input.theirWordsUsed / theirStems,
  ];
}

/** The probability, by the model, that the reply reads as unheard. */
export function unheardProbability(features: readonly number[], model: UnheardModel = UNHEARD_MODEL): number {
  let z = model.bias;
  for (let i = 0; i < model.weights.length; i++) z += ((model.weights[i] ?? 0) * ((features[i] ?? 0) - (model.mean[i] ?? 0))) / (model.scale[i] ?? 1);
  return 1 / (1 + Math.exp(-z));
}

export function readsUnheard(features: readonly number[], model: UnheardModel): boolean {
  return unheardProbability(features, model) > model.threshold;
}
