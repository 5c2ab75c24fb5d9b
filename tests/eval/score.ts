/**
 * Scoring for `npm run eval`: hint precision and recall per category with two labellers, and
 * key-term precision and must-term recall. Pure functions, so the scoring itself is unit-tested
 * (score.test.ts) apart from the engine it measures.
 */

export interface Label {
  deserved?: string[];
  words?: Record<string, string[]>;
  note?: string;
}

export interface Tally {
  shown: number;
  right: number;
  wrong: number;
  /** Deserved by both labellers: the ones recall is measured on. */
  deserved: number;
  found: number;
}

export const emptyTally = (): Tally => ({ shown: 0, right: 0, wrong: 0, deserved: 0, found: 0 });

export type Outcome = 'right' | 'wrong' | 'found' | 'missed';

/**
 * One reply's outcome per category. A hint shown is right when either labeller wanted it (an
 * arguable hint is not an error); a hint absent is missed only when both wanted it.
 */
export function judgeReply(shown: ReadonlySet<string>, labels: readonly Label[], categories: readonly string[]): Map<string, Outcome[]> {
  const outcomes = new Map<string, Outcome[]>();
  for (const category of categories) {
    const wantedBy = labels.filter((l) => (l.deserved ?? []).includes(category)).length;
    const list: Outcome[] = [];
    if (shown.has(category)) list.push(wantedBy > 0 ? 'right' : 'wrong');
    if (wantedBy === labels.length && labels.length > 0) list.push(shown.has(category) ? 'found' : 'missed');
    outcomes.set(category, list);
  }
  return outcomes;
}

export function addOutcomes(tally: Tally, outcomes: readonly Outcome[]): void {
  for (const o of outcomes) {
    if (o === 'right' || o === 'wrong') {
      tally.shown++;
      tally[o]++;
    } else {
      tally.deserved++;
      if (o === 'found') tally.found++;
    }
  }
}

export function precision(t: Tally): number | null {
  return t.shown === 0 ? null : t.right / t.shown;
}

export function recall(t: Tally): number | null {
  return t.deserved === 0 ? null : t.found / t.deserved;
}

// Key terms are compared word by word, by a deliberately simple normaliser of the eval's own
// (not the engine's stemmer), so the measure does not share the engine's blind spots.
const STOP = new Set(['the', 'a', 'an', 'my', 'me', 'i', 'to', 'of', 'in', 'on', 'for', 'and', 'or', 'is', 'it', 'its', 'your', 'our', 'this', 'that', 'with', 'at', 'from', 'be', 'was', 'am', 'are']);

export function termWords(term: string): string[] {
  const words = term
    .toLowerCase()
    .replace(/[’‘]/g, "'")
    .match(/[\p{L}\p{N}$£€]+(?:['.,:/-][\p{L}\p{N}]+)*/gu) ?? [];
  const content = words.filter((w) => !STOP.has(w));
  return (content.length > 0 ? content : words).map(simplify);
}

function simplify(word: string): string {
  if (/\d/.test(word)) return word;
  return word.replace(/(?:'s|s'|ies|es|s|ed|ing)$/, '').replace(/n't$/, 'not') || word;
}

/** Share of `of`'s words that appear in `within`. */
function share(of: readonly string[], within: ReadonlySet<string>): number {
  if (of.length === 0) return 0;
  return of.filter((w) => within.has(w)).length / of.length;
}

/**
 * A term shown is right when at least half of its words belong to one labelled term (must or
 * ok), or when it holds a whole labelled term: "password change" for "the password change", a
 * quoted error message for the code inside it; not "change it" for "password change".
 */
export function isRightTerm(shown: string, labelled: readonly string[]): boolean {
  const words = termWords(shown);
  const own = new Set(words);
  return labelled.some((l) => share(words, new Set(termWords(l))) >= 0.5 || share(termWords(l), own) === 1);
}

/** A must term is found when the terms shown, together, carry at least half of its words. */
export function isFoundTerm(must: string, shown: readonly string[]): boolean {
  const all = new Set(shown.flatMap(termWords));
  return share(termWords(must), all) >= 0.5;
}

export interface TermTally {
  shown: number;
  right: number;
  must: number;
  found: number;
}

export function emptyTermTally(): TermTally {
  return { shown: 0, right: 0, must: 0, found: 0 };
}

export function addTermTally(total: TermTally, t: TermTally): void {
  total.shown += t.shown;
  total.right += t.right;
  total.must += t.must;
  total.found += t.found;
}

/**
 * Key terms shown, scored as the engine's are against a labelling: how many are right (must or ok)
 * and how many of its must terms they carry. Used for the engine, and for a second labeller's must
 * terms against the first's (how far people agree: the ceiling the engine is measured under).
 */
export function scoreTerms(shown: readonly string[], labelling: { must: readonly string[]; ok: readonly string[] }): TermTally {
  const labelled = [...labelling.must, ...labelling.ok];
  return {
    shown: shown.length,
    right: shown.filter((t) => isRightTerm(t, labelled)).length,
    must: labelling.must.length,
    found: labelling.must.filter((m) => isFoundTerm(m, shown)).length,
  };
}

export function median(values: readonly number[]): number | null {
  if (values.length === 0) return null;
  const sorted = [...values].sort((a, b) => a - b);
  const mid = sorted.length >> 1;
  return sorted.length % 2 === 1 ? (sorted[mid] ?? 0) : ((sorted[mid - 1] ?? 0) + (sorted[mid] ?? 0)) / 2;
}

/**
 * How far two labellers agree on one category beyond chance (Cohen's kappa): 1 is full agreement,
 * 0 what chance alone gives. A category they split on cannot be scored much above their agreement.
 */
export function cohensKappa(pairs: readonly (readonly [boolean, boolean])[]): number | null {
  const n = pairs.length;
  if (n === 0) return null;
  const agree = pairs.filter(([a, b]) => a === b).length / n;
  const aYes = pairs.filter(([a]) => a).length / n;
  const bYes = pairs.filter(([, b]) => b).length / n;
  const chance = aYes * bYes + (1 - aYes) * (1 - bYes);
  return chance === 1 ? null : (agree - chance) / (1 - chance);
}
