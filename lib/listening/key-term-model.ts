/**
 * Which of a customer's candidate key terms to show first: a small neural network over what the
 * extractor already knows of each candidate (its kind, where it stands, how often its words come
 * back, the sentence around it) and the word stems it holds, fitted to the terms the eval's
 * labellers said a restatement must carry (`npm run train:key-terms` writes key-term-weights.ts).
 * It is a logistic regression over the features and stems, plus sixteen hidden units over the
 * features: what a sum cannot read (a late position is the story for a time and the problem for a
 * symptom) the hidden units do.
 *
 * Why: the extractor finds about 17 candidates in a message and shows 12. Ordered by kind alone (a
 * quoted string before a code before a phrase before a word, whatever the message), it left out an
 * eighth of the terms labellers wanted that were among its candidates. The learned order keeps more
 * of them and shows less noise, measured in folds of whole writers (tests/eval/README.md, twelfth
 * pass). The extractor still decides what a term is; the model only orders and trims. Two of its
 * features are the term tagger's reading of the candidate's words in their place (term-tagger.ts).
 */
import { isCommonWord } from './common-words';
import type { PreparedText } from './prepared-text';
import { stem } from './stem';
import { insideProbabilities, type TermTagger } from './term-tagger';
import { tokenAt } from './tokens';
import type { KeyTerm } from './types';

export interface KeyTermModel {
  /** The dense features, by name, in TERM_FEATURES order; then one per `vocabulary` stem. */
  features: readonly string[];
  vocabulary: readonly string[];
  /** The linear part, per unit of each raw feature (the fit's standardisation folded in at training), dense then vocabulary. */
  weights: readonly number[];
  /** Rectified units over the dense features, each adding `output` × max(0, bias + weights·features); none for a logistic regression. */
  hidden: readonly HiddenUnit[];
  bias: number;
  /** Candidates below this probability are not shown. */
  threshold: number;
  /** The reading of each word that the 'tagger' features take (term-tagger.ts), fitted with the model. */
  tagger: TermTagger;
}

export interface HiddenUnit {
  /** Per unit of each raw dense feature, in TERM_FEATURES order. */
  weights: readonly number[];
  bias: number;
  output: number;
}

/** A candidate as the extractor found it. */
export interface TermCandidate {
  kind: KeyTerm['kind'];
  start: number;
  end: number;
  /** Times a single word came back (1 for every other kind). */
  count: number;
  /** Ranked as the story around the problem (a symptom told late, how long ago). */
  story: boolean;
}

const KINDS: readonly KeyTerm['kind'][] = ['quoted', 'code', 'amount', 'version', 'symptom', 'request', 'time', 'product', 'phrase', 'word'];
export const TERM_FEATURES: readonly string[] = [
  ...KINDS,
  'story',
  'position',
  'repeats',
  'count',
  'words',
  'digits',
  'in a question',
  'opening',
  'length',
  'content share',
  'capitalised',
  'after my/our/the',
  'in a request',
  'in a negation',
  'in brackets',
  'message length',
  'tagger mean',
  'tagger max',
];

/** What every candidate of one message is read against: computed once per message. */
export interface TermContext {
  doc: PreparedText;
  bodyEnd: number;
  /** How many times each stem occurs in the message. */
  stemCount: Map<string, number>;
  /** Sentence starts, ascending (the first is 0). */
  sentenceStarts: number[];
  /** What each sentence does, read once for all its candidates. */
  sentences: SentenceReading[];
  /** The tagger's reading of each token, in the doc's token order. */
  inside: readonly number[];
}

interface SentenceReading {
  asksQuestion: boolean;
  requests: boolean;
  negates: boolean;
}

const ASKS = ['can you', 'could you', 'please', "i'd like", 'i would like', 'i want', 'i need'];
const NEGATIONS = new Set(['not', 'never', 'no', 'stopped', 'still', 'cannot']);

export function termContext(doc: PreparedText, bodyEnd: number, tagger: TermTagger): TermContext {
  const stemCount = new Map<string, number>();
  for (const t of doc.tokens) {
    const s = stem(t.norm);
    stemCount.set(s, (stemCount.get(s) ?? 0) + 1);
  }
  const starts = sentenceStarts(doc.text);
  const sentences = starts.map((start, s) => {
    const sentence = doc.text.slice(start, starts[s + 1] ?? doc.text.length).toLowerCase();
    return {
      asksQuestion: sentence.includes('?'),
      requests: ASKS.some((a) => sentence.includes(a)),
      negates: wordsOf(sentence).some((w) => NEGATIONS.has(w) || w.endsWith("n't")),
    };
  });
  return { doc, bodyEnd, stemCount, sentenceStarts: starts, sentences, inside: insideProbabilities(doc, tagger) };
}

/** Where sentences start: after ".", "!" or "?" and the space that follows them, and after line breaks. One pass. */
function sentenceStarts(text: string): number[] {
  const starts = [0];
  for (let i = 0; i < text.length; i++) {
    const char = text[i] ?? '';
    if (char === '\n') {
      while (text[i + 1] === '\n') i++;
      starts.push(i + 1);
    } else if (char === '.' || char === '!' || char === '?') {
      while (text[i + 1] === '.' || text[i + 1] === '!' || text[i + 1] === '?') i++;
      let next = i + 1;
      while (next < text.length && /\s/.test(text[next] ?? '')) next++;
      if (next > i + 1) {
        starts.push(next);
        i = next - 1;
      }
    }
  }
  return starts;
}

/** The dense features of a candidate, in TERM_FEATURES order. */
export function termFeatures(context: TermContext, c: TermCandidate): number[] {
  const { doc, bodyEnd, stemCount, sentenceStarts, sentences } = context;
  const { text } = doc;
  const term = text.slice(c.start, c.end);
  const words = wordsOf(term);
  const content = words.filter((w) => !isCommonWord(w));
  let repeats = 1;
  for (const w of content) repeats = Math.max(repeats, stemCount.get(stem(w)) ?? 1);
  let s = 0;
  while (s + 1 < sentenceStarts.length && (sentenceStarts[s + 1] ?? 0) <= c.start) s++;
  const sentence = sentences[s];
  const before = text.slice(Math.max(0, c.start - 12), c.start).toLowerCase();
  const [insideMean, insideMax] = readingOf(context, c);
  return [
    ...KINDS.map((k) => (c.kind === k ? 1 : 0)),
    c.story ? 1 : 0,
    Math.min(1, c.start / Math.max(1, bodyEnd)),
    Math.log(repeats),
    Math.log(1 + c.count),
    Math.min(6, words.length),
    /\d/.test(term) ? 1 : 0,
    sentence?.asksQuestion ? 1 : 0,
    s <= 1 ? 1 : 0,
    Math.log(1 + term.length),
    content.length / Math.max(1, words.length),
    /^\p{Lu}/u.test(term) ? 1 : 0,
    /\b(?:my|our|the)\s+$/.test(before) ? 1 : 0,
    sentence?.requests ? 1 : 0,
    sentence?.negates ? 1 : 0,
    text[c.start - 1] === '(' ? 1 : 0,
    Math.log(1 + text.length),
    insideMean,
    insideMax,
  ];
}

/** The tagger's mean and highest reading of the tokens inside a candidate (0 and 0 for none). */
function readingOf({ doc, inside }: TermContext, c: TermCandidate): [number, number] {
  const { tokens } = doc;
  let sum = 0;
  let max = 0;
  let n = 0;
  for (let i = tokenAt(tokens, c.start); i < tokens.length && (tokens[i]?.end ?? Infinity) <= c.end; i++) {
    const p = inside[i] ?? 0;
    sum += p;
    max = Math.max(max, p);
    n++;
  }
  return n === 0 ? [0, 0] : [sum / n, max];
}

/** The stems of a candidate's words of three letters or more: what the vocabulary weights are read by. */
export function termStems(context: TermContext, c: TermCandidate): string[] {
  const stems = new Set<string>();
  for (const w of context.doc.text.slice(c.start, c.end).toLowerCase().match(/\p{L}{3,}/gu) ?? []) stems.add(stem(w));
  return [...stems];
}

function wordsOf(text: string): string[] {
  return text.toLowerCase().replace(/’/g, "'").match(/[\p{L}\p{N}']+/gu) ?? [];
}

const stemWeights = new WeakMap<KeyTermModel, Map<string, number>>();

/** The vocabulary's weights by stem, built on first use. */
function stemWeightsOf(model: KeyTermModel): Map<string, number> {
  const known = stemWeights.get(model);
  if (known) return known;
  const byStem = new Map(model.vocabulary.map((word, v) => [word, model.weights[model.features.length + v] ?? 0]));
  stemWeights.set(model, byStem);
  return byStem;
}

/** The probability, by the model, that a labeller would want the candidate: a stem of its vocabulary counts once. */
export function termProbability(model: KeyTermModel, features: readonly number[], stems: readonly string[]): number {
  const byStem = stemWeightsOf(model);
  let z = model.bias;
  for (let j = 0; j < features.length; j++) z += (model.weights[j] ?? 0) * (features[j] ?? 0);
  for (const s of stems) z += byStem.get(s) ?? 0;
  for (const unit of model.hidden) {
    let a = unit.bias;
    for (let j = 0; j < features.length; j++) a += (unit.weights[j] ?? 0) * (features[j] ?? 0);
    if (a > 0) z += unit.output * a;
  }
  return 1 / (1 + Math.exp(-z));
}
