/**
 * Every literal the engine looks for, built once, on first use: the phrase rules and signals
 * (their choices stay unspelled, see phrase-matcher.ts), term groups and jargon in one phrase
 * index, so a reply is read in one pass. Team words get a small index of their own, cached per
 * settings object.
 */
import { inflect, type InflectAs } from './inflections';
import { JARGON_TERMS } from './jargon-terms';
import { addPhrase, addSpelling, createPhraseIndex, matchPhrases, type PhraseIndex } from './phrase-matcher';
import { PHRASE_RULES, type PhraseRule } from './phrase-rules';
import { ASK_LEADS } from './rechecks';
import { SIGNAL_PHRASES, type PhraseSignal } from './signal-phrases';
import { TERM_GROUPS, type TermGroup } from './term-groups';
import { phraseWords, type Token } from './tokens';
import type { ListeningSettings } from './types';

export interface TermGroupEntry {
  /** Display name of each member: its first spelling. */
  names: readonly string[];
  team: boolean;
  /** By member: neighbouring words that make it another word (see TermGroup). */
  benignBefore: readonly (readonly string[] | undefined)[];
  benignAfter: readonly (readonly string[] | undefined)[];
}
export interface JargonEntry {
  term: string;
  plain?: string;
  team: boolean;
}

export type LexiconEntry =
  | { kind: 'rule'; rule: PhraseRule }
  | { kind: 'signal'; signal: PhraseSignal }
  | { kind: 'term'; group: TermGroupEntry; member: number; caps?: readonly boolean[] }
  | { kind: 'jargon'; jargon: JargonEntry; caps?: readonly boolean[] }
  | { kind: 'lead' };

export interface Found<E> {
  first: number;
  last: number;
  entry: E;
}
type EntryOf<K extends LexiconEntry['kind']> = Extract<LexiconEntry, { kind: K }>;
export interface LexiconMatches {
  rules: Found<EntryOf<'rule'>>[];
  signals: Found<EntryOf<'signal'>>[];
  terms: Found<EntryOf<'term'>>[];
  jargon: Found<EntryOf<'jargon'>>[];
  /** Where a request opens ("please", "could you", see ASK_LEADS), for asking again (rechecks.ts). */
  leads: Found<EntryOf<'lead'>>[];
}

// Built on first use, not at module load: the background worker starts for draft messages too,
// and a stopped worker that starts for a hint should not wait on it twice (see prepareLexicon).
let staticLexicon: PhraseIndex<LexiconEntry> | null = null;
const teamLexicons = new WeakMap<ListeningSettings, PhraseIndex<LexiconEntry> | null>();

function buildStaticLexicon(): PhraseIndex<LexiconEntry> {
  const phrases = createPhraseIndex<LexiconEntry>();
  for (const rule of PHRASE_RULES) {
    for (const phrase of rule.phrases) addPhrase(phrases, phrase, { kind: 'rule', rule });
  }
  for (const [signal, list] of Object.entries(SIGNAL_PHRASES) as [PhraseSignal, readonly string[]][]) {
    for (const phrase of list) addPhrase(phrases, phrase, { kind: 'signal', signal });
  }
  // Terms and jargon in the same index, so a reply is read once: each kind's matches still come in
  // the order of the text, then of insertion, as from the trie they had before.
  for (const group of TERM_GROUPS) addTermGroup(phrases, group.members, group.inflectAs, false, group);
  for (const [term, plain] of JARGON_TERMS) addJargon(phrases, term, { term: firstSpelling(term), plain, team: false });
  for (const lead of ASK_LEADS) addSpelling(phrases, lead, { kind: 'lead' });
  return phrases;
}

/** Builds the shared lexicon now if it is not built yet, so the next reading does not wait on it. */
export function prepareLexicon(): PhraseIndex<LexiconEntry> {
  staticLexicon ??= buildStaticLexicon();
  return staticLexicon;
}

/** The team's term pairs and jargon as a phrase index, or null when the team added none. */
function teamLexicon(settings: ListeningSettings | undefined): PhraseIndex<LexiconEntry> | null {
  if (!settings) return null;
  const cached = teamLexicons.get(settings);
  if (cached !== undefined) return cached;
  let index: PhraseIndex<LexiconEntry> | null = null;
  for (const pair of settings.termPairs ?? []) {
    if (typeof pair?.customer !== 'string' || typeof pair.ours !== 'string') continue;
    index ??= createPhraseIndex();
    addTermGroup(index, [pair.customer, pair.ours], 'noun', true);
  }
  for (const term of settings.jargon ?? []) {
    if (typeof term !== 'string' || term.trim() === '') continue;
    index ??= createPhraseIndex();
    addJargon(index, term, { term: term.trim(), team: true }, false);
  }
  teamLexicons.set(settings, index);
  return index;
}

/** Team pairs are literal: the `|` of the curated data's syntax means nothing in them. */
function addTermGroup(
  index: PhraseIndex<LexiconEntry>,
  members: readonly string[],
  inflectAs: InflectAs,
  team: boolean,
  curated?: TermGroup,
): void {
  const names = members.map((m) => (team ? m.trim() : firstSpelling(m)));
  const group: TermGroupEntry = {
    names,
    team,
    benignBefore: names.map((name) => curated?.benignBefore?.[name]),
    benignAfter: names.map((name) => curated?.benignAfter?.[name]),
  };
  members.forEach((spellings, member) => {
    for (const spelling of team ? [spellings] : spellings.split('|')) {
      const caps = capsWords(spelling);
      for (const words of inflect(phraseWords(spelling), inflectAs)) {
        addSpelling(index, words, { kind: 'term', group, member, caps });
      }
    }
  });
}

function addJargon(index: PhraseIndex<LexiconEntry>, term: string, jargon: JargonEntry, withSpellings = true): void {
  for (const spelling of withSpellings ? term.split('|') : [term]) {
    const caps = capsWords(spelling);
    for (const words of inflect(phraseWords(spelling), 'noun')) addSpelling(index, words, { kind: 'jargon', jargon, caps });
  }
}

function firstSpelling(member: string): string {
  return (member.split('|')[0] ?? member).trim();
}

/** Which words of a spelling are acronyms (two or more capitals, no small letters). */
function capsWords(spelling: string): readonly boolean[] | undefined {
  const words = spelling.match(/[\p{L}\p{M}\p{N}]+(?:['’][\p{L}\p{M}\p{N}]+)*/gu) ?? [];
  const caps = words.map(isAcronym);
  return caps.some(Boolean) ? caps : undefined;
}

/** "PIN", "PINs", "2FA": at least two capitals and no small letter but a plural s. */
export function isAcronym(word: string): boolean {
  const body = word.length > 2 && word.endsWith('s') ? word.slice(0, -1) : word;
  // ASCII words by code: V8 may drop a regular expression's compiled code in a full garbage
  // collection, and compiling these Unicode classes again cost the next reading about 0.2 ms
  // (measured after collections caused by other code in the same process).
  let capitals = 0;
  for (let i = 0; i < body.length; i++) {
    const code = body.charCodeAt(i);
    if (code >= 0x80) return /^[\p{Lu}\p{N}]+$/u.test(body) && (body.match(/\p{Lu}/gu)?.length ?? 0) >= 2;
    if (code >= 0x41 && code <= 0x5a) capitals++;
    else if (code < 0x30 || code > 0x39) return false;
  }
  return capitals >= 2;
}

/**
 * All lexicon matches in `tokens`. With `exactCaps`, acronyms match only in capitals (the agent's
 * reply); without, in any case (a customer typing "pin" still means PIN).
 */
export function scanLexicon(
  text: string,
  tokens: readonly Token[],
  settings: ListeningSettings | undefined,
  exactCaps: boolean,
): LexiconMatches {
  const found: LexiconMatches = { rules: [], signals: [], terms: [], jargon: [], leads: [] };
  const collect = (first: number, last: number, entry: LexiconEntry): void => {
    if ((entry.kind === 'term' || entry.kind === 'jargon') && exactCaps && entry.caps) {
      for (let i = first; i <= last; i++) {
        const token = tokens[i];
        if (entry.caps[i - first] && token && !isAcronym(text.slice(token.start, token.end))) return;
      }
    }
    if (entry.kind === 'rule') found.rules.push({ first, last, entry });
    else if (entry.kind === 'signal') found.signals.push({ first, last, entry });
    else if (entry.kind === 'term') found.terms.push({ first, last, entry });
    else if (entry.kind === 'jargon') found.jargon.push({ first, last, entry });
    else found.leads.push({ first, last, entry });
  };
  matchPhrases(tokens, prepareLexicon(), collect);
  const team = teamLexicon(settings);
  if (team) matchPhrases(tokens, team, collect);
  return found;
}
