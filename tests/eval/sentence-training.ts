/**
 * Fitting the learned sentence readings (lib/listening/sentence-model.ts) to labelled replies:
 * which sentences are marked, the TF-IDF of their word n-grams, a logistic regression, the n-grams
 * kept, and the threshold. Used by `npm run train:sentences` (train-sentences.ts), which writes the
 * shipped weights, and by the eval's cross-validation, which fits one model per fold without it.
 */
import { analyzeReply, type HintCategory } from '../../lib/listening/index';
import { prepareText, type PreparedText } from '../../lib/listening/prepared-text';
import { capText } from '../../lib/listening/input-cap';
import { learnedSentenceRule, sentenceProbability, sentencesOf, type SentenceModel, type SentenceSpan } from '../../lib/listening/sentence-model';
import { foldOf } from './cross-validation';
import { writerOf, type ReplyRow } from './eval-data';
import { lowestThresholdKeeping, outcomeOf, type Outcome } from './threshold-search';

export const FOLDS = 5;
/**
 * The precision the model's own hints are held to, by reply, cross-validated by writer: the replies
 * it flags where no phrase rule of the category does must be right this often.
 */
export const TARGET_PRECISION = 0.92;
/**
 * How many n-grams a model keeps: those that weigh most, refitted on their own. 300 (thirteenth
 * pass): in the writer folds as good as 1,000 (blame's own hints 55 / 3 against 53 / 4), and a
 * third of the words for the engine to look up.
 */
export const KEPT_NGRAMS = Number(process.env.LF_KEPT ?? 300);
const MAX_N = 3;

export interface SentenceExample {
  /** The n-grams of the sentence, with repeats. */
  ngrams: string[];
  marked: boolean;
}

export interface ReplyExample {
  id: string;
  /** Writers' group: the set and writer ("team-email64-A"), so a fold holds whole writers. */
  group: string;
  doc: PreparedText;
  sentences: SentenceSpan[];
  examples: SentenceExample[];
  /** The phrase rules already show the category. */
  ruleShows: boolean;
  either: boolean;
  all: boolean;
}

export function ngramsOf(doc: PreparedText, span: SentenceSpan): string[] {
  const words = doc.tokens.slice(span.first, span.last + 1).map((t) => t.norm);
  const out: string[] = [];
  for (let i = 0; i < words.length; i++) for (let n = 1; n <= MAX_N && i + n <= words.length; n++) out.push(words.slice(i, i + n).join(' '));
  return out;
}

/** Where the labellers' words for `category` sit in the reply, as [start, end) ranges. */
function markedRanges(row: ReplyRow, category: string): [number, number][] {
  const ranges: [number, number][] = [];
  for (const label of Object.values(row.labels ?? {})) {
    for (const words of label.words?.[category] ?? []) {
      if (words.trim() === '') continue;
      for (let at = row.reply.indexOf(words); at >= 0; at = row.reply.indexOf(words, at + 1)) ranges.push([at, at + words.length]);
    }
  }
  return ranges;
}

export function replyExamplesOf(rows: readonly ReplyRow[], category: HintCategory): ReplyExample[] {
  const out: ReplyExample[] = [];
  for (const row of rows) {
    const labels = Object.values(row.labels ?? {});
    if (labels.length === 0) continue;
    const text = capText(row.reply).text;
    const doc = prepareText(text);
    const sentences = sentencesOf(doc);
    const ranges = markedRanges(row, category);
    const examples = sentences.map((span) => {
      const start = doc.tokens[span.first]?.start ?? 0;
      const end = doc.tokens[span.last]?.end ?? 0;
      return { ngrams: ngramsOf(doc, span), marked: ranges.some(([a, b]) => a < end && start < b) };
    });
    const ruleShows = analyzeReply(row.reply, { customerMessage: row.customer, channel: row.channel }).hints.some((h) => h.category === category && h.rule !== learnedSentenceRule(category));
    const wanted = labels.filter((l) => (l.deserved ?? []).includes(category)).length;
    out.push({ id: row.id, group: writerOf(row.id), doc, sentences, examples, ruleShows, either: wanted > 0, all: wanted === labels.length });
  }
  return out;
}

interface Fitted {
  ngrams: string[];
  idf: number[];
  weights: number[];
  bias: number;
}

/** Sublinear TF-IDF of each sentence over the vocabulary, normalised to unit length: [index, value] pairs. */
function vectors(examples: readonly SentenceExample[], vocabulary: ReadonlyMap<string, number>, idf: readonly number[]): [number, number][][] {
  return examples.map((e) => {
    const counts = new Map<number, number>();
    for (const g of e.ngrams) {
      const index = vocabulary.get(g);
      if (index !== undefined) counts.set(index, (counts.get(index) ?? 0) + 1);
    }
    const values = [...counts].map(([index, count]): [number, number] => [index, (1 + Math.log(count)) * (idf[index] ?? 0)]);
    const norm = Math.sqrt(values.reduce((sum, [, v]) => sum + v * v, 0)) || 1;
    return values.map(([index, v]): [number, number] => [index, v / norm]);
  });
}

/** Logistic regression on sparse rows, full-batch Adam from zero (deterministic), a light L2 penalty. */
function fitSparse(x: readonly [number, number][][], y: readonly number[], d: number, steps = Number(process.env.LF_STEPS ?? 600)): { weights: number[]; bias: number } {
  const n = x.length;
  const w = new Float64Array(d);
  const m = new Float64Array(d + 1);
  const v = new Float64Array(d + 1);
  // The penalty of C = 4 per example (as scikit-learn's C): light, the n-grams are many and rare.
  const l2 = 1 / (4 * n);
  const rate = Number(process.env.LF_RATE ?? 0.1);
  let bias = 0;
  for (let step = 1; step <= steps; step++) {
    const grad = new Float64Array(d + 1);
    for (let i = 0; i < n; i++) {
      const row = x[i] ?? [];
      let z = bias;
      for (const [j, value] of row) z += (w[j] ?? 0) * value;
      const error = 1 / (1 + Math.exp(-z)) - (y[i] ?? 0);
      for (const [j, value] of row) grad[j] = (grad[j] ?? 0) + error * value;
      grad[d] = (grad[d] ?? 0) + error;
    }
    for (let j = 0; j <= d; j++) {
      const g = (grad[j] ?? 0) / n + (j < d ? l2 * (w[j] ?? 0) : 0);
      m[j] = 0.9 * (m[j] ?? 0) + 0.1 * g;
      v[j] = 0.999 * (v[j] ?? 0) + 0.001 * g * g;
      const change = (rate * ((m[j] ?? 0) / (1 - 0.9 ** step))) / (Math.sqrt((v[j] ?? 0) / (1 - 0.999 ** step)) + 1e-8);
      if (j < d) w[j] = (w[j] ?? 0) - change;
      else bias -= change;
    }
  }
  return { weights: Array.from(w), bias };
}

function fitOn(examples: readonly SentenceExample[], vocabulary: readonly string[], idfOf: ReadonlyMap<string, number>): Fitted {
  const index = new Map(vocabulary.map((g, i) => [g, i]));
  const idf = vocabulary.map((g) => idfOf.get(g) ?? 0);
  const { weights, bias } = fitSparse(
    vectors(examples, index, idf),
    examples.map((e) => (e.marked ? 1 : 0)),
    vocabulary.length,
  );
  return { ngrams: [...vocabulary], idf, weights, bias };
}

/** A model fitted to the sentences: every n-gram in two sentences or more, then the KEPT_NGRAMS that weigh most, refitted. */
export function fitSentences(examples: readonly SentenceExample[]): Fitted {
  const df = new Map<string, number>();
  for (const e of examples) for (const g of new Set(e.ngrams)) df.set(g, (df.get(g) ?? 0) + 1);
  const idfOf = new Map<string, number>();
  for (const [g, count] of df) if (count >= 2) idfOf.set(g, Math.log((1 + examples.length) / (1 + count)) + 1);
  const all = fitOn(examples, [...idfOf.keys()].sort(), idfOf);
  const kept = all.ngrams
    .map((g, i) => [g, Math.abs(all.weights[i] ?? 0)] as const)
    .sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1))
    .slice(0, KEPT_NGRAMS)
    .map(([g]) => g)
    .sort();
  return fitOn(examples, kept, idfOf);
}

export type Messages = Pick<SentenceModel, 'message'>;

export const asModel = (category: HintCategory, fitted: Fitted, threshold: number, messages: Messages): SentenceModel => ({ category, ...fitted, threshold, ...messages });

/** Each reply's highest sentence probability by a model fitted to the other folds (folds of whole writers). */
export function crossValidatedReplyScores(replies: readonly ReplyExample[], category: HintCategory, folds = FOLDS): number[] {
  const scores = new Array<number>(replies.length).fill(0);
  for (let k = 0; k < folds; k++) {
    const rest = replies.filter((r) => foldOf(r.group, folds) !== k);
    if (rest.length === replies.length) continue;
    const model = asModel(category, fitSentences(rest.flatMap((r) => r.examples)), 0.5, { message: '' });
    replies.forEach((r, i) => {
      if (foldOf(r.group, folds) === k) scores[i] = Math.max(0, ...r.sentences.map((s) => sentenceProbability(r.doc, s, model)));
    });
  }
  return scores;
}

/** The category's outcome with the model above `threshold` (`addedOnly`: only the replies no phrase rule flags). */
export function outcomeAt(replies: readonly ReplyExample[], scores: readonly number[], threshold: number, addedOnly = false): Outcome {
  return outcomeOf(replies, (r, i) => {
    const byModel = (scores[i] ?? 0) > threshold;
    return addedOnly ? !r.ruleShows && byModel : r.ruleShows || byModel;
  });
}

/** The lowest threshold (0.50 to 0.98) from which, at every higher one, the model's own hints keep TARGET_PRECISION (0.99: none). */
export function chooseThreshold(replies: readonly ReplyExample[], scores: readonly number[]): number {
  return lowestThresholdKeeping(TARGET_PRECISION, (t) => outcomeAt(replies, scores, t, true));
}
