import { describe, expect, it } from 'vitest';
import { allDraftWords, draftSearchWords, matchesQuery, MAX_WORDS_PER_DRAFT, parseQuery, RESTATEMENT_START_CHARS, wordsOf } from './search-words';

const draft = { ticketId: '1201', subject: 'License key rejected', restatement: 'Your license key is rejected after the 4.2 update' };

describe('search words', () => {
  it('indexes the ticket id, subject and restatement start, lower-cased, without repeats or stop words', () => {
    expect(draftSearchWords(draft)).toEqual(['1201', 'license', 'key', 'rejected', '4', '2', 'update']);
  });

  it('keeps numbers of any length but drops single letters', () => {
    expect(draftSearchWords({ ...draft, subject: 'Q 4 k', restatement: '' })).toEqual(['1201', '4']);
  });

  it('folds accents and case', () => {
    expect(wordsOf('Café CRÈME naïve')).toEqual(['cafe', 'creme', 'naive']);
    expect(matchesQuery(wordsOf('Café'), parseQuery('CAFÉ').words)).toBe(true);
  });

  it('indexes only the start of a long restatement, and a bounded number of words', () => {
    const words = draftSearchWords({ ...draft, restatement: `${'start '.repeat(RESTATEMENT_START_CHARS / 6)} faraway` });
    expect(words).toContain('start');
    expect(words).not.toContain('faraway');
    const many = draftSearchWords({ ...draft, restatement: Array.from({ length: 60 }, (_, i) => `w${i}`).join(' ') });
    expect(many).toHaveLength(MAX_WORDS_PER_DRAFT);
  });

  it('orders query words longest first and leaves out stop words and single letters', () => {
    expect(parseQuery('the lic 12 rejected q 7')).toEqual({ words: ['rejected', 'lic', '12', '7'], plan: 'index' });
  });

  it('keeps a query made only of stop words or single letters, to be matched by a scan', () => {
    expect(parseQuery('it was')).toEqual({ words: ['was', 'it'], plan: 'scan' });
    expect(parseQuery('w')).toEqual({ words: ['w'], plan: 'scan' });
    expect(matchesQuery(allDraftWords(draft), parseQuery('is').words)).toBe(true);
  });

  it.each([
    ['a word prefix', 'lic', true],
    ['two prefixes', 'lic rej', true],
    ['the ticket id', '#1201', true],
    ['a start of the ticket id', '120', true],
    ['a word from the middle of a word', 'cense', false],
    ['one word that is absent', 'license refund', false],
  ])('matches %s: %s', (_name, query, expected) => {
    expect(matchesQuery(draftSearchWords(draft), parseQuery(query).words)).toBe(expected);
  });
});
