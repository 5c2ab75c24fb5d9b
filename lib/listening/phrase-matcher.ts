/**
 * Literal phrase matching over tokens, with no regular expression built from rule data or team
 * words (none can backtrack):
 * - a phrase index for the rule data's phrases with choices (`[a|b]`) and for plain spellings
 *   (terms, jargon), filed under the first two words they can open with (most phrases open with
 *   a common word: "I", "we", "the"). Spelled out, 300 phrases with choices are 15,954 word
 *   sequences and a trie of 22,558 Map nodes, built when a stopped worker starts for a hint; the
 *   index keeps each phrase once, so that start costs a few hundred small arrays instead. An
 *   opening's phrases are spelled out into a small trie the first time a reply reaches it (43
 *   openings and some 1,500 nodes for the bench's 5,000-character reply), and walked as one after;
 * - a trie of word sequences, walked once from every token: every spelling written out, what the
 *   index must find (phrase-matcher.test.ts) and what the bench builds beside it.
 */
import { phraseWords, type Token } from './tokens';

export interface TrieNode<P> {
  next: Map<string, TrieNode<P>>;
  payloads: P[];
}

export function createTrie<P>(): TrieNode<P> {
  return { next: new Map(), payloads: [] };
}

export function addWords<P>(trie: TrieNode<P>, words: readonly string[], payload: P): void {
  if (words.length > 0) nodeOf(trie, words, 0).payloads.push(payload);
}

/** The node `words` from `from` on lead to from `trie`, made where missing (`trie` itself for none). */
function nodeOf<P>(trie: TrieNode<P>, words: readonly string[], from: number): TrieNode<P> {
  let node = trie;
  for (let i = from; i < words.length; i++) {
    const word = words[i]!;
    let child = node.next.get(word);
    if (!child) {
      child = createTrie<P>();
      node.next.set(word, child);
    }
    node = child;
  }
  return node;
}

/**
 * Every literal spelled by a phrase of the rule data: `[a|b]` is a choice, `[a|]` an optional
 * word. "[this|that] will fix it" → "this will fix it", "that will fix it".
 */
export function expandPhrase(phrase: string): string[][] {
  // Word lists are joined, not strings: a rule with a thousand spellings costs a thousand small
  // arrays, not a thousand strings tokenised again.
  let spellings: string[][] = [[]];
  for (const slot of phraseSlots(phrase)) spellings = spellings.flatMap((s) => slot.map((choice) => s.concat(choice)));
  return spellings.filter((words) => words.length > 0);
}

/** Calls `onMatch(first, last, payload)` for each phrase found, token indices inclusive. */
export function matchTrie<P>(
  tokens: readonly Token[],
  trie: TrieNode<P>,
  onMatch: (first: number, last: number, payload: P) => void,
): void {
  for (let first = 0; first < tokens.length; first++) {
    let node = trie.next.get(tokens[first]?.norm ?? '');
    let last = first;
    while (node) {
      for (const payload of node.payloads) onMatch(first, last, payload);
      last++;
      const token = tokens[last];
      if (!token || token.breakBefore || node.next.size === 0) break;
      node = node.next.get(token.norm);
    }
  }
}

/** A phrase's words, slot by slot: each slot the word sequences it may be (`[]` where it is optional). */
export type PhraseSlots = readonly (readonly (readonly string[])[])[];

interface IndexedPhrase<P> {
  slots: PhraseSlots;
  payload: P;
  /** Insertion order: matches at the same words come out in it, as a trie's payloads would. */
  order: number;
}

/**
 * The phrases one word may start. Most start with a common word ("I", "we", "the"), so they are
 * sorted again by their second: a token then tries only the phrases its next word can go on.
 */
interface PhrasesByStart<P> {
  /** Phrases one of whose spellings is this word alone: tried wherever it stands. */
  oneWord: Bucket<P>;
  /** The others, by the word that follows. */
  bySecondWord: Map<string, Bucket<P>>;
}

/**
 * Phrases filed under one opening (a first word, or a first and second word). The first time a reply
 * reaches the opening, their spellings that start with it are written out into a small trie of the
 * words after it, so a reading walks each spelling's words once instead of trying each phrase's
 * choices in turn; an opening no reply reaches is never written out.
 */
interface Bucket<P> {
  /** The opening's words, normalised. */
  opening: readonly string[];
  entries: IndexedPhrase<P>[];
  /** The spellings' words after the opening, built on first use. */
  rest: TrieNode<IndexedPhrase<P>> | null;
}

export interface PhraseIndex<P> {
  /** The phrases a token may start, by that token's normalised word. */
  byFirstWord: Map<string, PhrasesByStart<P>>;
  size: number;
}

export function createPhraseIndex<P>(): PhraseIndex<P> {
  return { byFirstWord: new Map(), size: 0 };
}

/** The slots of a phrase of the rule data, in expandPhrase's syntax, without spelling its choices out. */
export function phraseSlots(phrase: string): PhraseSlots {
  const slots: (readonly string[])[][] = [];
  let rest = phrase;
  while (rest.length > 0) {
    const open = rest.indexOf('[');
    const close = open < 0 ? -1 : rest.indexOf(']', open);
    const literal = phraseWords(open < 0 || close < 0 ? rest : rest.slice(0, open));
    if (literal.length > 0) slots.push([literal]);
    if (open < 0 || close < 0) break;
    slots.push(rest.slice(open + 1, close).split('|').map(phraseWords));
    rest = rest.slice(close + 1);
  }
  return slots;
}

/**
 * The first two words of the spellings of slots `from…` after `opening` (one word for a spelling
 * of one word), as `onOpening` gets them; each opening may come more than once.
 */
function openings(slots: PhraseSlots, from: number, opening: readonly string[], onOpening: (words: readonly string[]) => void): void {
  const slot = slots[from];
  if (opening.length >= 2 || !slot) {
    if (opening.length > 0) onOpening(opening);
    return;
  }
  for (const choice of slot) openings(slots, from + 1, opening.concat(choice).slice(0, 2), onOpening);
}

/** Adds a phrase of the rule data (see expandPhrase) under the words it can start with. */
export function addPhrase<P>(index: PhraseIndex<P>, phrase: string, payload: P): void {
  addSlots(index, phraseSlots(phrase), payload);
}

/** Adds one spelling, words without choices (a term, a jargon word), as addWords adds it to a trie. */
export function addSpelling<P>(index: PhraseIndex<P>, words: readonly string[], payload: P): void {
  const [first, second] = words;
  if (first !== undefined) file(index, { slots: [[words]], payload, order: index.size++ }, first, second === undefined ? 'one word' : [second]);
}

function addSlots<P>(index: PhraseIndex<P>, slots: PhraseSlots, payload: P): void {
  const entry: IndexedPhrase<P> = { slots, payload, order: index.size++ };
  const seconds = new Map<string, Set<string> | 'one word'>();
  openings(slots, 0, [], ([first = '', second]) => {
    const known = seconds.get(first);
    if (second === undefined) seconds.set(first, 'one word');
    else if (known === undefined) seconds.set(first, new Set([second]));
    else if (known !== 'one word') known.add(second);
  });
  for (const [first, following] of seconds) file(index, entry, first, following);
}

/** Files a phrase under its first word, and there under each word that can follow it. */
function file<P>(index: PhraseIndex<P>, entry: IndexedPhrase<P>, first: string, following: Iterable<string> | 'one word'): void {
  let phrases = index.byFirstWord.get(first);
  if (!phrases) index.byFirstWord.set(first, (phrases = { oneWord: { opening: [first], entries: [], rest: null }, bySecondWord: new Map() }));
  // A phrase that may be this word alone is tried wherever the word stands, whatever follows it.
  if (following === 'one word') phrases.oneWord.entries.push(entry);
  else for (const second of following) addTo(phrases.bySecondWord, first, second, entry);
}

function addTo<P>(buckets: Map<string, Bucket<P>>, first: string, second: string, entry: IndexedPhrase<P>): void {
  let bucket = buckets.get(second);
  if (!bucket) buckets.set(second, (bucket = { opening: [first, second], entries: [], rest: null }));
  bucket.entries.push(entry);
}

/**
 * Calls `onMatch(first, last, payload)` for each spelling of an indexed phrase found, exactly as
 * matchTrie does over the spelled-out phrases: once per spelling (two spellings of one phrase that
 * are the same words match twice), never across a break, in the order of `first`, then `last`, then
 * insertion.
 */
export function matchPhrases<P>(
  tokens: readonly Token[],
  index: PhraseIndex<P>,
  onMatch: (first: number, last: number, payload: P) => void,
): void {
  const found: PhraseMatch<P>[] = [];
  for (let first = 0; first < tokens.length; first++) {
    const phrases = index.byFirstWord.get(tokens[first]?.norm ?? '');
    if (!phrases) continue;
    const second = tokens[first + 1];
    const longer = second && !second.breakBefore ? phrases.bySecondWord.get(second.norm) : undefined;
    if (phrases.oneWord.entries.length > 0) walkRest(tokens, first, first + 1, restOf(phrases.oneWord), found);
    if (longer) walkRest(tokens, first, first + 2, restOf(longer), found);
  }
  // Stable: one phrase's equal matches keep their count; the order is the trie's.
  found.sort(byPosition);
  for (const { first, last, entry } of found) onMatch(first, last, entry.payload);
}

interface PhraseMatch<P> {
  first: number;
  last: number;
  entry: IndexedPhrase<P>;
}

function byPosition<P>(a: PhraseMatch<P>, b: PhraseMatch<P>): number {
  return a.first - b.first || a.last - b.last || a.entry.order - b.entry.order;
}

/** Walks a bucket's trie from token `at`, the first after its opening (`first…at-1`), as matchTrie walks from a token. */
function walkRest<P>(tokens: readonly Token[], first: number, at: number, rest: TrieNode<IndexedPhrase<P>>, found: PhraseMatch<P>[]): void {
  let node: TrieNode<IndexedPhrase<P>> | undefined = rest;
  let next = at;
  while (node) {
    for (const entry of node.payloads) found.push({ first, last: next - 1, entry });
    const token = tokens[next];
    if (!token || token.breakBefore || node.next.size === 0) return;
    node = node.next.get(token.norm);
    next++;
  }
}

/** The bucket's trie of the words after its opening, written out the first time a reply reaches the opening. */
function restOf<P>(bucket: Bucket<P>): TrieNode<IndexedPhrase<P>> {
  if (bucket.rest) return bucket.rest;
  const rest = createTrie<IndexedPhrase<P>>();
  for (const entry of bucket.entries) {
    spellAfter(entry.slots, 0, [], bucket.opening, (words) => nodeOf(rest, words, bucket.opening.length).payloads.push(entry));
  }
  bucket.rest = rest;
  return rest;
}

/** Each spelling of slots `from…` after `words` that opens with `opening`, in expandPhrase's order; none is begun that cannot. */
function spellAfter(slots: PhraseSlots, from: number, words: readonly string[], opening: readonly string[], onSpelling: (words: readonly string[]) => void): void {
  for (let i = 0; i < Math.min(words.length, opening.length); i++) if (words[i] !== opening[i]) return;
  const slot = slots[from];
  if (!slot) {
    if (words.length >= opening.length) onSpelling(words);
    return;
  }
  for (const choice of slot) spellAfter(slots, from + 1, words.concat(choice), opening, onSpelling);
}
