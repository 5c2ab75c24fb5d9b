/**
 * A reading of each word of a customer's message: how likely it is to sit inside a term the
 * labellers said a restatement must carry. A logistic regression over the word and its
 * neighbours (their stems, two on each side, and the pairs they make), its shape ("Xx", "d",
 * "xXx"), whether it and its neighbours are everyday words, where it stands, and whether a
 * sentence starts at it; fitted by `npm run train:key-terms` (tests/eval/term-tagger-training.ts)
 * to the eval's tuned part. The key-term model reads it as two features of each candidate (the
 * mean and the highest reading of its words): "the leak is still there" is read as a problem by
 * the words around "leak", which a candidate's own words cannot say.
 *
 * Why a learned reading and not more word lists: the candidates' kinds and the stems they hold
 * say what a term is, not where the customer puts their problem. Read in writer folds, the two
 * features raise key-term precision and must-term recall together (tests/eval/README.md,
 * seventeenth pass). Pure and small: the features that weigh most, a literal list, kept in
 * term-tagger-weights.ts; no pattern is built from them.
 */
import { isCommonWord } from './common-words';
import type { PreparedText } from './prepared-text';
import { stem } from './stem';

export interface TermTagger {
  /** The features it reads, as tokenFeatures spells them. */
  features: readonly string[];
  /** Each feature's weight, in `features` order. */
  weights: readonly number[];
  bias: number;
}

/** Where a word stands in its message, in this many equal parts. */
const POSITION_PARTS = 5;

/**
 * Each word's features, spelled as the tagger's feature list spells them. The stems of the words
 * around it, "^" before the first and "$" after the last.
 */
export function tokenFeatures(doc: PreparedText): string[][] {
  const { tokens, text } = doc;
  const stems = tokens.map((t) => stem(t.norm));
  const common = tokens.map((t) => (isCommonWord(t.norm) ? 1 : 0));
  const n = tokens.length;
  return tokens.map((token, i) => {
    const word = stems[i] ?? '';
    const before = stems[i - 1] ?? '^';
    const after = stems[i + 1] ?? '$';
    return [
      `w:${word}`,
      `p1:${before}`,
      `n1:${after}`,
      `p2:${stems[i - 2] ?? '^'}`,
      `n2:${stems[i + 2] ?? '$'}`,
      `pw:${before}|${word}`,
      `wn:${word}|${after}`,
      `sh:${shapeOf(text.slice(token.start, token.end))}`,
      `c:${common[i - 1] ?? 1}${common[i] ?? 1}${common[i + 1] ?? 1}`,
      `pos:${Math.floor((POSITION_PARTS * i) / Math.max(1, n))}`,
      `b:${token.breakBefore === true ? 1 : 0}`,
    ];
  });
}

/** A word's shape, runs of one kind of character written once: "Outlook" → "Xx", "iPad" → "xXx", "60344" → "d". */
function shapeOf(surface: string): string {
  let shape = '';
  for (const char of surface) {
    const kind = /\p{Lu}/u.test(char) ? 'X' : /\p{Ll}/u.test(char) ? 'x' : /\p{N}/u.test(char) ? 'd' : char;
    if (!shape.endsWith(kind)) shape += kind;
  }
  return shape;
}

const weightMaps = new WeakMap<TermTagger, Map<string, number>>();

/** The tagger's weights by feature, built on first use. */
function weightsOf(tagger: TermTagger): Map<string, number> {
  const known = weightMaps.get(tagger);
  if (known) return known;
  const byFeature = new Map(tagger.features.map((f, i) => [f, tagger.weights[i] ?? 0]));
  weightMaps.set(tagger, byFeature);
  return byFeature;
}

/** Each word's probability, by the tagger, of sitting inside a term a restatement must carry. */
export function insideProbabilities(doc: PreparedText, tagger: TermTagger): number[] {
  const weights = weightsOf(tagger);
  return tokenFeatures(doc).map((features) => {
    let z = tagger.bias;
    for (const f of features) z += weights.get(f) ?? 0;
    return 1 / (1 + Math.exp(-z));
  });
}
