import { describe, expect, it } from 'vitest';
import { foldOf, triggerOf } from './cross-validation';

describe('cross-validation folds', () => {
  it('puts a row in the same fold on every run, by a hash of its id alone', () => {
    expect(foldOf('bsr-257', 5)).toBe(foldOf('bsr-257', 5));
    expect(foldOf('a', 5)).toBe(0xe40c292c % 5); // FNV-1a 32-bit of "a"
  });

  it('spreads ids over every fold', () => {
    const sizes = [0, 0, 0, 0, 0];
    for (let i = 0; i < 500; i++) {
      const fold = foldOf(`row-${i}`, 5);
      sizes[fold] = (sizes[fold] ?? 0) + 1;
    }
    for (const size of sizes) expect(size).toBeGreaterThan(70);
  });
});

describe('what a hint rests on', () => {
  it('names the listed phrase as written, so two spellings of one entry share their support', () => {
    const a = triggerOf({ rule: 'any-inconvenience', text: 'sorry for any inconvenience' });
    const b = triggerOf({ rule: 'any-inconvenience', text: 'apologies for any trouble' });
    expect(a).toBe(b);
    expect(a).toContain('any [inconvenience|');
  });

  it('names the rule alone for a hint from structure (capitals, length, asking again)', () => {
    expect(triggerOf({ rule: 'long-sentence', text: 'A very long sentence' })).toBe('long-sentence');
  });
});
