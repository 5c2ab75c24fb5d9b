import { describe, expect, it } from 'vitest';
import { keyTermCandidates } from './key-terms';
import { prepareForeignText } from './prepared-text';
import { stem } from './stem';
import { insideProbabilities, tokenFeatures } from './term-tagger';

describe('the key-term tagger', () => {
  it('spells each word by its stem, its neighbours two each side, the pairs it makes, its shape and its place', () => {
    const doc = prepareForeignText('The leak is still there. Order DAH-60344');
    const features = tokenFeatures(doc);
    expect(features).toHaveLength(doc.tokens.length);
    const leak = features[1] ?? [];
    expect(leak).toContain(`w:${stem('leak')}`);
    expect(leak).toContain(`p1:${stem('the')}`);
    expect(leak).toContain(`n1:${stem('is')}`);
    expect(leak).toContain('p2:^');
    expect(leak).toContain(`wn:${stem('leak')}|${stem('is')}`);
    expect(leak).toContain('sh:x');
    expect(features[0]).toContain('sh:Xx');
    expect(features.at(-1)).toContain('sh:d'); // the tokenizer reads "DAH-60344" as two words
    expect(features.at(-2)).toContain('sh:X');
    expect(features.at(-1)).toContain('n1:$');
  });

  it('reads each word by the weights of the features it has, and the bias', () => {
    const doc = prepareForeignText('The leak is still there');
    const tagger = { features: [`w:${stem('leak')}`, `p1:${stem('leak')}`], weights: [2, 1], bias: -1 };
    const p = insideProbabilities(doc, tagger);
    const sigmoid = (z: number): number => 1 / (1 + Math.exp(-z));
    expect(p[0]).toBeCloseTo(sigmoid(-1), 12); // "The": no feature weighed
    expect(p[1]).toBeCloseTo(sigmoid(1), 12); // "leak": its own word
    expect(p[2]).toBeCloseTo(sigmoid(0), 12); // "is": after "leak"
  });
});

describe("the tagger's runs as key-term candidates", () => {
  /** The candidates of `message` with a tagger that reads `words` at 0.95 and every other word at 0.05. */
  const candidatesWith = (message: string, words: string[]): string[] => {
    const tagger = { features: words.map((w) => `w:${stem(w)}`), weights: words.map(() => 6), bias: -3 };
    const { context, candidates } = keyTermCandidates(message, tagger);
    return candidates.map((c) => `${context.doc.text.slice(c.start, c.end)} (${c.kind})`);
  };
  const MESSAGE = 'Hi, the roof was repaired last month but the leak is still there. Order RR-0812. Thanks, Gemma';

  it('makes a run of words the tagger reads as a must term a candidate, in place of a word inside it, ending on no light word', () => {
    expect(candidatesWith(MESSAGE, [])).toContain('leak (word)');
    const read = candidatesWith(MESSAGE, ['leak', 'is', 'still', 'there']);
    expect(read).toContain('leak is still there (phrase)');
    expect(read).not.toContain('leak (word)');
    // "leak has": a run ends on no auxiliary, and what is left is one word.
    expect(candidatesWith(MESSAGE.replace('leak is still there', 'leak has gone'), ['leak', 'has'])).toContain('leak (word)');
  });

  it('never runs across a comma or into what another reading took, opens on no everyday word, and one word is no run', () => {
    const split = candidatesWith(MESSAGE.replace('the leak is', 'the leak, it is'), ['leak', 'it', 'is', 'still', 'there']);
    expect(split).toContain('leak (word)');
    expect(split.filter((c) => c.includes('still'))).toEqual([]); // "it is still there": everyday words, then one word
    const code = candidatesWith(MESSAGE, ['order', 'rr', '0812']);
    expect(code).toContain('RR-0812 (code)');
    expect(code.filter((c) => c.includes('Order'))).toEqual([]);
    expect(candidatesWith(MESSAGE, ['roof'])).toContain('roof (word)');
  });
});

