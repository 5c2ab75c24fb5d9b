import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { addPhrase, addSpelling, addWords, createPhraseIndex, createTrie, expandPhrase, matchPhrases, matchTrie, phraseSlots } from './phrase-matcher';
import { PHRASE_RULES } from './phrase-rules';
import { SIGNAL_PHRASES, UPSET_PHRASES } from './signal-phrases';
import { tokenize, type Token } from './tokens';

type Match = [first: number, last: number, payload: number];

/** The phrases as the trie saw them: every spelling of every phrase, one payload per phrase. */
function spelledOut(phrases: readonly string[]): (tokens: readonly Token[]) => Match[] {
  const trie = createTrie<number>();
  phrases.forEach((phrase, n) => expandPhrase(phrase).forEach((words) => addWords(trie, words, n)));
  return (tokens) => {
    const found: Match[] = [];
    matchTrie(tokens, trie, (first, last, n) => found.push([first, last, n]));
    return found;
  };
}

function indexed(phrases: readonly string[]): (tokens: readonly Token[]) => Match[] {
  const index = createPhraseIndex<number>();
  phrases.forEach((phrase, n) => addPhrase(index, phrase, n));
  return (tokens) => {
    const found: Match[] = [];
    matchPhrases(tokens, index, (first, last, n) => found.push([first, last, n]));
    return found;
  };
}

describe('the phrase index', () => {
  it('reads a phrase into slots of choices, an empty choice where a word is optional', () => {
    expect(phraseSlots("[this|that] will fix it [now|]")).toEqual([[['this'], ['that']], [['will', 'fix', 'it']], [['now'], []]]);
    expect(phraseSlots('[I|we] [promise|guarantee] you')).toEqual([[['i'], ['we']], [['promise'], ['guarantee']], [['you']]]);
  });

  it('finds a phrase that starts with an optional word from either start, and never across a break', () => {
    const phrases = ['[really|] sorry for [the|any] delay'];
    expect(indexed(phrases)(tokenize('We are really sorry for the delay.'))).toEqual([
      [2, 6, 0],
      [3, 6, 0],
    ]);
    expect(indexed(phrases)(tokenize('Sorry for. Any delay'))).toEqual([]);
  });

  it('tries a phrase under every word that can follow its first, and one that may be a word alone wherever that word stands', () => {
    const phrases = ['[really|] [so|truly] sorry', 'sorry [for that|]', '[I am|we are] [very|] sorry'];
    for (const text of ['Really so sorry. Truly sorry for that', 'I am sorry, we are very sorry', 'sorry. Sorry for; so sorry really']) {
      expect(indexed(phrases)(tokenize(text))).toEqual(spelledOut(phrases)(tokenize(text)));
    }
    expect(indexed(phrases)(tokenize('I am sorry for that'))).toEqual([
      [0, 2, 2],
      [2, 2, 1],
      [2, 4, 1],
    ]);
  });

  it('matches once per spelling, as the spelled-out phrases did: two spellings of the same words match twice', () => {
    const phrases = ['[so|] [so|] sorry'];
    expect(indexed(phrases)(tokenize('so sorry'))).toEqual(spelledOut(phrases)(tokenize('so sorry')));
    expect(indexed(phrases)(tokenize('so sorry'))).toHaveLength(3);
  });

  it('finds plain spellings (terms, jargon) exactly as a trie of them does, a spelling added twice matching twice', () => {
    const corpus = join(process.cwd(), 'tests', 'corpus');
    const tokens = readdirSync(corpus).flatMap((file) => tokenize(readFileSync(join(corpus, file), 'utf8')));
    // Words and pairs of words of the corpus itself, so that many are met; a few twice.
    const spellings = tokens.filter((_, i) => i % 11 === 0).flatMap((t, i) => [[t.norm], [t.norm, tokens[i * 11 + 1]?.norm ?? 'x'], ...(i % 5 === 0 ? [[t.norm]] : [])]);
    const trie = createTrie<number>();
    const index = createPhraseIndex<number>();
    spellings.forEach((words, n) => {
      addWords(trie, words, n);
      addSpelling(index, words, n);
    });
    const fromTrie: Match[] = [];
    const fromIndex: Match[] = [];
    matchTrie(tokens, trie, (first, last, n) => fromTrie.push([first, last, n]));
    matchPhrases(tokens, index, (first, last, n) => fromIndex.push([first, last, n]));
    expect(fromIndex).toEqual(fromTrie);
    expect(fromTrie.length).toBeGreaterThan(5_000);
  });

  it('finds exactly what the spelled-out trie finds, in the same order, for every rule and signal phrase on the corpus', () => {
    const phrases = [...PHRASE_RULES.flatMap((rule) => rule.phrases), ...Object.values(SIGNAL_PHRASES).flat(), ...UPSET_PHRASES];
    const corpus = join(process.cwd(), 'tests', 'corpus');
    const texts = readdirSync(corpus).map((file) => readFileSync(join(corpus, file), 'utf8'));
    // Each phrase said once, so every phrase is met at least where it is spelled out in full.
    texts.push(phrases.flatMap(expandPhrase).filter((_, i) => i % 7 === 0).map((words) => words.join(' ')).join('. '));
    const [trie, index] = [spelledOut(phrases), indexed(phrases)];
    let total = 0;
    for (const text of texts) {
      const tokens = tokenize(text);
      const expected = trie(tokens);
      expect(index(tokens)).toEqual(expected);
      total += expected.length;
    }
    expect(total).toBeGreaterThan(2_000);
  }, 30_000);
});
