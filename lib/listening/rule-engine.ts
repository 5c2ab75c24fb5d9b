/**
 * Runs the phrase rules (the data rows in phrase-rules.ts) over the lexicon matches:
 * skips benign contexts, merges overlapping matches of one rule, and makes hints.
 */
import type { Found, LexiconEntry } from './lexicon';
import { expandPhrase } from './phrase-matcher';
import { NEGATIONS, NOT_CONDITIONING, NOT_NEGATING, PHRASE_RULES, type PhraseRule } from './phrase-rules';
import { commaBefore, hyphenatedEnd, normalizeWord, type Token } from './tokens';
import type { Hint, HintCategory } from './types';

type RuleMatch = Found<Extract<LexiconEntry, { kind: 'rule' }>>;

/** How far back a negation or hedge still governs a phrase, in words of the same sentence. */
const BENIGN_WINDOW = 5;
/**
 * A condition governs its whole sentence, however long it is: "so if there is a genuine leak it
 * will definitely be covered" promises nothing unconditionally.
 */
const CONDITIONS: ReadonlySet<string> = new Set(['if', 'unless', 'whether']);
/**
 * Words that open a new main clause: nothing before them (a condition, a negation, a hedge) governs
 * the phrase after. "If it happens again we can arrange a visit, although a call-out charge may
 * apply": the charge is no condition.
 */
const CLAUSE_OPENERS: ReadonlySet<string> = new Set(['but', 'although', 'though', 'however']);

const notNegating = new Set(NOT_NEGATING);
/** Each courtesy formula as its condition word and the words after it (the condition may open its sentence). */
const notConditioning = NOT_CONDITIONING.flatMap(expandPhrase).map(([condition = '', ...rest]) => ({ condition, rest }));
const negations = new Set(NEGATIONS);
const benignBefore = new Map<PhraseRule, ReadonlySet<string>>();
const certainPastACondition = new Map<PhraseRule, ReadonlySet<string>>();
const benignRightBefore = new Map<PhraseRule, ReadonlySet<string>>();
const benignAfter = new Map<PhraseRule, string[][]>();
const benignLater = new Map<PhraseRule, string[][]>();
const onlyWithLater = new Map<PhraseRule, string[][]>();
/** How far on a phrase that makes the match benign may come, in words of the same sentence. */
const LATER_WINDOW = 15;
const onlyAfter = new Map<PhraseRule, { openers: string[][]; longest: number }>();
/** How many words may come between a rule's `onlyAfter` phrase and its match. */
const ONLY_AFTER_GAP = 8;
/** A rule's list of single words, as the tokens' norms they are compared with ("I" is read as "i"). */
const asNorms = (words: readonly string[]): ReadonlySet<string> => new Set(words.map(normalizeWord));
for (const rule of PHRASE_RULES) {
  if (rule.onlyAfter) {
    const openers = rule.onlyAfter.flatMap(expandPhrase);
    onlyAfter.set(rule, { openers, longest: Math.max(...openers.map((words) => words.length)) });
  }
  if (rule.benignBefore) benignBefore.set(rule, asNorms(rule.benignBefore));
  if (rule.certainPastACondition) certainPastACondition.set(rule, asNorms(rule.certainPastACondition));
  if (rule.benignRightBefore) benignRightBefore.set(rule, asNorms(rule.benignRightBefore));
  if (rule.benignAfter) benignAfter.set(rule, rule.benignAfter.flatMap(expandPhrase));
  if (rule.benignLater) benignLater.set(rule, rule.benignLater.flatMap(expandPhrase));
  if (rule.onlyWithLater) onlyWithLater.set(rule, rule.onlyWithLater.flatMap(expandPhrase));
}

export function phraseRuleHints(
  text: string,
  tokens: readonly Token[],
  matches: readonly RuleMatch[],
  isEnabled: (category: HintCategory) => boolean,
): Hint[] {
  const kept = matches
    .filter(({ entry: { rule } }) => isEnabled(rule.category))
    .map(({ first, last, entry: { rule } }) => ({ first: anchorOf(tokens, first, rule), last, rule }))
    .filter(({ first, last, rule }) => first >= 0 && !isBenign(text, tokens, first, last, rule))
    // A phrase ending in the first half of a hyphenated word points at the whole word ("simply re" → "simply re-lodge").
    .map(({ first, last, rule }) => ({ start: tokens[first]?.start ?? 0, end: hyphenatedEnd(text, tokens[last]?.end ?? 0), rule }))
    .sort((a, b) => a.start - b.start || b.end - a.end);
  const hints: Hint[] = [];
  const lastOfCategory = new Map<HintCategory, Hint>();
  for (const { start, end, rule } of kept) {
    const previous = lastOfCategory.get(rule.category);
    if (previous && start < previous.end) {
      // One hint per stretch of words: "sorry for any inconvenience this may have caused" is one.
      if (previous.rule === rule.id && end > previous.end) {
        previous.end = end;
        previous.text = text.slice(previous.start, end);
      }
      continue;
    }
    const hint: Hint = { category: rule.category, rule: rule.id, start, end, text: text.slice(start, end), message: rule.message };
    if (rule.suggestion) hint.suggestion = rule.suggestion;
    hints.push(hint);
    lastOfCategory.set(rule.category, hint);
  }
  return hints;
}

function isBenign(text: string, tokens: readonly Token[], first: number, last: number, rule: PhraseRule): boolean {
  const before = benignBefore.get(rule);
  if (before) {
    let clause = true; // no comma yet between this word and the phrase
    for (let i = first - 1; i >= 0; i--) {
      if (tokens[i + 1]?.breakBefore) break;
      const word = tokens[i]?.norm ?? '';
      if (CLAUSE_OPENERS.has(word)) break;
      if (CONDITIONS.has(word) && notConditioning.some(({ condition, rest }) => condition === word && followsWith(tokens, i + 1, rest))) continue;
      if (commaBefore(text, tokens, i + 1)) clause = false;
      // Past the window only a condition counts, whatever clause it is in, unless the rule names words that keep
      // its match past a condition in an earlier clause (`certainPastACondition`) and the match holds one.
      if (i < first - BENIGN_WINDOW && !CONDITIONS.has(word)) continue;
      if (!clause && CONDITIONS.has(word) && holdsOneOf(tokens, first, last, certainPastACondition.get(rule))) continue;
      // A negation governs its own clause only: "if you'd rather not get them, simply untick…".
      if (!clause && negations.has(word)) continue;
      if (before.has(word) && !notNegating.has(`${word} ${tokens[i + 1]?.norm ?? ''}`)) return true;
    }
  }
  const rightBefore = benignRightBefore.get(rule);
  if (rightBefore && first > 0 && !tokens[first]?.breakBefore && rightBefore.has(tokens[first - 1]?.norm ?? '')) return true;
  const after = benignAfter.get(rule);
  if (after?.some((words) => followsWith(tokens, last + 1, words))) return true;
  if (rule.closingAside && isClosingAside(text, tokens, first, last, rule.closingAside === 'only') === (rule.closingAside === 'benign')) return true;
  const needed = onlyWithLater.get(rule);
  if (needed && !comesLater(tokens, last, needed, false)) return true;
  const later = benignLater.get(rule);
  return later !== undefined && comesLater(tokens, last, later, rule.benignLaterInNextSentence === true);
}

/** Whether one of `phrases` starts within LATER_WINDOW words after `last`, in its sentence (or the next one too). */
function comesLater(tokens: readonly Token[], last: number, phrases: readonly string[][], nextSentenceToo: boolean): boolean {
  let breaks = 0;
  for (let at = last + 1; at <= last + LATER_WINDOW && at < tokens.length; at++) {
    if (tokens[at]?.breakBefore && (++breaks > 1 || !nextSentenceToo)) break;
    if (phrases.some((words) => followsWith(tokens, at, words, true))) return true;
  }
  return false;
}

/** Whether a token of the match from `first` to `last` is one of `words` (none when there are none). */
function holdsOneOf(tokens: readonly Token[], first: number, last: number, words: ReadonlySet<string> | undefined): boolean {
  if (!words) return false;
  for (let i = first; i <= last; i++) if (words.has(tokens[i]?.norm ?? '')) return true;
  return false;
}

/**
 * Where the hint starts: the match itself, or for a rule read only after certain words, the nearest
 * of those before it in the same sentence (-1 when there is none).
 */
function anchorOf(tokens: readonly Token[], first: number, rule: PhraseRule): number {
  const read = onlyAfter.get(rule);
  if (!read) return first;
  const { openers, longest } = read;
  if (tokens[first]?.breakBefore) return -1;
  for (let at = first - 1; at >= 0 && first - at <= ONLY_AFTER_GAP + longest; at--) {
    if (openers.some((words) => at + words.length <= first && first - (at + words.length) <= ONLY_AFTER_GAP && followsWith(tokens, at, words, true))) return at;
    if (tokens[at]?.breakBefore) return -1;
  }
  return -1;
}

/**
 * Words after a comma that end their sentence ("…at no charge, obviously."), or with `orClause` end their clause at a
 * second comma ("…by the 1st of next month, guaranteed, so you can give your insurer that date").
 */
function isClosingAside(text: string, tokens: readonly Token[], first: number, last: number, orClause: boolean): boolean {
  const next = tokens[last + 1];
  const closes = next === undefined || next.breakBefore || (orClause && commaBefore(text, tokens, last + 1));
  return first > 0 && !tokens[first]?.breakBefore && commaBefore(text, tokens, first) && closes;
}

/** Whether the tokens from `at` on read `words`, within one sentence (with `mayOpen`, one that may begin at `at`). */
export function followsWith(tokens: readonly Token[], at: number, words: readonly string[], mayOpen = false): boolean {
  return words.every((word, k) => {
    const token = tokens[at + k];
    return token !== undefined && ((mayOpen && k === 0) || !token.breakBefore) && token.norm === word;
  });
}
