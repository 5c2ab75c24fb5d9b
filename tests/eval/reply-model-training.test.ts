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
  it('holds the hints the model adds to the target, not the rules beside them', () => {
    // The rules alone are right 8 times of 10 (under the target); the model adds 10 hints above 0.80,
    // all right, and 5 more between 0.60 and 0.80, all wrong.
    const examples = [
      ...Array.from({ length: 10 }, (_, i) => example(i, true, i < 8)),
      ...Array.from({ length: 10 }, (_, i) => example(10 + i, false, true)),
      ...Array.from({ length: 5 }, (_, i) => example(20 + i, false, false)),
    ];
    const probabilities = [...Array<number>(10).fill(0.1), ...Array<number>(10).fill(0.85), ...Array<number>(5).fill(0.7)];
    expect(chooseThreshold(examples, probabilities)).toBe(0.7);
  });

  it('ships no model whose surest hints are wrong', () => {
    // Right below 0.96, wrong above 0.98: no threshold keeps the target from the top down.
    const examples = Array.from({ length: 10 }, (_, i) => example(i, false, i < 5));
    expect(chooseThreshold(examples, [...Array<number>(5).fill(0.95), ...Array<number>(5).fill(0.985)])).toBe(0.99);
  });
});
