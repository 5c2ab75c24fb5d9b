/**
 * Literal phrase matching over tokens: a trie of word sequences, walked once from every token.
 * No regular expression is ever built from rule data or team words, so none can backtrack.
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
  if (words.length === 0) return;
  let node = trie;
  for (const word of words) {
    let child = node.next.get(word);
    if (!child) {
      child = createTrie<P>();
      node.next.set(word, child);
    }
    node = child;
  }
  node.payloads.push(payload);
}

/**
 * Every literal spelled by a phrase of the rule data: `[a|b]` is a choice, `[a|]` an optional
 * word. "[this|that] will fix it" → "this will fix it", "that will fix it".
 */
export function expandPhrase(phrase: string): string[][] {
  // Word lists are joined, not strings: a rule with a thousand spellings costs a thousand small
  // arrays at start-up, not a thousand strings tokenised again (the background worker loads this).
  let spellings: string[][] = [[]];
  let rest = phrase;
  while (rest.length > 0) {
    const open = rest.indexOf('[');
    const close = open < 0 ? -1 : rest.indexOf(']', open);
    if (open < 0 || close < 0) {
      const words = phraseWords(rest);
      spellings = spellings.map((s) => s.concat(words));
      break;
    }
    const literal = phraseWords(rest.slice(0, open));
    const choices = rest.slice(open + 1, close).split('|').map(phraseWords);
    spellings = spellings.flatMap((s) => {
      const base = literal.length > 0 ? s.concat(literal) : s;
      return choices.map((choice) => base.concat(choice));
    });
    rest = rest.slice(close + 1);
  }
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
