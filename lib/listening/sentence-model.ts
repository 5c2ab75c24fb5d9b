/**
 * Learned sentence readings (today `blame`): a logistic regression over the TF-IDF
 * of a sentence's word n-grams (one to three words), fitted to the sentences the eval's labellers
 * marked in the tuned part (tests/eval/train-sentences.ts writes sentence-weights.ts;
 * `npm run train:sentences`). Each model keeps the 300 n-grams that weigh most (a literal list, no
 * pattern built from it), so it is small and runs in one pass over the reply's words; a sentence
 * already read is known by its text, so as the agent types only the sentence that changed is read.
 *
 * Why: the phrase rules catch blame in the forms someone listed ("you should have", "as stated in
 * our terms"), and real agents say the same thing in many more words ("to avoid this in future, we
 * recommend customers check the gauge every week"). The phrase rules stay; a sentence the model
 * reads as blaming, above a threshold chosen in five folds grouped by writer so that its own hints
 * are right 0.92 of the time, is shown as well (tests/eval/README.md, eleventh and thirteenth
 * passes). The same model for `dismissive` was measured and not kept: its own hints were right
 * about 0.77 of the time.
 */
import type { PreparedText } from './prepared-text';
import type { Hint, HintCategory } from './types';

export interface SentenceModel {
  category: HintCategory;
  /** The n-grams it reads: the words' norms joined by one space. */
  ngrams: readonly string[];
  /** Each n-gram's inverse document frequency and weight, in `ngrams` order. */
  idf: readonly number[];
  weights: readonly number[];
  bias: number;
  /** The probability above which the sentence is shown. */
  threshold: number;
  /**
   * What the hint says. There is no suggested wording: the hint points at a whole sentence, and
   * "Use this wording" would put a template in place of everything the agent wrote there.
   */
  message: string;
}

/** A sentence as token indices, first to last inclusive. */
export interface SentenceSpan {
  first: number;
  last: number;
}

/**
 * The reply's sentences, by its words: a new one starts after ".", "!", "?" or a line break
 * between two words. Quotes, code and links are not words (PreparedText), so a quoted question
 * mark does not end one.
 */
export function sentencesOf(doc: PreparedText): SentenceSpan[] {
  const { tokens, text, hidden } = doc;
  const spans: SentenceSpan[] = [];
  if (tokens.length === 0) return spans;
  let first = 0;
  // The hidden spans are sorted and apart, so one pointer walks them beside the gaps between words.
  let h = 0;
  for (let i = 1; i < tokens.length; i++) {
    // A gap with no break character (breakBefore, tokens.ts) holds none of these.
    if (tokens[i]?.breakBefore !== true) continue;
    const to = tokens[i]?.start ?? 0;
    for (let c = tokens[i - 1]?.end ?? 0; c < to; c++) {
      const code = text.charCodeAt(c);
      if (code !== 46 /* . */ && code !== 33 /* ! */ && code !== 63 /* ? */ && code !== 10 /* \n */) continue;
      while (h < hidden.length && (hidden[h + 1] ?? 0) <= c) h += 2;
      if (h < hidden.length && (hidden[h] ?? 0) <= c) continue;
      spans.push({ first, last: i - 1 });
      first = i;
      break;
    }
  }
  spans.push({ first, last: tokens.length - 1 });
  return spans;
}

/**
 * A model's n-grams by number: each word it knows gets one, and an n-gram is found by the numbers
 * of its words (a word number lookup, then whole-number keys), not by strings joined or a word
 * tree: a reply's every word is looked up once, and the words after it by number.
 */
interface NgramIndex {
  /** Each word of the n-grams, numbered from 1. */
  words: Map<string, number>;
  /** An n-gram's position in the model, by the key of its words' numbers (keyOf). */
  ngrams: Map<number, number>;
  /** The model's words' count plus one: the base of the keys. */
  base: number;
  /** Per n-gram, how often the sentence being read holds it, and which it holds: reused, zeroed after each sentence. */
  counts: Uint16Array;
  met: number[];
}

const indexes = new WeakMap<SentenceModel, NgramIndex>();

function indexOf(model: SentenceModel): NgramIndex {
  const known = indexes.get(model);
  if (known) return known;
  const words = new Map<string, number>();
  for (const ngram of model.ngrams) for (const word of ngram.split(' ')) if (!words.has(word)) words.set(word, words.size + 1);
  const base = words.size + 1;
  const ngrams = new Map<number, number>();
  model.ngrams.forEach((ngram, at) => {
    ngrams.set(
      ngram.split(' ').reduce((key, word) => key * base + (words.get(word) ?? 0), 0),
      at,
    );
  });
  const index = { words, ngrams, base, counts: new Uint16Array(model.ngrams.length), met: [] };
  indexes.set(model, index);
  return index;
}

/** The probability, by the model, that the sentence is one of its category. */
export function sentenceProbability(doc: PreparedText, span: SentenceSpan, model: SentenceModel): number {
  const { words, ngrams, base, counts, met } = indexOf(model);
  const { tokens } = doc;
  // The numbers of the two words before (0: not a word the model knows, so no n-gram goes on through it).
  let before = 0;
  let twoBefore = 0;
  for (let i = span.first; i <= span.last; i++) {
    const word = words.get(tokens[i]?.norm ?? '') ?? 0;
    if (word !== 0) {
      count(ngrams.get(word), counts, met);
      if (before !== 0) {
        count(ngrams.get(before * base + word), counts, met);
        if (twoBefore !== 0) count(ngrams.get((twoBefore * base + before) * base + word), counts, met);
      }
    }
    twoBefore = before;
    before = word;
  }
  // TF-IDF with sublinear counts (1 + ln tf), normalised to unit length over the n-grams it knows.
  let norm = 0;
  let dot = 0;
  for (const at of met) {
    const value = (1 + Math.log(counts[at] ?? 1)) * (model.idf[at] ?? 0);
    norm += value * value;
    dot += value * (model.weights[at] ?? 0);
    counts[at] = 0;
  }
  met.length = 0;
  const z = model.bias + (norm === 0 ? 0 : dot / Math.sqrt(norm));
  return 1 / (1 + Math.exp(-z));
}

function count(at: number | undefined, counts: Uint16Array, met: number[]): void {
  if (at === undefined) return;
  const times = counts[at] ?? 0;
  if (times === 0) met.push(at);
  counts[at] = times + 1;
}

/**
 * Sentences already read, by their text, for each model: as the agent types, one sentence changes
 * at a time and the others are read once. Cleared when full.
 */
const readings = new WeakMap<SentenceModel, Map<string, number>>();
const MAX_READINGS = 512;

function probabilityOf(doc: PreparedText, span: SentenceSpan, model: SentenceModel, text: string): number {
  let known = readings.get(model);
  if (!known) readings.set(model, (known = new Map()));
  const seen = known.get(text);
  if (seen !== undefined) return seen;
  if (known.size >= MAX_READINGS) known.clear();
  const p = sentenceProbability(doc, span, model);
  known.set(text, p);
  return p;
}

/** The rule a learned sentence reading's hints carry: "learned-blame". */
export function learnedSentenceRule(category: HintCategory): string {
  return `learned-${category}`;
}

/** The sentences a model reads as its category, as hints pointing at the whole sentence. */
export function sentenceModelHints(doc: PreparedText, model: SentenceModel, sentences: readonly SentenceSpan[] = sentencesOf(doc)): Hint[] {
  const hints: Hint[] = [];
  for (const span of sentences) {
    const start = doc.tokens[span.first]?.start ?? 0;
    const end = doc.tokens[span.last]?.end ?? start;
    const text = doc.text.slice(start, end);
    if (probabilityOf(doc, span, model, text) <= model.threshold) continue;
    hints.push({ category: model.category, rule: learnedSentenceRule(model.category), start, end, text, message: model.message });
  }
  return hints;
}
