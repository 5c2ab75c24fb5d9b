/**
 * Learned readings of a whole reply, for the two absence hints that point at no words:
 * `no-acknowledgement` (does the reply read as unheard?) and `no-next-step` (is the customer left
 * not knowing what happens now?). Each is a logistic regression over fifteen things the engine
 * already reads of a complete e-mail answer (REPLY_FEATURES, below) and over which of a few hundred
 * word sequences the reply and the customer's message hold, fitted to the eval's tuned part
 * (tests/eval/train-reply-models.ts writes reply-weights.ts; `npm run train:reply-models`).
 *
 * Why a model here and hand-written rules elsewhere: whether a reply reads as unheard, or leaves
 * them without a next step, is a weighing of many weak signs (a form letter's formulas, a short
 * answer to a long message, nobody writing as "I", none of their words taken up; a customer who
 * asks "firstly … and lastly …" and a reply that "has passed this to the relevant team"), and the
 * labellers weigh them together. The word sequences carry what those signs cannot: a form
 * letter's own wording, and how many things the customer asked for. Every other category points
 * at words, which a phrase list does well; these point at nothing (tests/eval/README.md, eleventh
 * and twenty-third passes).
 *
 * Pure and small: a few hundred weights and literal word sequences (no pattern is built from
 * them), no library, no state.
 */
import type { AbsenceInput } from './absence';
import type { HintCategory } from './types';

/** What every reply model reads first, in the order of its first weights. */
export const REPLY_FEATURES = [
  /** The hand-written no-acknowledgement rule's verdict (ignoresThem), 1 or 0. */
  'rule',
  /** log((reply words + 5) / (their words + 5)): a short answer to a long message. */
  'lengthRatio',
  /** Acknowledging words ("sorry to hear", "I can see why …"), 1 or 0. */
  'acknowledges',
  /** How many different form-letter formulas ("Thank you for contacting", "Please note"). */
  'formulas',
  /** The share of the reply's words that are "I", "I've", "me", "my" …. */
  'firstPersonShare',
  /** Someone writes as themself at all, 1 or 0. */
  'speaksAsThemself',
  /** It apologises, not formulaically, 1 or 0. */
  'apologises',
  /** It asks them a question about their case, 1 or 0. */
  'asksAboutTheirCase',
  /** Their distinctive words it uses, against how many they wrote (a number or code counts twice). */
  'theirWordsShare',
  /** A next step in listed words ("I'll", "please reply", "we will send"), 1 or 0. */
  'nextStepWords',
  /** A time for what happens next ("by Friday", "within 3 working days"), 1 or 0. */
  'timeAhead',
  /** It says what comes in any words (looksAhead in reply-signals.ts), 1 or 0. */
  'looksAhead',
  /** It sends them elsewhere (a form, an article, another team), 1 or 0. */
  'redirect',
  /** They were upset, 1 or 0. */
  'upset',
  /** They reported something wrong (a symptom in their words), 1 or 0. */
  'reportsProblem',
] as const;

/** The longest word sequence a model reads. */
export const MAX_NGRAM = 3;

export interface ReplyModel {
  category: HintCategory;
  features: readonly string[];
  /** Word sequences (the words' norms joined by one space) whose presence in the reply it reads, after `features`. */
  replyNgrams: readonly string[];
  /** The same, in the customer's latest message, after `replyNgrams`. */
  customerNgrams: readonly string[];
  /** Each input is standardised, (x − mean) / scale, before it is weighed. */
  mean: readonly number[];
  scale: readonly number[];
  weights: readonly number[];
  bias: number;
  /** The probability above which the hint is shown. */
  threshold: number;
}

/** The fifteen signs of a reply, in REPLY_FEATURES order. `ruleSays` is the hand-written no-acknowledgement rule's verdict. */
export function replyFeatures(input: AbsenceInput, ruleSays: boolean): number[] {
  const theirWords = input.customer?.words ?? 0;
  const theirStems = input.customer?.stems.size ?? 0;
  return [
    ruleSays ? 1 : 0,
    Math.log((input.ownWords + 5) / (theirWords + 5)),
    input.signals.acknowledgement ? 1 : 0,
    input.formulas ?? 0,
    input.firstPersonShare ?? 0,
    input.speaksAsThemself === true ? 1 : 0,
    input.apologises === true ? 1 : 0,
    input.signals.clarifyingQuestion ? 1 : 0,
    theirStems === 0 ? 0 : input.theirWordsUsed / theirStems,
    input.signals.nextStep ? 1 : 0,
    (input.timeAhead ?? input.signals.timeframe) ? 1 : 0,
    input.looksAhead === true ? 1 : 0,
    input.signals.redirect ? 1 : 0,
    input.customer?.upset === true ? 1 : 0,
    input.customer?.reportsProblem === true ? 1 : 0,
  ];
}

/** Every word sequence of one to MAX_NGRAM words in `norms`, as a model names them. */
export function ngramsOf(norms: readonly string[]): Set<string> {
  const grams = new Set<string>();
  for (let i = 0; i < norms.length; i++) {
    let gram = '';
    for (let n = 0; n < MAX_NGRAM && i + n < norms.length; n++) {
      gram = n === 0 ? (norms[i] ?? '') : `${gram} ${norms[i + n] ?? ''}`;
      grams.add(gram);
    }
  }
  return grams;
}

/** Where a word sequence of some model's list goes: that model's sequences, `at` places in (its reply sequences, then their message's). */
interface Place {
  model: number;
  at: number;
}

/** The sequences of a set of models as a tree of words: the sequences that end at this word, and the words that go on from it. */
interface GramNode {
  ends: Place[];
  next: Map<string, GramNode>;
}

/** A set of models made ready to read: its sequences as trees, in the reply and in their message, and each model's weights over them. */
interface ReadyModels {
  reply: Map<string, GramNode>;
  theirs: Map<string, GramNode>;
  /** Per model: its probability's sum with every sequence absent (bias and each sequence's (0 − mean) / scale × weight) … */
  absent: number[];
  /** … and what each sequence adds where it is present (weight / scale). */
  present: number[][];
}

/** Built once per set of models. */
const READY = new WeakMap<readonly ReplyModel[], ReadyModels>();

function readyModels(models: readonly ReplyModel[]): ReadyModels {
  let ready = READY.get(models);
  if (ready === undefined) {
    const reply = new Map<string, GramNode>();
    const theirs = new Map<string, GramNode>();
    const add = (into: Map<string, GramNode>, gram: string, place: Place): void => {
      let level = into;
      let node: GramNode | undefined;
      for (const word of gram.split(' ')) {
        node = level.get(word);
        if (node === undefined) level.set(word, (node = { ends: [], next: new Map() }));
        level = node.next;
      }
      node?.ends.push(place);
    };
    const absent: number[] = [];
    const present: number[][] = [];
    models.forEach((m, model) => {
      m.replyNgrams.forEach((gram, at) => add(reply, gram, { model, at }));
      m.customerNgrams.forEach((gram, i) => add(theirs, gram, { model, at: m.replyNgrams.length + i }));
      // Its weights are its signs' (m.features), then its sequences'.
      let sum = m.bias;
      const steps: number[] = [];
      for (let i = m.features.length; i < m.weights.length; i++) {
        const weight = m.weights[i] ?? 0;
        const scale = m.scale[i] ?? 1;
        sum += (weight * (0 - (m.mean[i] ?? 0))) / scale;
        steps.push(weight / scale);
      }
      absent.push(sum);
      present.push(steps);
    });
    ready = { reply, theirs, absent, present };
    READY.set(models, ready);
  }
  return ready;
}

/**
 * Marks, in each model's list, the sequences the words hold: at each word, down the tree of
 * sequences that begin with it, one look-up per word of a sequence (a 5,000-character reply has some
 * 2,500 sequences of one to three words, and the reply is read at every pause in typing).
 */
function markGrams(norms: readonly string[], tree: ReadonlyMap<string, GramNode>, marks: readonly Uint8Array[]): void {
  for (let i = 0; i < norms.length; i++) {
    let node = tree.get(norms[i] ?? '');
    let k = i + 1;
    while (node !== undefined) {
      for (const { model, at } of node.ends) {
        const into = marks[model];
        if (into !== undefined) into[at] = 1;
      }
      if (k >= norms.length || node.next.size === 0) break;
      node = node.next.get(norms[k++] ?? '');
    }
  }
}

/** Per model of `models`, 1 at each of its word sequences the reply (or their message) holds, in its list's order. */
function gramMarksOf(replyNorms: readonly string[], customerNorms: readonly string[], models: readonly ReplyModel[], ready: ReadyModels): Uint8Array[] {
  const marks = models.map((m) => new Uint8Array(m.replyNgrams.length + m.customerNgrams.length));
  markGrams(replyNorms, ready.reply, marks);
  markGrams(customerNorms, ready.theirs, marks);
  return marks;
}

/** All each model reads of a reply, in `models` order: its signs, then 1 or 0 for each of its word sequences in the reply, then in their message. */
export function modelInputsOf(features: readonly number[], replyNorms: readonly string[], customerNorms: readonly string[], models: readonly ReplyModel[]): number[][] {
  const marks = gramMarksOf(replyNorms, customerNorms, models, readyModels(models));
  return marks.map((marked) => [...features, ...marked]);
}

/** One model's inputs (modelInputsOf for a set of one). */
const ALONE = new WeakMap<ReplyModel, readonly ReplyModel[]>();
export function modelInputs(features: readonly number[], replyNorms: readonly string[], customerNorms: readonly string[], model: ReplyModel): number[] {
  let alone = ALONE.get(model);
  if (alone === undefined) ALONE.set(model, (alone = [model]));
  return modelInputsOf(features, replyNorms, customerNorms, alone)[0] ?? [];
}

/** Which of `grams` the words hold (what the models read of them), by name. */
export function gramsIn(norms: readonly string[], grams: readonly string[]): Set<string> {
  const shell: ReplyModel = { category: 'no-next-step', features: [], replyNgrams: grams, customerNgrams: [], mean: [], scale: [], weights: [], bias: 0, threshold: 1 };
  const marks = modelInputs([], norms, [], shell);
  return new Set(grams.filter((_, at) => marks[at] === 1));
}

/**
 * Each model's probability for a reply, in `models` order: replyProbability of its modelInputsOf,
 * summed without spelling out the hundreds of sequences a reply does not hold (their share is
 * summed once per set of models; a sequence it holds adds its weight over its scale).
 */
export function replyProbabilitiesOf(features: readonly number[], replyNorms: readonly string[], customerNorms: readonly string[], models: readonly ReplyModel[]): number[] {
  const ready = readyModels(models);
  const marks = gramMarksOf(replyNorms, customerNorms, models, ready);
  return models.map((m, model) => {
    let z = ready.absent[model] ?? m.bias;
    for (let i = 0; i < features.length; i++) z += ((m.weights[i] ?? 0) * ((features[i] ?? 0) - (m.mean[i] ?? 0))) / (m.scale[i] ?? 1);
    const steps = ready.present[model] ?? [];
    const marked = marks[model] ?? new Uint8Array(0);
    for (let at = 0; at < marked.length; at++) if (marked[at] === 1) z += steps[at] ?? 0;
    return 1 / (1 + Math.exp(-z));
  });
}

/** The probability, by the model, that the reply deserves its hint. */
export function replyProbability(inputs: readonly number[], model: Pick<ReplyModel, 'mean' | 'scale' | 'weights' | 'bias'>): number {
  let z = model.bias;
  for (let i = 0; i < model.weights.length; i++) z += ((model.weights[i] ?? 0) * ((inputs[i] ?? 0) - (model.mean[i] ?? 0))) / (model.scale[i] ?? 1);
  return 1 / (1 + Math.exp(-z));
}
