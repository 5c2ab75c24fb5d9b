/**
 * How a learned reading's threshold is chosen, one procedure for the reply models
 * (reply-model-training.ts) and the sentence models (sentence-training.ts): from the surest down, the
 * lowest threshold at which, and at every one above it, the hints the model adds where no rule of its
 * category shows one are right often enough, in folds of writers' sets. Each caller says how often
 * (its TARGET_PRECISION) and how it counts what its model adds.
 */

/** What a reading shows on labelled replies: hints shown, how many no labeller wanted, how many every labeller wanted. */
export interface Outcome {
  shown: number;
  wrong: number;
  found: number;
}

export const precisionOf = (o: Outcome): number => (o.shown === 0 ? 1 : (o.shown - o.wrong) / o.shown);

/** Thresholds tried, 0.50 to 0.98. */
export const THRESHOLDS: readonly number[] = Array.from({ length: 49 }, (_, i) => (50 + i) / 100);

/** The lowest of THRESHOLDS from which, at every higher one, `addedAbove(t)` keeps `target` precision; 0.99 (nothing shown) when the surest already does not. */
export function lowestThresholdKeeping(target: number, addedAbove: (threshold: number) => Outcome): number {
  let threshold = 0.99;
  for (let i = THRESHOLDS.length - 1; i >= 0; i--) {
    const t = THRESHOLDS[i] ?? 0.99;
    if (precisionOf(addedAbove(t)) < target) break;
    threshold = t;
  }
  return threshold;
}
