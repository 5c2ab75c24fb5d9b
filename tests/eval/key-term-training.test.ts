import { describe, expect, it } from 'vitest';
import { chooseThreshold, GRID } from './key-term-training';
import type { TermTally } from './score';

/** Tallies over GRID from one precision and recall per threshold (1,000 terms shown, 1,000 must terms). */
function talliesOf(readings: ReadonlyArray<[precision: number, recall: number]>): Map<number, TermTally> {
  return new Map(GRID.map((t, i) => {
    const [p, r] = readings[i] ?? [0, 0];
    return [t, { shown: 1000, right: Math.round(p * 1000), must: 1000, found: Math.round(r * 1000) }];
  }));
}

describe('the key-term threshold', () => {
  // GRID: 0, 0.1, 0.2, 0.25, 0.3, 0.35, 0.4, 0.45, 0.5, 0.6
  const longer = [0.84, 0.85, 0.85, 0.85, 0.85, 0.85, 0.86, 0.867, 0.877, 0.9] as const;
  const recall = [0.76, 0.758, 0.758, 0.758, 0.757, 0.754, 0.748, 0.739, 0.725, 0.67] as const;

  it('takes the best balance among the thresholds precise enough, not a better balance below the floor', () => {
    const readings = longer.map((p, i): [number, number] => [p, recall[i] ?? 0]);
    // The best balance overall is at 0.4 (0.86 / 0.748); above the floor, at 0.5 (0.877 / 0.725).
    expect(chooseThreshold(talliesOf(readings))).toBe(0.5);
  });

  it('keeps the highest threshold within a hair of the best balance when all are precise enough', () => {
    // 0 to 0.5 tie; 0.6 is surer but finds too little.
    const readings: Array<[number, number]> = GRID.map((t) => (t === 0.6 ? [0.95, 0.5] : [0.9, 0.7]));
    expect(chooseThreshold(talliesOf(readings))).toBe(0.5);
  });

  it('falls back to the best balance when no threshold reaches the floor', () => {
    const readings: Array<[number, number]> = GRID.map((_, i) => [0.8, i === 3 ? 0.8 : 0.6]);
    expect(chooseThreshold(talliesOf(readings))).toBe(0.25);
  });
});
