/**
 * What a reply owes the customer, read from their message: whether they were upset, whether they
 * gave detail, and the distinctive words they used. A template reply to a short neutral question
 * is fine; the same template to someone upset or detailed tells them nobody read it.
 */
import { isAcronym } from './lexicon';
import { isCommonWord } from './common-words';
import { prepareForeignText, type PreparedText } from './prepared-text';
import { stem } from './stem';
import { ASKS_IF_NORMAL_PHRASES, UPSET_PHRASES } from './signal-phrases';
import { symptomPhrases } from './symptom-phrases';
import { addPhrase, createPhraseIndex, matchPhrases } from './phrase-matcher';
import type { Token } from './tokens';

/** A message of this many words or more tells a story that a reply should show it heard. */
export const DETAILED_MESSAGE_WORDS = 18;

export interface CustomerState {
  /** An upset phrase, "!!" or "?!", or words in capitals for emphasis. */
  upset: boolean;
  detailed: boolean;
  /** How many words their message has. */
  words: number;
  /** They report something wrong: a symptom in their words ("name is wrong", "froze at the payment step"). */
  reportsProblem: boolean;
  /** They ask whether what they see is normal ("Is that normal?"): telling them it is answers them. */
  asksIfNormal: boolean;
  /** Stems of the words that are theirs: not everyday English, not support boilerplate. */
  stems: ReadonlySet<string>;
  /** Its words' norms, in order (reply-model.ts reads which of its word sequences they hold). */
  norms: readonly string[];
  /** The first two characters of each stem, as leadKey numbers: a reply's word that starts otherwise is not stemmed. */
  leads: ReadonlySet<number>;
}

/** The upset phrases in the engine's phrase index, matched in one pass like every other phrase. */
const UPSET = createPhraseIndex<true>();
for (const phrase of UPSET_PHRASES) addPhrase(UPSET, phrase, true);
const ASKS_IF_NORMAL = createPhraseIndex<true>();
for (const phrase of ASKS_IF_NORMAL_PHRASES) addPhrase(ASKS_IF_NORMAL, phrase, true);
/** Words every support conversation shares: naming them names nothing of the customer's. */
const BOILERPLATE = new Set(
  ['account', 'accounts', 'support', 'service', 'services', 'customer', 'customers', 'team', 'help', 'link', 'links', 'https', 'http', 'www', 'com', 'thanks', 'thank', 'please', 'issue', 'issues', 'problem', 'problems', 'contact', 'request', 'info', 'information', 'details'].map(stem),
);

export function readCustomerState(text: string): CustomerState {
  const { tokens } = prepareForeignText(text);
  const stems = new Set<string>();
  for (const token of tokens) {
    if (isTheirs(text, token)) stems.add(stem(token.norm));
  }
  const leads = new Set<number>();
  for (const key of stems) leads.add(leadKey(key));
  return {
    upset: isUpset(text, tokens),
    detailed: tokens.length >= DETAILED_MESSAGE_WORDS,
    words: tokens.length,
    reportsProblem: symptomPhrases(tokens, text).length > 0,
    asksIfNormal: holdsPhrase(tokens, ASKS_IF_NORMAL),
    stems,
    leads,
    norms: tokens.map((t) => t.norm),
  };
}

/**
 * How many of the customer's distinctive words a reply uses, in its own text or in the address
 * of a link it gives (an article named "GTA-Online-Connection-Troubleshooting" answers the
 * customer who can't connect to GTA Online). A number or code of theirs counts as two. Counting
 * stops at THEIR_WORDS_ENOUGH different words.
 */
export function wordsOfTheirsUsed(customer: CustomerState, doc: PreparedText): number {
  const shared = new Set<string>();
  // A plain loop, no closure: this runs over every word of the reply at every keystroke. Stemming
  // only strips endings, so a word whose first two characters start none of their stems is none
  // of theirs and is not stemmed (most of a reply's words); one with an apostrophe always is
  // ("x's" stems to one letter).
  for (const token of doc.tokens) {
    const word = token.norm;
    if (!customer.leads.has(leadKey(word)) && !word.includes("'")) continue;
    const key = stem(word);
    if (customer.stems.has(key) && shared.add(key).size >= THEIR_WORDS_ENOUGH) break;
  }
  if (shared.size < THEIR_WORDS_ENOUGH && doc.text.includes('http')) {
    for (const word of linkWords(doc.text)) {
      const key = stem(word);
      if (customer.stems.has(key)) shared.add(key);
    }
  }
  let codes = 0;
  for (const key of shared) if (/\d/.test(key)) codes++;
  return shared.size + codes;
}

/**
 * Counting their words stops here: a reply that takes up this many of them has plainly read them,
 * and the count runs at every keystroke (the learned no-acknowledgement reading's share of their words, measured with and
 * without the cap, lost nothing: tests/eval/README.md, eleventh pass).
 */
export const THEIR_WORDS_ENOUGH = 16;

/** A word's first two characters as one small number: a set of numbers is read faster than one of strings. */
function leadKey(word: string): number {
  return ((word.charCodeAt(0) & 0x7fff) << 15) | (word.charCodeAt(1) & 0x7fff);
}

/**
 * Whether a reply names what the customer wrote: one of their numbers or codes, or two of their
 * distinctive words (one when they used three or fewer). One shared word in a long reply
 * ("copied") is chance.
 */
export function namesTheirWords(customer: CustomerState, used: number): boolean {
  if (customer.stems.size === 0) return false;
  return used >= (customer.stems.size <= 3 ? 1 : 2);
}

const LINK = /\bhttps?:\/\/[^\s<>"“”]+/g;

/** The words of the links' paths and queries ("recover-deleted-files" → recover, deleted, files). */
function linkWords(text: string): string[] {
  return Array.from(text.matchAll(LINK), (m) => m[0].toLowerCase().split(/[^\p{L}\p{N}]+/u).filter((w) => w.length >= 3)).flat();
}

function isTheirs(text: string, token: Token): boolean {
  if (/^\d+$/.test(token.norm)) return token.norm.length >= 3; // an order number, a count, a year
  if (token.norm.length < 3 && !isAcronym(text.slice(token.start, token.end))) return false;
  return !isCommonWord(token.norm) && !BOILERPLATE.has(stem(token.norm));
}

function holdsPhrase(tokens: readonly Token[], index: typeof UPSET): boolean {
  let phrase = false;
  matchPhrases(tokens, index, () => {
    phrase = true;
  });
  return phrase;
}

function isUpset(text: string, tokens: readonly Token[]): boolean {
  if (text.includes('!!') || text.includes('?!') || text.includes('!?')) return true;
  if (holdsPhrase(tokens, UPSET)) return true;
  // Capitals for emphasis: an everyday word ("NEVER", "PLEASE"), or two long words ("NONSENSE").
  let capitalised = 0;
  for (const t of tokens) {
    const surface = text.slice(t.start, t.end);
    if (surface.length < 4 || !/^\p{Lu}+$/u.test(surface)) continue;
    if (isCommonWord(t.norm, false) || ++capitalised === 2) return true;
  }
  return false;
}
