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
import { classifyCompound, normalizeCode } from './codes-and-versions';
import { termUses, type TermUse } from './term-mismatch';
import type { KeyTerm, ListeningSettings } from './types';

/** At most this many key terms: a restatement is one or two sentences, not a transcript. */
export const MAX_KEY_TERMS = 12;

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

const RANK: Readonly<Record<Kind, number>> = { quoted: 0, code: 1, version: 2, product: 3, phrase: 5, word: 6 };
const VOCABULARY_RANK = 4;
// Single quotes only as a pair around words, never an apostrophe ("can't … it's"): the opening
// one not after a letter or digit, the closing one not before one.
const QUOTED = /“([^”\n]{2,120})”|"([^"\n]{2,120})"|`([^`\n]{1,120})`|‘([^’\n]{2,120})’|(?<![\p{L}\p{N}])'(?=\S)([^'\n]{2,120})'(?![\p{L}\p{N}])/gu;
const COMPOUND = /[\p{L}\p{N}]+(?:[-_.][\p{L}\p{N}]+)*/gu;
const GREETINGS = new Set(['hi', 'hello', 'hey', 'dear', 'morning', 'afternoon', 'evening']);
const SIGN_OFFS = new Set(['thanks', 'thank you', 'many thanks', 'thx', 'cheers', 'best', 'regards', 'best regards', 'kind regards', 'sincerely', '--']);

export function extractKeyTerms(customerText: string): KeyTerm[] {
  return readCustomer(customerText).terms.map(({ term, kind }) => ({ term, kind }));
}

export function readCustomer(customerText: string, settings?: ListeningSettings): CustomerReading {
  const doc = prepareForeignText(capText(customerText).text);
  const uses = termUses(doc, scanLexicon(doc.text, doc.tokens, settings, false).terms);
  return { doc, uses, terms: keyTermsOf(doc, uses) };
}

function keyTermsOf(doc: PreparedText, uses: readonly TermUse[]): KeyTermDetail[] {
  const { text, tokens } = doc;
  const bodyEnd = signOffStart(text);
  const taken = new Uint8Array(tokens.length);
  const candidates: Candidate[] = [];
  const take = (start: number, end: number): void => {
    for (let i = tokenAt(tokens, start); i < tokens.length && (tokens[i]?.end ?? 0) <= end; i++) taken[i] = 1;
  };
  const add = (kind: Kind, start: number, end: number, rank = RANK[kind], count = 1): void => {
    if (start < bodyEnd && end > start) candidates.push({ kind, rank, start, end, count });
  };

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
  for (const m of text.matchAll(COMPOUND)) {
    const kind = classifyCompound(m[0], text, m.index);
    if (kind && !taken[tokenAt(tokens, m.index)]) {
      add(kind, m.index, m.index + m[0].length);
      take(m.index, m.index + m[0].length);
    }
  }
  for (const use of uses) {
    const multiword = /\s/.test(use.surface);
    add(multiword ? 'phrase' : 'word', use.start, use.end, VOCABULARY_RANK);
  }
  addProducts(doc, taken, add);
  addPhrasesAndWords(doc, taken, add);
  return select(doc, candidates);
}

type Add = (kind: Kind, start: number, end: number, rank?: number, count?: number) => void;

/** Capitalised names ("Google Sheets", "Windows 11"), CamelCase ("iPhone") and acronyms ("CSV"). */
function addProducts(doc: PreparedText, taken: Uint8Array, add: Add): void {
  const { text, tokens } = doc;
  for (let i = 0; i < tokens.length; i++) {
    const token = tokens[i];
    if (!token || taken[i] || !isNameLike(text, i, tokens)) continue;
    if (i > 0 && GREETINGS.has(tokens[i - 1]?.norm ?? '') && !token.breakBefore) {
      // "Hi Anna", "Dear Support Team": a name, not a product, nor a key word.
      taken[i] = 1;
      while (i + 1 < tokens.length && !tokens[i + 1]?.breakBefore && isCapitalised(text, tokens[i + 1])) taken[++i] = 1;
      continue;
    }
    let j = i;
    while (j + 1 < tokens.length && joinsName(text, tokens, j + 1) && (!taken[j + 1] || /^\d+$/.test(tokens[j + 1]?.norm ?? ''))) j++;
    const surface = text.slice(token.start, token.end);
    // A lone capitalised first word of a sentence is an ordinary word ("Attachments are missing").
    if (j === i && token.breakBefore && !isAcronym(surface) && !/^\p{Ll}+\p{Lu}/u.test(surface)) continue;
    // "Export button", "Reports page": a name and the feature noun after it are one term.
    const noun = tokens[j + 1];
    if (noun && !taken[j + 1] && !noun.breakBefore && SUPPORT_NOUNS.has(noun.norm) && onlySpaceBetween(text, tokens[j]?.end ?? 0, noun.start)) j++;
    add('product', token.start, tokens[j]?.end ?? token.end);
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
    if (!token || taken[i] || !isContentWord(text, token.norm, token.start, token.end)) continue;
    if (next && !taken[i + 1] && !next.breakBefore && SUPPORT_NOUNS.has(next.norm) && onlySpaceBetween(text, token.end, next.start)) {
      add('phrase', token.start, next.end);
      taken[i] = taken[i + 1] = 1;
      i++;
      continue;
    }
    // Adverbs and verb forms say how, not what: "suddenly", "deleted", "trying".
    if (!/^\p{L}{4,}$/u.test(token.norm) || /(?:ly|ed|ing)$/.test(token.norm)) continue;
    if (isCommonWord(token.norm)) continue;
    const key = stem(token.norm);
    const seen = words.get(key);
    if (seen) seen.count++;
    else words.set(key, { start: token.start, end: token.end, count: 1 });
  }
  for (const { start, end, count } of words.values()) add('word', start, end, RANK.word, count);
}

/** Longest, weightiest first; one of each; at most MAX_KEY_TERMS; then in the customer's order. */
function select(doc: PreparedText, candidates: Candidate[]): KeyTermDetail[] {
  const ordered = outermost(candidates).sort((a, b) => a.rank - b.rank || b.count - a.count || a.start - b.start);
  const keys = new Set<string>();
  const chosenStems = new Set<string>();
  const chosen: KeyTermDetail[] = [];
  for (const c of ordered) {
    if (chosen.length >= MAX_KEY_TERMS) break;
    const detail = detailOf(doc.text, c);
    const key = prepareForeignText(detail.term).tokens.map((t) => stem(t.norm)).join(' ');
    // A lone word already part of a chosen term ("export" after "CSV export") adds nothing.
    if (keys.has(key) || (c.kind === 'word' && chosenStems.has(key))) continue;
    keys.add(key);
    for (const s of detail.stems) chosenStems.add(s);
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
  const content = c.kind === 'product' ? words : words.filter((w) => !isCommonWord(w));
  const codes = Array.from(term.matchAll(COMPOUND), (m) => m[0])
    .filter((w) => c.kind === 'code' || c.kind === 'version' || /\d/.test(w))
    .map(normalizeCode);
  return { term, kind: c.kind, start: c.start, end: c.end, stems: (content.length > 0 ? content : words).map(stem), codes };
}

function isNameLike(text: string, i: number, tokens: PreparedText['tokens']): boolean {
  const token = tokens[i];
  if (!token || isCommonWord(token.norm, false)) return false;
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
  if (!token || !previous || token.breakBefore || !onlySpaceBetween(text, previous.end, token.start)) return false;
  return isNameLike(text, j, tokens) || (/^\d{1,4}$/.test(token.norm) && !/^[.,]\d/.test(text.slice(token.end, token.end + 2)));
}

function isContentWord(text: string, norm: string, start: number, end: number): boolean {
  if (isCommonWord(norm) || /^\d+$/.test(norm)) return false;
  return norm.length >= 3 || isAcronym(text.slice(start, end));
}

function onlySpaceBetween(text: string, from: number, to: number): boolean {
  for (let i = from; i < to; i++) if (text[i] !== ' ' && text[i] !== '-') return false;
  return true;
}

/** Index of the first token ending after `offset` (binary search: tokens are in order). */
function tokenAt(tokens: PreparedText['tokens'], offset: number): number {
  let low = 0;
  let high = tokens.length;
  while (low < high) {
    const mid = (low + high) >> 1;
    if ((tokens[mid]?.end ?? 0) > offset) high = mid;
    else low = mid + 1;
  }
  return low;
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

/** Where the sign-off starts ("Thanks,\nAnna"), looking only at the last few lines. */
function signOffStart(text: string): number {
  const lines = [...text.matchAll(/[^\n]+/g)].slice(-6);
  for (const line of lines) {
    const words = line[0].trim().toLowerCase();
    let plain = words;
    while (plain.length > 0 && ',.!-–—'.includes(plain.at(-1) ?? '')) plain = plain.slice(0, -1);
    const lead = plain.split(',')[0]?.trim() ?? '';
    if (SIGN_OFFS.has(plain) || (plain.includes(',') && SIGN_OFFS.has(lead) && plain.split(/\s+/).length <= 4)) return line.index;
  }
  // A name alone on the last line ("Marta", "— Tom Becker") signs the message; it isn't a key term.
  const last = lines.at(-1);
  if (last && lines.length > 1 && isSignature(last[0])) return last.index;
  return text.length;
}

function isSignature(line: string): boolean {
  const words = line.trim().replace(/^[-–—]\s*/, '').split(/\s+/);
  return words.length <= 3 && words.every((word) => /^\p{Lu}[\p{Ll}'’-]{1,20}$/u.test(word));
}
