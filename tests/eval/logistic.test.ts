import { describe, expect, it } from 'vitest';
import { replyProbability } from '../../lib/listening/reply-model';
import { fitLogistic } from './logistic';

const predict = (fit: ReturnType<typeof fitLogistic>, row: number[]) => replyProbability(row, fit);

describe('fitLogistic', () => {
  const x = [
    [0, 5],
    [1, 5],
    [2, 5],
    [3, 5],
    [7, 5],
    [8, 5],
    [9, 5],
    [10, 5],
  ];
  const y = [0, 0, 0, 0, 1, 1, 1, 1];

  it('separates what it was given, on the side each label lies', () => {
    const fit = fitLogistic(x, y);
    expect(predict(fit, [1, 5])).toBeLessThan(0.2);
    expect(predict(fit, [9, 5])).toBeGreaterThan(0.8);
    expect(fit.weights[0]).toBeGreaterThan(0);
  });

  it('gives a feature that never varies no weight, and stays finite', () => {
    const fit = fitLogistic(x, y);
    expect(fit.scale[1]).toBe(1);
    expect(fit.weights[1]).toBe(0);
  });

  it('shrinks the weights as the penalty grows', () => {
    expect(Math.abs(fitLogistic(x, y, { l2: 50 }).weights[0] ?? 0)).toBeLessThan(Math.abs(fitLogistic(x, y, { l2: 0.1 }).weights[0] ?? 0));
  });

  it('is deterministic: the same data gives the same weights', () => {
    expect(fitLogistic(x, y)).toEqual(fitLogistic(x, y));
  });

  it('refuses labels that do not match the rows', () => {
    expect(() => fitLogistic(x, y.slice(1))).toThrow(/as many labels as rows/);
    expect(() => fitLogistic([], [])).toThrow(/at least one row/);
  });
});
