import { describe, expect, it } from 'vitest';
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
