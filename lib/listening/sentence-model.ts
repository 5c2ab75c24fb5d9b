/**
 * Learned sentence readings (today `blame`): a logistic regression over the TF-IDF
 * of a sentence's word n-grams (one to three words), fitted to the sentences the eval's labellers
 * marked in the tuned part (tests/eval/train-sentences.ts writes sentence-weights.ts;
 * `npm run train:sentences`). Each model keeps the n-grams that weigh most (a literal list, no
 * pattern built from it), so it is small and runs in one pass over the reply's words.
 *
 * Why: the phrase rules catch blame in the forms someone listed ("you should have", "as stated in
 * our terms"), and real agents say the same thing in many more words ("to avoid this in future, we
 * recommend customers check the gauge every week"). The phrase rules stay; a sentence the model
 * reads as blaming, above a threshold chosen in five folds grouped by writer so that its own hints
 * are right 0.92 of the time, is shown as well (tests/eval/README.md, eleventh pass). The same
 * model for `dismissive` was measured and not kept: its own hints were right about 0.77 of the time.
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
  message: string;
  suggestion: string;
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
  const { tokens, text } = doc;
  const spans: SentenceSpan[] = [];
  let first = 0;
  for (let i = 1; i <= tokens.length; i++) {
    if (i < tokens.length && !breaksBetween(text, doc.hidden, tokens[i - 1]?.end ?? 0, tokens[i]?.start ?? 0)) continue;
    spans.push({ first, last: i - 1 });
    first = i;
  }
  return tokens.length === 0 ? [] : spans;
}

function breaksBetween(text: string, hidden: readonly number[], from: number, to: number): boolean {
  for (let c = from; c < to; c++) {
    const code = text.charCodeAt(c);
    if ((code === 46 /* . */ || code === 33 /* ! */ || code === 63 /* ? */ || code === 10) /* \n */ && !isHidden(hidden, c)) return true;
  }
  return false;
}

/** Whether offset `at` lies in one of the flat [start, end, …] hidden spans (a quote, code, a link). */
function isHidden(hidden: readonly number[], at: number): boolean {
  for (let h = 0; h < hidden.length; h += 2) if ((hidden[h] ?? 0) <= at && at < (hidden[h + 1] ?? 0)) return true;
  return false;
}

interface Node {
  index: number;
  next: Map<string, Node> | undefined;
}

const indexes = new WeakMap<SentenceModel, Map<string, Node>>();

/** The model's n-grams as a tree by word, built on first use: a word of the reply tries only what can follow it. */
function indexOf(model: SentenceModel): Map<string, Node> {
  const known = indexes.get(model);
  if (known) return known;
  const root = new Map<string, Node>();
  model.ngrams.forEach((ngram, index) => {
    let level = root;
    const words = ngram.split(' ');
    words.forEach((word, at) => {
      let node = level.get(word);
      if (!node) {
        node = { index: -1, next: undefined };
        level.set(word, node);
      }
      if (at === words.length - 1) node.index = index;
      else level = node.next ??= new Map();
    });
  });
  indexes.set(model, root);
  return root;
}

/** The probability, by the model, that the sentence is one of its category. */
export function sentenceProbability(doc: PreparedText, span: SentenceSpan, model: SentenceModel): number {
  const root = indexOf(model);
  // The n-grams met, with repeats: a sentence holds a few dozen, so a list beats a map.
  const met: number[] = [];
  const { tokens } = doc;
  for (let i = span.first; i <= span.last; i++) {
    let node = root.get(tokens[i]?.norm ?? '');
    for (let j = i; node !== undefined; ) {
      if (node.index >= 0) met.push(node.index);
      if (++j > span.last || j - i >= 3) break;
      node = node.next?.get(tokens[j]?.norm ?? '');
    }
  }
  met.sort((a, b) => a - b);
  // TF-IDF with sublinear counts (1 + ln tf), normalised to unit length over the n-grams it knows.
  let norm = 0;
  let dot = 0;
  for (let k = 0; k < met.length; ) {
    const index = met[k] ?? 0;
    let count = 0;
    while (met[k] === index) {
      count++;
      k++;
    }
    const value = (1 + Math.log(count)) * (model.idf[index] ?? 0);
    norm += value * value;
    dot += value * (model.weights[index] ?? 0);
  }
  const z = model.bias + (norm === 0 ? 0 : dot / Math.sqrt(norm));
  return 1 / (1 + Math.exp(-z));
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

/** The sentences a model reads as its category, as hints pointing at the whole sentence. */
export function sentenceModelHints(doc: PreparedText, model: SentenceModel, sentences: readonly SentenceSpan[] = sentencesOf(doc)): Hint[] {
  const hints: Hint[] = [];
  for (const span of sentences) {
    const start = doc.tokens[span.first]?.start ?? 0;
    const end = doc.tokens[span.last]?.end ?? start;
    if (probabilityOf(doc, span, model, doc.text.slice(start, end)) <= model.threshold) continue;
    hints.push({ category: model.category, rule: `learned-${model.category}`, start, end, text: doc.text.slice(start, end), message: model.message, suggestion: model.suggestion });
  }
  return hints;
}
