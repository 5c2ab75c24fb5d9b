/**
 * Fitting the key-term tagger (lib/listening/term-tagger.ts) to labelled customer messages: which
 * words are inside a must term, the fit, and the features kept. Used by key-term-training.ts,
 * which fits a tagger beside each key-term model (and, for the model's own training, taggers that
 * never saw the messages they read).
 */
import { keyTermWords } from '../../lib/listening/key-terms';
import { tokenFeatures, type TermTagger } from '../../lib/listening/term-tagger';
import type { CustomerRow } from './eval-data';

/** How many features the tagger keeps: those that weigh most, refitted on their own. */
export const TAGGER_KEPT = Number(process.env.LF_TAGGER_KEPT ?? 8000);
/** Passes over the words; a feature seen once is not learned. */
const EPOCHS = 8;
const RATE = 0.2;
const L2 = 1e-6;

export interface TokenExample {
  features: string[][];
  /** 1 for a word inside a must term written out in the message, else 0. */
  inside: number[];
}

/** Each message's words, with their features and whether a must term (found in its text, any case) holds them. */
export function tokenExamplesOf(rows: readonly CustomerRow[]): TokenExample[] {
  return rows.map((row) => {
    const doc = keyTermWords(row.customer);
    const lower = doc.text.toLowerCase();
    const inside = new Array<number>(doc.tokens.length).fill(0);
    for (const must of row.must ?? []) {
      const wanted = must.toLowerCase().trim();
      if (wanted === '') continue;
      for (let at = lower.indexOf(wanted); at >= 0; at = lower.indexOf(wanted, at + 1)) {
        doc.tokens.forEach((t, i) => {
          if (t.start >= at && t.end <= at + wanted.length) inside[i] = 1;
        });
      }
    }
    return { features: tokenFeatures(doc), inside };
  });
}

/**
 * A tagger fitted to the examples: every feature seen twice or more, then the TAGGER_KEPT that move
 * the most words (weight times how often it is seen), refitted. Kept by weight alone, the rare
 * features with large weights stay and the reading loses most of what it knows.
 */
export function fitTagger(examples: readonly TokenExample[]): TermTagger {
  const count = new Map<string, number>();
  for (const e of examples) for (const word of e.features) for (const f of word) count.set(f, (count.get(f) ?? 0) + 1);
  const all = fitOn(examples, [...count].filter(([, n]) => n >= 2).map(([f]) => f).sort());
  const kept = all.features
    .map((f, i) => [f, Math.abs(all.weights[i] ?? 0) * (count.get(f) ?? 0)] as const)
    .sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1))
    .slice(0, TAGGER_KEPT)
    .map(([f]) => f)
    .sort();
  return fitOn(examples, kept);
}

/** A logistic regression over the given features: per-feature AdaGrad in a fixed order from zero (deterministic), a light L2 penalty. */
function fitOn(examples: readonly TokenExample[], features: readonly string[]): TermTagger {
  const index = new Map(features.map((f, i) => [f, i]));
  const rows: Int32Array[] = [];
  const ys: number[] = [];
  for (const e of examples) {
    e.features.forEach((word, i) => {
      rows.push(Int32Array.from(word.flatMap((f) => index.get(f) ?? [])));
      ys.push(e.inside[i] ?? 0);
    });
  }
  const d = features.length;
  const w = new Float64Array(d + 1); // the last is the bias
  const squares = new Float64Array(d + 1);
  const step = (j: number, g: number): void => {
    const gradient = g + (j < d ? L2 * (w[j] ?? 0) : 0);
    squares[j] = (squares[j] ?? 0) + gradient * gradient;
    w[j] = (w[j] ?? 0) - (RATE * gradient) / Math.sqrt((squares[j] ?? 0) + 1e-8);
  };
  for (let epoch = 0; epoch < EPOCHS; epoch++) {
    rows.forEach((row, r) => {
      let z = w[d] ?? 0;
      for (const j of row) z += w[j] ?? 0;
      const g = 1 / (1 + Math.exp(-z)) - (ys[r] ?? 0);
      for (const j of row) step(j, g);
      step(d, g);
    });
  }
  return { features: [...features], weights: Array.from(w.subarray(0, d)), bias: w[d] ?? 0 };
}
