/**
 * How a learned reading's threshold is chosen, one procedure for the reply models
 * (reply-model-training.ts) and the sentence models (sentence-training.ts): from the surest down, the
 * lowest threshold at which, and at every one above it, the hints the model adds where no rule of its
 * category shows one are right often enough, in folds of writers' sets. Each caller says how often
 * (its TARGET_PRECISION) and how it counts what its model adds.
 */

/**
 * Fewer added hints than this say nothing of a threshold's precision either way, so they neither
 * stop the search nor pass it: in the twenty-fourth pass no-acknowledgement's model shipped at 0.96 on
 * its 4 surest hints in the writer folds (all right), while its surest 18 were 3 wrong (0.83).
 */
export const MIN_MEASURED = 20;

/** What a reading shows on labelled replies: hints shown, how many no labeller wanted, how many every labeller wanted. */
export interface Outcome {
  shown: number;
  wrong: number;
  found: number;
}

export const precisionOf = (o: Outcome): number => (o.shown === 0 ? 1 : (o.shown - o.wrong) / o.shown);

/** What `shows` shows among labelled items (replies or examples: either labeller wanted the hint, every labeller did). */
export function outcomeOf<T extends { either: boolean; all: boolean }>(items: readonly T[], shows: (item: T, i: number) => boolean): Outcome {
  const o = { shown: 0, wrong: 0, found: 0 };
  items.forEach((item, i) => {
    if (!shows(item, i)) return;
    o.shown++;
    if (!item.either) o.wrong++;
    if (item.all) o.found++;
  });
  return o;
}

/** Thresholds tried, 0.50 to 0.98. */
export const THRESHOLDS: readonly number[] = Array.from({ length: 49 }, (_, i) => (50 + i) / 100);

/**
 * The lowest of THRESHOLDS from which, at every higher one where the model adds MIN_MEASURED hints or
 * more, `addedAbove(t)` keeps `target` precision; 0.99 (nothing shown) when no threshold is measured
 * to keep it.
 */
export function lowestThresholdKeeping(target: number, addedAbove: (threshold: number) => Outcome): number {
  let threshold = 0.99;
  for (let i = THRESHOLDS.length - 1; i >= 0; i--) {
    const t = THRESHOLDS[i] ?? 0.99;
    const added = addedAbove(t);
    if (added.shown < MIN_MEASURED) continue;
    if (precisionOf(added) < target) break;
    threshold = t;
  }
  return threshold;
}
