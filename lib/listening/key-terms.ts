/**
 * The customer's key terms: what a restatement of their problem has to mention. In order of
 * weight: quoted strings and error messages, codes and numbers, versions, product and feature
 * names, the support vocabulary they used ("license key", "crashes"), distinctive noun phrases,
 * then distinctive words. Greetings, sign-offs, stop words and filler are left out.
 */
import { isCommonWord, SUPPORT_NOUNS } from './common-words';
import { capText } from './input-cap';
import { isAcronym, scanLexicon } from './lexicon';
import { prepareForeignText, type PreparedText } from './prepared-text';
import { stem } from './stem';
import { classifyCompound, COMPOUND, groupedNumbers, normalizeCode, numberedPlaces, streetAddresses } from './codes-and-versions';
import { termUses, type TermUse } from './term-mismatch';
import { amountsAndTimes, countedThings, doneAgain, repeatCounts, TIME_PLACERS } from './amounts-and-times';
import { askedQuestions } from './asked-questions';
import { comingPhrases, requestPhrases, symptomPhrases, symptomWords } from './symptom-phrases';
import { recentReadings } from './recent-readings';
import { SWEARING } from './signal-phrases';
import { addresseeAtStart, courtesySpans, followsGreeting, introducesSelf, nameAboveSignatureLines, ownEnglishSentences, signOffStart, startsPredicate } from './greetings-and-sign-offs';
import { termContext, termFeatures, termProbability, termStems, type KeyTermModel, type TermCandidate, type TermContext } from './key-term-model';
import { KEY_TERM_MODEL } from './key-term-weights';
import type { TermTagger } from './term-tagger';
import { tokenAt, wholeHyphenated } from './tokens';
import type { KeyTerm, ListeningSettings } from './types';

/**
 * At most this many key terms: a restatement is one or two sentences, not a transcript. The learned
 * model's threshold does most of the cutting (about 14 a message in the writer folds); the cap only
 * stops a long message from filling the panel. Measured in five folds of writers' sets on 3,296 tuned
 * messages, precision / must-term recall: a cap of 12, 0.893 / 0.678 (11.7 a message at every threshold
 * up to 0.3: the cap bound first); 14, 0.876 / 0.720; 16, 0.859 / 0.748 at the best balance. Refitted on
 * 3,696 messages with the precision floor of key-term-training.ts, 16 reads 0.871 / 0.732 at 0.45.
 */
export const MAX_KEY_TERMS = 16;

export interface KeyTermDetail extends KeyTerm {
  start: number;
  end: number;
  /** Stems of the words that carry the meaning. */
  stems: string[];
  /** Codes and numbers inside the term, normalised (see normalizeCode). */
  codes: string[];
}

export interface CustomerReading {
  doc: PreparedText;
  uses: TermUse[];
  terms: KeyTermDetail[];
}

type Kind = KeyTerm['kind'];
interface Candidate {
  kind: Kind;
  rank: number;
  start: number;
  end: number;
  count: number;
}

const RANK: Readonly<Record<Kind, number>> = { quoted: 0, code: 1, amount: 1, version: 2, symptom: 2, request: 2, time: 3, product: 3, phrase: 5, word: 6 };
/** The share of the message that leads: a symptom told there is the problem; one told later ranks just below a phrase. */
const SYMPTOM_LEAD_SHARE = 0.4;
/** The story around the problem (a symptom told late, how long ago): just below a phrase. */
const STORY_RANK = RANK.phrase + 0.5;
/** Single words fill what is left, and no more than this many: a word alone rarely carries the problem. */
const MAX_SINGLE_WORDS = 4;
const VOCABULARY_RANK = 4;
// Single quotes only as a pair around words, never an apostrophe ("can't … it's"): the opening
// one not after a letter or digit, the closing one not before one.
const QUOTED = /“([^”\n]{2,120})”|"([^"\n]{2,120})"|`([^`\n]{1,120})`|‘([^’\n]{2,120})’|(?<![\p{L}\p{N}])'(?=\S)([^'\n]{2,120})'(?![\p{L}\p{N}])/gu;

export function extractKeyTerms(customerText: string): KeyTerm[] {
  return readCustomer(customerText).terms.map(({ term, kind }) => ({ term, kind }));
}

export const readCustomer = recentReadings((customerText: string, settings?: ListeningSettings): CustomerReading => {
  const { doc, uses } = readText(customerText, settings);
  return { doc, uses, terms: keyTermsOf(doc, uses) };
});

function keyTermsOf(doc: PreparedText, uses: readonly TermUse[], model: KeyTermModel = KEY_TERM_MODEL): KeyTermDetail[] {
  const { context, candidates } = candidatesOf(doc, uses, model.tagger);
  return select(context, candidates, model);
}

/**
 * A customer message's candidate key terms, none inside another, before any is chosen: what the
 * key-term model is trained on (tests/eval/train-key-terms.ts) and reads, with the words read by
 * `tagger` (the shipped model's, or in training one that never saw this message).
 */
export function keyTermCandidates(customerText: string, tagger: TermTagger = KEY_TERM_MODEL.tagger): { context: TermContext; candidates: TermCandidate[] } {
  const { doc, uses } = readText(customerText);
  const { context, candidates } = candidatesOf(doc, uses, tagger);
  return { context, candidates: candidates.map(asTermCandidate) };
}

/** extractKeyTerms with another model (the eval's cross-validation fits one per fold); not cached. */
export function extractKeyTermsWith(customerText: string, model: KeyTermModel): KeyTerm[] {
  const { doc, uses } = readText(customerText);
  return keyTermsOf(doc, uses, model).map(({ term, kind }) => ({ term, kind }));
}

/** A customer's text read into words as the key-term reader reads it (the term tagger learns from the same words). */
export function keyTermWords(customerText: string): PreparedText {
  return prepareForeignText(capText(customerText).text);
}

/** A customer's text read for its words and the support vocabulary it uses. */
function readText(customerText: string, settings?: ListeningSettings): { doc: PreparedText; uses: TermUse[] } {
  const doc = keyTermWords(customerText);
  return { doc, uses: termUses(doc, scanLexicon(doc.text, doc.tokens, settings, false).terms) };
}

function asTermCandidate(c: Candidate): TermCandidate {
  return { kind: c.kind, start: c.start, end: c.end, count: c.count, story: c.rank === STORY_RANK };
}

function candidatesOf(doc: PreparedText, uses: readonly TermUse[], tagger: TermTagger): { context: TermContext; candidates: Candidate[] } {
  const { text, tokens } = doc;
  const bodyEnd = signOffStart(text);
  const taken = new Uint8Array(tokens.length);
  const candidates: Candidate[] = [];
  const take = (start: number, end: number): void => {
    for (let i = tokenAt(tokens, start); i < tokens.length && (tokens[i]?.end ?? 0) <= end; i++) taken[i] = 1;
  };
  /** `signed`: a labelled reference under the sign-off, still theirs ("Thanks, Tom / Customer no. OLO-55120"). */
  const add = (kind: Kind, start: number, end: number, rank = RANK[kind], count = 1, signed = false): void => {
    if ((start >= bodyEnd && !signed) || end <= start) return;
    // A term ends where its words do, never inside one joined by hyphens: "four-piece band", not
    // "piece band"; "father-in-law", not "father-in"; "e-bike", not "bike".
    [start, end] = wholeHyphenated(text, start, end);
    candidates.push({ kind, rank, start, end, count });
  };
  const addUntaken = (kind: Kind, start: number, end: number, rank = RANK[kind]): void => {
    const first = tokenAt(tokens, start);
    for (let i = first; i < tokens.length && (tokens[i]?.start ?? end) < end; i++) if (taken[i]) return;
    add(kind, start, end, rank);
    take(start, end);
  };

  // Handles, hashtags and links are addresses, not what the customer is talking about; a handle
  // inside a sentence names the product ("@dropbox's desktop client").
  const { addresses, names } = addressSpans(text);
  for (const [start, end] of addresses) take(start, end);
  // "payments &amp; cards": text copied from a page or a tweet's API keeps its HTML entities, markup not words.
  for (const m of text.matchAll(HTML_ENTITY)) take(m.index, m.index + m[0].length);
  for (const [start, end] of names) {
    add('product', start, end);
    take(start, end);
  }
  const addressee = addresseeAtStart(text, tokens);
  if (addressee) take(addressee[0], addressee[1]);
  for (const [start, end] of [...ownEnglishSentences(text, tokens), ...courtesySpans(tokens)]) take(start, end);
  const signed = nameAboveSignatureLines(text);
  if (signed) take(signed[0], signed[1]);
  for (const m of text.matchAll(QUOTED)) {
    const inner = m[1] ?? m[2] ?? m[3] ?? m[4] ?? m[5] ?? '';
    const [start, end] = trimSpan(text, m.index + 1, m.index + 1 + inner.length);
    add(m[3] === undefined ? 'quoted' : 'code', start, end);
    take(start, end);
  }
  for (const [start, end] of emailAddresses(text)) {
    if (taken[tokenAt(tokens, start)]) continue;
    add('code', start, end);
    take(start, end);
  }
  for (const [start, end] of numberedPlaces(text, tokens)) addUntaken('code', start, end);
  for (const [start, end] of groupedNumbers(text)) addUntaken('code', start, end);
  for (const [start, end] of streetAddresses(text, tokens)) addUntaken('code', start, end);
  const { amounts, times } = amountsAndTimes(text, tokens);
  for (const [start, end] of amounts) addUntaken('amount', start, end);
  // How long ago, or for how many years, is more often the story around the problem ("a customer for
  // six years", "three weeks ago") than the problem: weighed like a phrase.
  for (const [start, end] of times) addUntaken('time', start, end, /\b(?:years?|ago)\b/i.test(text.slice(start, end)) ? STORY_RANK : RANK.time);
  // Codes and versions before the phrases, which end where a hyphen splits a word: "complain about
  // order DAH" took "DAH-60344" (writer folds 0.872 / 0.685 before, 0.872 / 0.689 after).
  for (const m of text.matchAll(COMPOUND)) {
    const kind = classifyCompound(m[0], text, m.index);
    if (kind && !taken[tokenAt(tokens, m.index)]) {
      // "job ref FP-3390", "order number ST-5527": the label goes with its code, never alone.
      const label = kind === 'code' ? labelBefore(text, m.index) : m.index;
      add(kind, label, m.index + m[0].length, RANK[kind], 1, label < m.index);
      take(label, m.index + m[0].length);
    }
  }
  for (const [start, end] of requestPhrases(tokens, text)) addUntaken('request', start, end);
  // What they ask to be told is asked for as much as what they ask to be done.
  for (const [start, end] of askedQuestions(tokens, text)) addUntaken('request', start, end);
  for (const [start, end] of repeatCounts(text, tokens)) addUntaken('amount', start, end);
  for (const [start, end] of doneAgain(text, tokens)) addUntaken('symptom', start, end);
  for (const [start, end] of comingPhrases(tokens, text)) addUntaken('request', start, end);
  // Customers say what is wrong first; a symptom told later is more often the story around it
  // ("nobody called back", "can't take time off"), weighed like a phrase.
  for (const [start, end] of symptomPhrases(tokens, text)) addUntaken('symptom', start, end, start < bodyEnd * SYMPTOM_LEAD_SHARE ? RANK.symptom : STORY_RANK);
  for (const [start, end] of countedThings(text, tokens)) addUntaken('amount', start, end);
  for (const use of uses) {
    // "order number KC-10562", "booking reference HL-7731": the code is the term, not its label.
    const after = tokenAt(tokens, use.end);
    if (taken[after] && !tokens[after]?.breakBefore && /^[ #:]*[\p{L}\p{N}_-]*\d/u.test(text.slice(use.end, use.end + 24))) continue;
    const multiword = /\s/.test(use.surface);
    // Support vocabulary is kept so a rename can be seen, but "account" or "bill" alone names
    // nothing of this customer's, like any generic noun (a rename is still read from `uses`).
    if (!multiword && GENERIC_NOUNS.has(use.surface.toLowerCase())) continue;
    add(multiword ? 'phrase' : 'word', use.start, use.end, VOCABULARY_RANK);
  }
  addProducts(doc, taken, add);
  addPhrasesAndWords(doc, taken, add);
  const context = termContext(doc, bodyEnd, tagger);
  addTaggedRuns(doc, context.inside, taken, add);
  return { context, candidates: outermost(candidates) };
}

type Add = (kind: Kind, start: number, end: number, rank?: number, count?: number) => void;

/** A code's label, right before it, in lower case: "job ref", "order number", "your reference" (the code's start if none). */
const CODE_LABEL = /(?:^|[^\p{L}\p{N}])((?:\p{Ll}+ )?(?:ref|reference|number|no\.?|code|id)(?: is| was)?)[ :#]*$/u;
function labelBefore(text: string, start: number): number {
  const from = Math.max(0, start - 40);
  const m = CODE_LABEL.exec(text.slice(from, start));
  return m?.[1] === undefined ? start : from + m.index + m[0].indexOf(m[1]);
}

/** Capitalised names ("Google Sheets", "Windows 11"), CamelCase ("iPhone") and acronyms ("CSV"). */
/** The tagger's reading above which a word may open or continue a run (addTaggedRuns). */
const TAGGED_OVER = 0.5;
/** A run of at most this many words: a clause's worth, not a sentence. */
const TAGGED_MAX_WORDS = 6;

/** Words a run does not end on: a pronoun, an auxiliary or light verb, a joining word ("Refunds take", "refund me", "stain has"). */
const RUN_ENDS_NOT = new Set([
  'me', 'you', 'it', 'us', 'them', 'him', 'her', 'my', 'your', 'our', 'their', 'its', 'is', 'are', 'was', 'were', 'be', 'been', 'being', 'am',
  'has', 'have', 'had', 'do', 'does', 'did', 'will', 'would', 'can', 'could', 'should', 'take', 'takes', 'took', 'get', 'gets', 'got', 'make',
  'makes', 'made', 'go', 'goes', 'went', 'a', 'an', 'the', 'to', 'of', 'for', 'in', 'on', 'at', 'by', 'with', 'from', 'and', 'or', 'but', 'so',
  'as', 'that', 'this',
]);

/**
 * Runs of two to TAGGED_MAX_WORDS words in one clause that no reading above took and that the
 * tagger (term-tagger.ts) reads as inside a must term: the problem in the customer's own words that
 * no list names ("leak is still there", "TPMS warning on dash"). A run holds no number (the amount,
 * time and code readings decide those), no swearing, opens on no everyday word ("still under
 * warranty" is no fault) and ends on none of RUN_ENDS_NOT. A candidate like any other, ordered by
 * the model; a run that holds a shorter candidate replaces it (outermost). In writer folds 0.885 /
 * 0.699 without them, 0.886 / 0.713 with them (tests/eval/README.md, seventeenth pass).
 */
function addTaggedRuns(doc: PreparedText, inside: readonly number[], taken: Uint8Array, add: Add): void {
  const { tokens, text } = doc;
  const runs = (i: number): boolean => {
    const norm = tokens[i]?.norm ?? '';
    return !taken[i] && (inside[i] ?? 0) > TAGGED_OVER && !/\d/.test(norm) && !SWORN.has(norm);
  };
  for (let from = 0; from < tokens.length; from++) {
    if (!runs(from)) continue;
    let to = from;
    while (to + 1 - from < TAGGED_MAX_WORDS && runs(to + 1) && sameClause(text, tokens[to], tokens[to + 1])) to++;
    let first = from;
    let last = to;
    while (first <= last && isCommonWord(tokens[first]?.norm ?? '')) first++;
    while (last >= first && RUN_ENDS_NOT.has(tokens[last]?.norm ?? '')) last--;
    if (last > first) add('phrase', tokens[first]?.start ?? 0, tokens[last]?.end ?? 0);
    from = to;
  }
}

/** Two words in a row with no sentence or clause break between them (no line break, ". ! ?", ", ; :"). */
function sameClause(text: string, a: PreparedText['tokens'][number] | undefined, b: PreparedText['tokens'][number] | undefined): boolean {
  return a !== undefined && b !== undefined && b.breakBefore !== true && !/[,;:]/.test(text.slice(a.end, b.start));
}

function addProducts(doc: PreparedText, taken: Uint8Array, add: Add): void {
  const { text, tokens } = doc;
  for (let i = 0; i < tokens.length; i++) {
    const token = tokens[i];
    if (!token || taken[i] || !isNameLike(text, i, tokens)) continue;
    if (introducesSelf(tokens, i)) {
      // "My name is Thanh Nguyen, student number …": who writes, like a sign-off's name.
      while (i + 1 < tokens.length && !tokens[i + 1]?.breakBefore && isCapitalised(text, tokens[i + 1])) taken[i++] = 1;
      taken[i] = 1;
      continue;
    }
    if (followsGreeting(text, tokens, i)) {
      // "Hi Anna", "Dear Support Team", "Thx Sahil!": a name, not a product, nor a key word; but
      // "hi Microsoft 10 won't let me …" goes on into the sentence: the name is its subject.
      let last = i;
      while (last + 1 < tokens.length && !tokens[last + 1]?.breakBefore && isCapitalised(text, tokens[last + 1])) last++;
      if (!startsPredicate(tokens[last + 1])) {
        for (; i <= last; i++) taken[i] = 1;
        i = last;
        continue;
      }
    }
    let j = i;
    while (j + 1 < tokens.length && joinsName(text, tokens, j + 1) && (!taken[j + 1] || /^\d+$/.test(tokens[j + 1]?.norm ?? ''))) j++;
    const surface = text.slice(token.start, token.end);
    if (j === i && GENERIC_NAMES.has(token.norm)) continue;
    // "Export button", "Reports page": a name and the feature noun after it are one term.
    const noun = tokens[j + 1];
    const withNoun = noun !== undefined && !taken[j + 1] && !noun.breakBefore && SUPPORT_NOUNS.has(noun.norm) && onlySpaceBetween(text, tokens[j]?.end ?? 0, noun.start);
    // A lone capitalised first word of a sentence is an ordinary word ("Attachments are missing"),
    // unless a feature noun follows it ("Outlook calendar stopped syncing").
    if (j === i && !withNoun && token.breakBefore && !isAcronym(surface) && !/^\p{Ll}+\p{Lu}/u.test(surface)) continue;
    if (withNoun) j++;
    // "X-Harbor-Signature": a one-letter prefix joined by a hyphen is part of the name.
    const prefix = tokens[i - 1];
    const start = prefix && !taken[i - 1] && /^\p{Lu}$/u.test(text.slice(prefix.start, prefix.end)) && text.slice(prefix.end, token.start) === '-' ? prefix.start : token.start;
    add('product', start, tokens[j]?.end ?? token.end);
    for (let k = i; k <= j; k++) taken[k] = 1;
    i = j;
  }
}

function addPhrasesAndWords(doc: PreparedText, taken: Uint8Array, add: Add): void {
  const { text, tokens } = doc;
  const words = new Map<string, { start: number; end: number; count: number }>();
  for (let i = 0; i < tokens.length; i++) {
    const token = tokens[i];
    const next = tokens[i + 1];
    if (token && next && !taken[i] && !taken[i + 1] && MODIFIERS.has(token.norm) && isModifiedNoun(text, token, next)) {
      // "new number", "old account", "final essay": which of their things, by an everyday adjective.
      add('phrase', token.start, next.end);
      taken[i] = taken[i + 1] = 1;
      i++;
      continue;
    }
    if (!token || taken[i] || !isContentWord(text, token.norm, token.start, token.end)) continue;
    if (next && !taken[i + 1] && !next.breakBefore && SUPPORT_NOUNS.has(next.norm) && onlySpaceBetween(text, token.end, next.start)) {
      // "order number KC-10562": the code is the term; the words naming it add nothing.
      if (!taken[i + 2] || tokens[i + 2]?.breakBefore) add('phrase', token.start, next.end);
      taken[i] = taken[i + 1] = 1;
      i++;
      continue;
    }
    // "multi-select", "pre-order": a word joined by a hyphen is one word with the next.
    if (next && !taken[i + 1] && text.slice(token.end, next.start) === '-' && /^\p{L}{2,}$/u.test(next.norm) && /^\p{Ll}/u.test(text.slice(next.start, next.end))) {
      add('phrase', token.start, next.end);
      taken[i] = taken[i + 1] = 1;
      i++;
      continue;
    }
    // A part-of-speech tagger (compromise) found these as well as this rule does, at 300 KB and
    // ~20 ms per 1,000 characters: see tests/eval/README.md.
    if (next && !taken[i + 1] && isCompoundPair(text, token, next)) {
      add('phrase', token.start, next.end);
      taken[i] = taken[i + 1] = 1;
      i++;
      continue;
    }
    // Adverbs and verb forms say how, not what: "suddenly", "deleted", "trying".
    if (!/^\p{L}{4,}$/u.test(token.norm) || /(?:ly|ed|ing)$/.test(token.norm)) continue;
    if (isCommonWord(token.norm) || GENERIC_NOUNS.has(token.norm)) continue;
    const key = stem(token.norm);
    const seen = words.get(key);
    if (seen) seen.count++;
    else words.set(key, { start: token.start, end: token.end, count: 1 });
  }
  for (const { start, end, count } of words.values()) add('word', start, end, RANK.word, count);
}

/**
 * The likeliest first, by the key-term model, none under its threshold (then by kind and place);
 * one of each; at most MAX_KEY_TERMS; then in the customer's order.
 */
function select(context: TermContext, candidates: readonly Candidate[], model: KeyTermModel): KeyTermDetail[] {
  const { doc } = context;
  const ordered = candidates
    .map((c) => {
      const candidate = asTermCandidate(c);
      return { c, p: termProbability(model, termFeatures(context, candidate), termStems(context, candidate)) };
    })
    .filter(({ p }) => p >= model.threshold)
    .sort((a, b) => b.p - a.p || a.c.rank - b.c.rank || a.c.start - b.c.start)
    .map(({ c }) => c);
  const keys = new Set<string>();
  const chosenStems = new Set<string>();
  const chosen: KeyTermDetail[] = [];
  let singleWords = 0;
  for (const c of ordered) {
    if (chosen.length >= MAX_KEY_TERMS) break;
    if (c.kind === 'word' && singleWords >= MAX_SINGLE_WORDS) continue;
    const detail = detailOf(doc.text, c);
    const key = prepareForeignText(detail.term).tokens.map((t) => stem(t.norm)).join(' ');
    // A lone word already part of a chosen term ("export" after "CSV export", "Outlook" after
    // "Outlook calendar") adds nothing.
    if (keys.has(key) || ((c.kind === 'word' || c.kind === 'product') && !key.includes(' ') && chosenStems.has(key))) continue;
    keys.add(key);
    for (const s of detail.stems) chosenStems.add(s);
    if (c.kind === 'word') singleWords++;
    chosen.push(detail);
  }
  return chosen.sort((a, b) => a.start - b.start);
}

/** Candidates not inside a longer one ("Sheets" inside "Google Sheets"), in one sorted pass. */
function outermost(candidates: Candidate[]): Candidate[] {
  const sorted = [...candidates].sort((a, b) => a.start - b.start || b.end - a.end);
  const kept: Candidate[] = [];
  let endBefore = -1; // furthest end among candidates starting earlier
  let start = -1;
  let endHere = -1; // furthest end among candidates starting here
  for (const c of sorted) {
    if (c.start !== start) {
      endBefore = Math.max(endBefore, endHere);
      start = c.start;
      endHere = -1;
    }
    if (endBefore < c.end && endHere <= c.end) kept.push(c);
    endHere = Math.max(endHere, c.end);
  }
  return kept;
}

function detailOf(text: string, c: Candidate): KeyTermDetail {
  const term = text.slice(c.start, c.end);
  const words = prepareForeignText(term).tokens.map((t) => t.norm);
  // A name is all of its words ("Export button"); elsewhere only the words that carry meaning.
  // A symptom is its verb and its negation ("won't let me log in" → not, let, log, in).
  // A time is its day, date or length, not the word placing it: "on Friday" is covered by "Friday".
  const content =
    c.kind === 'product' ? words : c.kind === 'symptom' || c.kind === 'request' ? symptomWords(words) : c.kind === 'time' ? words.filter((w) => !TIME_PLACERS.has(w)) : words.filter((w) => !isCommonWord(w));
  const codes = Array.from(term.matchAll(COMPOUND), (m) => m[0])
    .filter((w) => c.kind === 'code' || c.kind === 'version' || /\d/.test(w))
    .map(normalizeCode);
  return { term, kind: c.kind, start: c.start, end: c.end, stems: (content.length > 0 ? content : words).map(stem), codes };
}

/** Two lower-case nouns in a row, the first distinctive: "password change", "game time", "cpu usage". */
function isCompoundPair(text: string, first: PreparedText['tokens'][number], second: PreparedText['tokens'][number]): boolean {
  if (second.breakBefore || !onlySpaceBetween(text, first.end, second.start)) return false;
  const a = first.norm;
  const b = second.norm;
  if (!/^\p{Ll}{3,}$/u.test(text.slice(first.start, first.end)) || !/^\p{Ll}{3,}$/u.test(text.slice(second.start, second.end))) return false;
  if (/(?:ly|ed|ing)$/.test(a) || /(?:ly|ed)$/.test(b) || isCommonWord(a) || GENERIC_NOUNS.has(a)) return false;
  if (SWORN.has(a) || SWORN.has(b)) return false;
  return !isCommonWord(b) || PAIR_NOUNS.has(b);
}
/** Everyday adjectives that say which of the customer's things: "my new number", "the old email". */
const MODIFIERS = new Set(['new', 'old', 'final', 'first', 'previous', 'wrong', 'original', 'spare', 'second']);

function isModifiedNoun(text: string, modifier: PreparedText['tokens'][number], noun: PreparedText['tokens'][number]): boolean {
  if (noun.breakBefore || !onlySpaceBetween(text, modifier.end, noun.start)) return false;
  if (!/^\p{Ll}{3,}$/u.test(text.slice(noun.start, noun.end)) || /(?:ly|ed|ing)$/.test(noun.norm) || SWORN.has(noun.norm)) return false;
  return (!isCommonWord(noun.norm) || PAIR_NOUNS.has(noun.norm) || GENERIC_NOUNS.has(noun.norm)) && noun.norm !== 'time';
}
const PAIR_NOUNS = new Set(['change', 'time', 'number', 'name', 'page', 'code', 'list', 'bin', 'card', 'data', 'file', 'button']);

function isNameLike(text: string, i: number, tokens: PreparedText['tokens']): boolean {
  const token = tokens[i];
  if (!token || isCommonWord(token.norm, false) || SWORN.has(token.norm)) return false;
  const surface = text.slice(token.start, token.end);
  return isAcronym(surface) || /^\p{Ll}+\p{Lu}/u.test(surface) || isCapitalised(text, token);
}

function isCapitalised(text: string, token: PreparedText['tokens'][number] | undefined): boolean {
  if (!token) return false;
  const surface = text.slice(token.start, token.end);
  return /^\p{Lu}/u.test(surface) && /\p{Ll}/u.test(surface) && !isCommonWord(token.norm, false);
}

/** The next word continues a name: another name-like word, or a number ("Windows 11"). */
function joinsName(text: string, tokens: PreparedText['tokens'], j: number): boolean {
  const token = tokens[j];
  const previous = tokens[j - 1];
  if (!token || !previous || token.breakBefore) return false;
  // "TCP/IP": two acronyms joined by a slash are one name.
  if (text.slice(previous.end, token.start) === '/') return isAcronym(text.slice(previous.start, previous.end)) && isAcronym(text.slice(token.start, token.end));
  if (!onlySpaceBetween(text, previous.end, token.start)) return false;
  return isNameLike(text, j, tokens) || (/^\d{1,4}$/.test(token.norm) && !/^[.,]\d/.test(text.slice(token.end, token.end + 2)));
}

function isContentWord(text: string, norm: string, start: number, end: number): boolean {
  if (isCommonWord(norm) || /^\d+$/.test(norm) || SWORN.has(norm)) return false;
  return norm.length >= 3 || isAcronym(text.slice(start, end));
}

function onlySpaceBetween(text: string, from: number, to: number): boolean {
  for (let i = from; i < to; i++) if (text[i] !== ' ' && text[i] !== '-') return false;
  return true;
}

/** The customer's anger is not what is wrong: "stupid", "hell", "WTF" are never a term. */
const SWORN: ReadonlySet<string> = new Set(SWEARING);
/**
 * Words that name where things happen in every support message, who is around the customer and the
 * papers of a job ("quote", "letter"): alone they say nothing of this one.
 */
const GENERIC_NOUNS = new Set(
  `order orders account accounts home delivery mail email emails ticket tickets flight phone bill bills trip money site website
server report sent load play watch office venue entry patient settings security header receiver world single double full main
amount control late long live alone flat wife husband son daughter kid kids friend friends family guy lady gentleman people
customer customers suggestions solution charges gave game games console content video videos song songs system device
computer laptop internet online computers laptops phones devices quote house garden front letter inside outside
grandson granddaughter neighbour neighbours brother sister partner mother father mum dad baby parents grandad grandma nephew niece
bottom desk address manager technician reference summer`.split(/\s+/),
);
/** Acronyms and labels too generic to name this customer's thing on their own ("my PC", "the UI"). */
const GENERIC_NAMES = new Set(['pc', 'ui', 'tv', 'id', 'ok', 'app', 'os', 'settings', 'security', 'account', 'help', 'support']);
// A hashtag has a letter and no hyphen: "#12345" and "#KL-20914" are numbers ("Order #KL-20914").
const ADDRESS = /@[\p{L}\p{N}_]+|#(?=[\p{N}_]*\p{L})[\p{L}\p{N}_]+(?![\p{L}\p{N}_]|-[\p{L}\p{N}])|\bhttps?:\/\/[^\s<>"“”]+|\bwww\.[^\s<>"“”]+|\blink$/gu;
const SUPPORT_HANDLE = /(?:support|help|care|cares|team|service)$|^@ask/i;
/** "Dear @Google when I …": a handle after a greeting is who they write to, wherever it stands. */
const GREETED = /\b(?:dear|hey|hi|hello|hiya),?\s?$/i;
const HTML_ENTITY = /&(?:amp|lt|gt|quot|apos|nbsp|#\d{1,5});/g;

/** "@zoom_us", "@Chase_Bank": an account's name with an underscore is nobody's word for the product. */
function isAccountName(handle: string): boolean {
  return handle.includes('_');
}

/**
 * "#toiletpapercrisis", links, the "link" a shared URL leaves at the end, and @handles that
 * address someone ("@AppleSupport" anywhere, any handle opening or closing the message, one after
 * a greeting) or are an account's name ("@zoom_us"). A handle inside a sentence names the product:
 * "@Spotify needs to", "@dropbox's desktop client".
 */
function addressSpans(text: string): { addresses: [number, number][]; names: [number, number][] } {
  const addresses: [number, number][] = [];
  const names: [number, number][] = [];
  for (const m of text.matchAll(ADDRESS)) {
    const end = m.index + m[0].length;
    // Inside a sentence: a word or a comma before it, a word or a version ("@AdobePremiere 2020") after it.
    if (m[0].startsWith('@') && !isAccountName(m[0]) && !SUPPORT_HANDLE.test(m[0]) && !GREETED.test(text.slice(Math.max(0, m.index - 8), m.index)) && /[\p{L}\p{N},] ?$/u.test(text.slice(Math.max(0, m.index - 2), m.index)) && /^['’]?[\p{L}\p{N}\s]*[\p{L}\p{N}]/u.test(text.slice(end, end + 3)) && !addressesFollow(text, end)) {
      addresses.push([m.index, m.index + 1]); // keep the name, drop the "@"
      const version = /^ \d{1,4}\b/.exec(text.slice(end, end + 6));
      names.push([m.index + 1, end + (version?.[0].length ?? 0)]);
      continue;
    }
    addresses.push([m.index, end]);
  }
  return { addresses, names };
}

/** Only handles, links and the word "link" after it: the list of who the message is sent to. */
function addressesFollow(text: string, from: number): boolean {
  const rest = text.slice(from, from + 400);
  return /^(?:\s+(?:@[\p{L}\p{N}_]+|#[\p{L}\p{N}_]+|https?:\/\/\S+|link))+\s*$/u.test(rest) || /^\s+@/u.test(rest);
}

/** "jdoe@acme.io" as one term, found by walking out from each "@" (no backtracking regex). */
function emailAddresses(text: string): [number, number][] {
  const found: [number, number][] = [];
  const local = /[\p{L}\p{N}._%+-]/u;
  const domain = /[\p{L}\p{N}.-]/u;
  for (let at = text.indexOf('@'); at !== -1; at = text.indexOf('@', at + 1)) {
    let start = at;
    while (start > 0 && local.test(text[start - 1] ?? '')) start--;
    let end = at + 1;
    while (end < text.length && domain.test(text[end] ?? '')) end++;
    while (end > at + 1 && text[end - 1] === '.') end--; // the sentence's full stop
    const host = text.slice(at + 1, end);
    if (start < at && host.includes('.') && !host.startsWith('.')) found.push([start, end]);
    if (end > at) at = end - 1;
  }
  return found;
}

function trimSpan(text: string, start: number, end: number): [number, number] {
  let s = start;
  let e = end;
  while (s < e && /\s/.test(text[s] ?? '')) s++;
  while (e > s && /[\s,;:]/.test(text[e - 1] ?? '')) e--;
  return [s, e];
}
