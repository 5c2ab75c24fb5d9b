import { describe, expect, it } from 'vitest';
import { termProbability, type KeyTermModel } from '../../lib/listening/key-term-model';
import { fitNetwork, type NetworkFit, type NetworkOptions, type NetworkRows } from './network';

/** The fit as the engine reads it (raw units): the key-term model's own probability. */
function predict(fit: NetworkFit, dense: number[], stems: string[] = []): number {
  const vocabulary = fit.sparse.map((_, i) => `s${i}`);
  const model: KeyTermModel = { features: dense.map((_, j) => `f${j}`), vocabulary, weights: [...fit.dense, ...fit.sparse], hidden: fit.hidden, bias: fit.bias, threshold: 0, tagger: { features: [], weights: [], bias: 0 } };
  return termProbability(model, dense, stems);
}

/** Exclusive or of two features, far from 0 and on different scales: a sum of weights cannot read it. */
const XOR: [number[], number][] = [
  [[10, 200], 0],
  [[11, 200], 1],
  [[10, 300], 1],
  [[11, 300], 0],
];
const rowsOf = (pairs: [number[], number][], copies: number): NetworkRows => {
  const all = Array.from({ length: copies }, () => pairs).flat();
  return { dense: all.map(([x]) => x), sparse: all.map(() => []), sparseSize: 0, y: all.map(([, y]) => y) };
};
const SMALL: NetworkOptions = { hidden: 8, epochs: 150, rate: 0.02, batch: 4, l2: 0, seed: 1 };

describe('fitNetwork', () => {
  it('reads what a sum of weights cannot (exclusive or) with hidden units, and the engine reads the fit the same way', () => {
    const fit = fitNetwork(rowsOf(XOR, 5), SMALL);
    for (const [x, y] of XOR) expect(Math.abs(predict(fit, x) - y)).toBeLessThan(0.2);
  });

  it('is a logistic regression without hidden units: exclusive or stays near one half', () => {
    const fit = fitNetwork(rowsOf(XOR, 5), { ...SMALL, hidden: 0 });
    expect(fit.hidden).toEqual([]);
    for (const [x] of XOR) expect(Math.abs(predict(fit, x) - 0.5)).toBeLessThan(0.1);
  });

  it('weighs a sparse feature (a word stem) by whether the example holds it', () => {
    const dense = Array.from({ length: 40 }, (_, i) => [i % 3]);
    const sparse = dense.map((_, i) => (i % 2 === 0 ? [1] : [0]));
    const y = dense.map((_, i) => (i % 2 === 0 ? 1 : 0));
    const fit = fitNetwork({ dense, sparse, sparseSize: 2, y }, { ...SMALL, batch: 8 });
    expect(fit.sparse[1]).toBeGreaterThan(0);
    expect(fit.sparse[0]).toBeLessThan(0);
    expect(predict(fit, [1], ['s1'])).toBeGreaterThan(0.8);
    expect(predict(fit, [1], ['s0'])).toBeLessThan(0.2);
  });

  it('is deterministic: the same data and seed give the same weights, another seed others', () => {
    const rows = rowsOf(XOR, 3);
    const options = { ...SMALL, epochs: 5 };
    expect(fitNetwork(rows, options)).toEqual(fitNetwork(rows, options));
    expect(fitNetwork(rows, { ...options, seed: 2 })).not.toEqual(fitNetwork(rows, options));
  });

  it('refuses rows and labels that do not pair up', () => {
    expect(() => fitNetwork({ dense: [[1]], sparse: [[]], sparseSize: 0, y: [] }, SMALL)).toThrow(/as many labels/);
  });
});
