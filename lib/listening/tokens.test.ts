import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { forEachWord, tokenize } from './tokens';

/** The words forEachWord reads, as a flat [start, end, …] list. */
function wordSpans(text: string): number[] {
  const spans: number[] = [];
  forEachWord(text, (start, end) => spans.push(start, end));
  return spans;
}

/** A word as the header of tokens.ts defines it: letters, marks and digits, with inner apostrophes. */
function expectedSpans(text: string): number[] {
  return Array.from(text.matchAll(/[\p{L}\p{M}\p{N}]+(?:['’][\p{L}\p{M}\p{N}]+)*/gu), (m) => [m.index, m.index + m[0].length]).flat();
}

describe('forEachWord', () => {
  it.each([
    ["Don't worry, it's fixed: v2.3 isn’t out yet", 'apostrophes inside words, not at their ends'],
    ["'quoted' rock'n'roll a''b a' ’’a’b", 'apostrophes at the edges and doubled'],
    ['café naïve e\u0301te\u0301 x\u0301\u0301 İstanbul ΟΔΟΣ.Α', 'accents, combining marks, capitals that change length or form'],
    ['Привет, мой заказ 😀 не пришёл 𝐀𝐁𝐂 \ud800 \udc00x', 'other scripts, emoji, letters outside the BMP, lone surrogates'],
    ['9am 15:30 $40 2.25GB #123 @handle https://example.com/a-b', 'digits, codes and links'],
  ])('finds the words WORD finds in %j (%s)', (text) => {
    expect(wordSpans(text)).toEqual(expectedSpans(text));
  });

  it('finds the words WORD finds in every corpus text and in random mixes of every kind of character', () => {
    const corpus = join(process.cwd(), 'tests', 'corpus');
    const texts = readdirSync(corpus).map((file) => readFileSync(join(corpus, file), 'utf8'));
    const pieces = ['a', 'Z', '7', "'", '’', ' ', '.', '-', 'é', 'e\u0301', '\u0301', 'Σ', 'ж', '😀', '𝐀', '\ud800', '\udc00', '\n', 'İ', '_'];
    let seed = 1;
    for (let n = 0; n < 2000; n++) {
      let text = '';
      for (let k = 0; k < 12; k++) {
        seed = (seed * 48271) % 2147483647;
        text += pieces[seed % pieces.length];
      }
      texts.push(text);
    }
    for (const text of texts) expect(wordSpans(text)).toEqual(expectedSpans(text));
  });
});

describe('tokenize', () => {
  /** The words that open a clause: a break before them. */
  const opening = (text: string) => tokenize(text).filter((t) => t.breakBefore).map((t) => t.norm);

  it('ends no sentence at a title or a label before a number, and still ends one at a word that only looks like one', () => {
    expect(opening('Our technician Mr. Srikanth will visit, e.g. tomorrow, at Rs. 850 or No. 5 Hill Road.')).toEqual(['our']);
    expect(opening('I said no. Then Mr. Lee rang. Dr. Patel called. We had no. 5 in stock.')).toEqual(['i', 'then', 'dr', 'we']);
  });

  it('ends no clause at a decimal point or a clock time, and still ends one at a full stop or colon', () => {
    expect(opening('It has a 99.7% accuracy rate, and we open at 10:30 tomorrow.')).toEqual(['it']);
    expect(opening('We sent 2 parts. 3 more come Monday: 4 in all.')).toEqual(['we', '3', '4']);
  });
});
