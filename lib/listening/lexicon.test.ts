import { describe, expect, it } from 'vitest';
import { isAcronym } from './lexicon';

/** An acronym as isAcronym's comment defines it, by Unicode class: what its ASCII reading must agree with. */
function expectedAcronym(word: string): boolean {
  const body = word.length > 2 && word.endsWith('s') ? word.slice(0, -1) : word;
  return /^[\p{Lu}\p{N}]+$/u.test(body) && (body.match(/\p{Lu}/gu)?.length ?? 0) >= 2;
}

describe('isAcronym', () => {
  it.each([
    ['PIN', true],
    ['PINs', true],
    ['2FA', true],
    ['SSO', true],
    ['A1', false],
    ['Pin', false],
    ['PS', true],
    ['s', false],
    ['', false],
    ['ÉTÉ', true],
    ['ÉtÉ', false],
    ['ΟΔΟΣ', true],
    ['Ⅻ9', false],
    ['A²B', true],
  ])('%j is an acronym: %s', (word, acronym) => {
    expect(isAcronym(word)).toBe(acronym);
    expect(expectedAcronym(word)).toBe(acronym);
  });

  it('agrees with the Unicode definition on random mixes of every kind of character', () => {
    const pieces = ['A', 'Z', 'a', 'z', '0', '9', 's', 'S', '@', '[', '`', '{', '/', ':', 'É', 'é', 'Σ', '²', '٣', '𝐀', '\ud800', ' ', "'"];
    let seed = 7;
    for (let n = 0; n < 5000; n++) {
      let word = '';
      const length = 1 + (n % 6);
      for (let k = 0; k < length; k++) {
        seed = (seed * 48271) % 2147483647;
        word += pieces[seed % pieces.length];
      }
      expect(isAcronym(word), word).toBe(expectedAcronym(word));
    }
  });
});
