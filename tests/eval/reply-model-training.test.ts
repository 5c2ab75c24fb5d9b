import { describe, expect, it } from 'vitest';
import { chooseThreshold, type Example } from './reply-model-training';

/** An example as the threshold search reads it: whether a rule shows the hint, and whether a labeller wanted it. */
const example = (id: number, ruleSays: boolean, either: boolean): Example => ({
  id: `team-email1-A-${id}`,
  features: [],
  replyGrams: new Set(),
  customerGrams: new Set(),
  capitalised: new Set(),
  small: new Set(),
  ruleSays,
  either,
  all: either,
});

describe('the reply models’ threshold', () => {
  it('holds the hints the model adds to the product’s bar (0.90), not the rules beside them', () => {
    // The rules alone are right 8 times of 10; the model adds 30 hints above 0.80, 27 right (0.90),
    // and 10 more between 0.60 and 0.80, all wrong.
    const examples = [
      ...Array.from({ length: 10 }, (_, i) => example(i, true, i < 8)),
      ...Array.from({ length: 30 }, (_, i) => example(10 + i, false, i < 27)),
      ...Array.from({ length: 10 }, (_, i) => example(40 + i, false, false)),
    ];
    const probabilities = [...Array<number>(10).fill(0.1), ...Array<number>(30).fill(0.85), ...Array<number>(10).fill(0.7)];
    expect(chooseThreshold(examples, probabilities)).toBe(0.7);
  });

  it('ships no model whose surest hints are wrong', () => {
    // 20 right at 0.95, 20 wrong above 0.98: no threshold keeps the bar from the top down.
    const examples = Array.from({ length: 40 }, (_, i) => example(i, false, i < 20));
    expect(chooseThreshold(examples, [...Array<number>(20).fill(0.95), ...Array<number>(20).fill(0.985)])).toBe(0.99);
  });

  it('is not stopped by a handful of surest hints, too few to measure', () => {
    // 5 above 0.96, 3 of them wrong; 40 right at 0.85 below them (43 / 45 = 0.96); 10 wrong at 0.60.
    const examples = [
      ...Array.from({ length: 5 }, (_, i) => example(i, false, i < 2)),
      ...Array.from({ length: 40 }, (_, i) => example(5 + i, false, true)),
      ...Array.from({ length: 10 }, (_, i) => example(45 + i, false, false)),
    ];
    const probabilities = [...Array<number>(5).fill(0.97), ...Array<number>(40).fill(0.85), ...Array<number>(10).fill(0.6)];
    expect(chooseThreshold(examples, probabilities)).toBe(0.6);
  });
});
