/**
 * Cross-validation inside the tuned part (`npm run eval -- --folds=5`): does a rule or a word
 * list hold on tuned rows it was not fitted to? The tuned rows are split into k folds by a fixed
 * hash (foldOf; run-eval.ts hashes each row's writers' set, so the same folds on every run and no
 * writer on both sides), and each fold is judged by the engine as it
 * would be had its word lists been written from the other folds alone:
 * - a hint raised by a listed phrase, jargon term or term pair counts as right only when the same
 *   words (same rule) were right on a row of another fold; right only in its own fold, it is
 *   evidence of nothing but that row, so it is dropped (and a deserved hint it found is missed);
 *   a wrong hint stays wrong whatever its support;
 * - a signal phrase (thanks, acknowledgement, next step…) that silences an absence hint counts
 *   only when it occurs on a row of another fold; otherwise the absence hints are read again
 *   without it, and the hint that comes back is judged like any other;
 * - hints from structure (capitals, sentence length, asking again, the absence rules themselves)
 *   are general and stay as they are.
 * This is deliberately pessimistic: a phrase written from general knowledge that happens to occur
 * in one fold only counts as fitted. Benign contexts of phrase rules are not measured here.
 */
import { ABSENCE_CATEGORIES, isAbsenceHint } from '../../lib/listening/absence';
import { replyAbsenceHints } from '../../lib/listening/analyze-reply';
import { readCustomerState } from '../../lib/listening/customer-state';
import { capText } from '../../lib/listening/input-cap';
import { scanLexicon, type LexiconMatches } from '../../lib/listening/lexicon';
import { expandPhrase } from '../../lib/listening/phrase-matcher';
import { PHRASE_RULES } from '../../lib/listening/phrase-rules';
import { prepareText, type PreparedText } from '../../lib/listening/prepared-text';
import { SIGNAL_PHRASES } from '../../lib/listening/signal-phrases';
import type { Channel, Hint, HintCategory } from '../../lib/listening/index';
import type { AbsenceReadings, ReplyModels } from '../../lib/listening/absence';
import { judgeReply, type Label, type Outcome } from './score';

/** The fold of a key (a row's writers' set, or its id): FNV-1a (32-bit) of it, modulo the number of folds. */
export function foldOf(id: string, folds: number): number {
  let hash = 0x811c9dc5;
  for (let i = 0; i < id.length; i++) {
    hash ^= id.charCodeAt(i);
    hash = Math.imul(hash, 0x01000193) >>> 0;
  }
  return hash % folds;
}

/** Rules whose hints come from a listed literal: their support is the literal, not the rule. */
const LISTED_RULES = new Set([...PHRASE_RULES.map((r) => r.id), 'curated-jargon', 'team-jargon', 'customer-term', 'team-term']);

/** Each spelling of a listed phrase (rule id or signal, then its words) → the phrase as written in its list. */
const WRITTEN = new Map<string, string>();
for (const rule of PHRASE_RULES) for (const phrase of rule.phrases) for (const words of expandPhrase(phrase)) WRITTEN.set(`${rule.id}: ${words.join(' ')}`, phrase);
for (const [signal, list] of Object.entries(SIGNAL_PHRASES)) for (const phrase of list) for (const words of expandPhrase(phrase)) WRITTEN.set(`${signal}: ${words.join(' ')}`, phrase);

/** A listed phrase as written ("[I'm|I am] sorry"), not as spelled in the reply: the entry a writer adds or removes. */
function written(owner: string, words: readonly string[]): string {
  const key = `${owner}: ${words.join(' ')}`;
  const phrase = WRITTEN.get(key);
  return phrase === undefined ? key : `${owner}: ${phrase}`;
}

/** What a hint rests on: the list entry for a listed literal, the rule alone otherwise. */
export function triggerOf(hint: Pick<Hint, 'rule' | 'text'>): string {
  if (!LISTED_RULES.has(hint.rule)) return hint.rule;
  return written(hint.rule, prepareText(hint.text).tokens.map((t) => t.norm));
}

export interface FoldRow {
  id: string;
  fold: number;
  channel: Channel;
  customer: string;
  reply: string;
  labels: Label[];
  hints: readonly Hint[];
}

interface ReadReply {
  doc: PreparedText;
  found: LexiconMatches;
  signalKeys: string[];
}

function readReply(reply: string): ReadReply {
  const doc = prepareText(capText(reply).text);
  const found = scanLexicon(doc.text, doc.tokens, undefined, true);
  const signalKeys = found.signals.map((m) => signalKey(doc, m.first, m.last, m.entry.signal));
  return { doc, found, signalKeys };
}

function signalKey(doc: PreparedText, first: number, last: number, signal: string): string {
  return written(signal, doc.tokens.slice(first, last + 1).map((t) => t.norm));
}

export interface CrossValidation {
  /** Outcomes by category, over all folds, each fold judged by what the other folds support. */
  outcomes: Map<string, Outcome[]>;
  /** Outcomes by fold and category, as the engine stands (no support needed). */
  byFold: Map<number, Map<string, Outcome[]>>;
  /** Listed triggers that were right in one fold only: fitted, or not yet seen to hold. */
  singleFold: Map<string, number>;
  /** Signal phrases whose absence on the other folds brought back a hint, with its outcome. */
  fittedSignals: string[];
}

/**
 * `isEnabled` says which categories the engine was asked for (as analyzeReply's settings did for
 * `hints`); `modelsFor` gives the learned readings of whole replies fitted without a fold (the
 * shipped ones, fitted to every tuned row, when not given).
 */
export function crossValidate(
  rows: readonly FoldRow[],
  categories: readonly HintCategory[],
  isEnabled: AbsenceReadings = () => true,
  modelsFor?: (fold: number) => ReplyModels,
): CrossValidation {
  const rightIn = new Map<string, Set<number>>();
  const signalsIn = new Map<string, Set<number>>();
  const read = new Map<string, ReadReply>();
  const add = (map: Map<string, Set<number>>, key: string, fold: number): void => {
    const folds = map.get(key) ?? new Set<number>();
    folds.add(fold);
    map.set(key, folds);
  };
  for (const row of rows) {
    const judged = judgeReply(new Set<string>(row.hints.map((h) => h.category)), row.labels, categories);
    for (const hint of row.hints) if (judged.get(hint.category)?.includes('right')) add(rightIn, triggerOf(hint), row.fold);
    const r = readReply(row.reply);
    read.set(row.id, r);
    for (const key of r.signalKeys) add(signalsIn, key, row.fold);
  }
  const elsewhere = (map: Map<string, Set<number>>, key: string, fold: number): boolean => [...(map.get(key) ?? [])].some((f) => f !== fold);

  const outcomes = new Map<string, Outcome[]>(categories.map((c) => [c, []]));
  const byFold = new Map<number, Map<string, Outcome[]>>();
  const singleFold = new Map<string, number>();
  const fittedSignals: string[] = [];
  for (const row of rows) {
    const r = read.get(row.id);
    if (!r) continue;
    const asIs = judgeReply(new Set(row.hints.map((h) => h.category)), row.labels, categories);
    const foldTally = byFold.get(row.fold) ?? new Map<string, Outcome[]>(categories.map((c) => [c, []]));
    byFold.set(row.fold, foldTally);
    for (const [c, o] of asIs) foldTally.get(c)?.push(...o);

    // The absence hints as the other folds' signal phrases would read them.
    const kept = r.found.signals.filter((_, i) => elsewhere(signalsIn, r.signalKeys[i] ?? '', row.fold));
    const customer = row.customer.trim() === '' ? undefined : readCustomerState(capText(row.customer).text);
    const absence = replyAbsenceHints(r.doc, { ...r.found, signals: kept }, customer, row.channel, isEnabled, row.hints, modelsFor?.(row.fold));
    const shown = new Set<HintCategory>();
    for (const hint of row.hints) {
      if (isAbsenceHint(hint)) continue;
      const key = triggerOf(hint);
      const right = asIs.get(hint.category)?.includes('right') ?? false;
      if (!right || !LISTED_RULES.has(hint.rule) || elsewhere(rightIn, key, row.fold)) shown.add(hint.category);
      else singleFold.set(key, (singleFold.get(key) ?? 0) + 1);
    }
    for (const hint of absence) shown.add(hint.category);
    const judged = judgeReply(shown, row.labels, categories);
    for (const [c, o] of judged) outcomes.get(c)?.push(...o);
    for (const c of ABSENCE_CATEGORIES) {
      if (shown.has(c) && !row.hints.some((h) => h.category === c)) {
        const dropped = r.signalKeys.filter((k) => !elsewhere(signalsIn, k, row.fold));
        fittedSignals.push(`${c} ${judged.get(c)?.includes('right') ? 'right' : 'WRONG'} on ${row.id} without ${dropped.map((k) => `“${k}”`).join(' ')}`);
      }
    }
  }
  return { outcomes, byFold, singleFold, fittedSignals };
}
