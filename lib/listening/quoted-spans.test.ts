import { describe, expect, test } from 'vitest';
import { findQuotedSpans } from './quoted-spans';

const hidden = (text: string) => {
  const spans = findQuotedSpans(text);
  const parts: string[] = [];
  for (let k = 0; k < spans.length; k += 2) parts.push(text.slice(spans[k], spans[k + 1]));
  return parts;
};

describe('findQuotedSpans', () => {
  test.each([
    ['a > line', 'Hi\n> are you sure\nOk', ['> are you sure']],
    ['an indented > line', 'Hi\n   > quoted\nOk', ['   > quoted']],
    ['curly quotes', 'She said “simply restart” twice', ['“simply restart”']],
    ['straight quotes', 'The button "Export now" is grey', ['"Export now"']],
    ['guillemets', 'Le bouton «Exporter» est gris', ['«Exporter»']],
    ['inline code', 'Run `npm ci` first', ['`npm ci`']],
    ['a fence', 'Run:\n```\nrm -rf x\n```\nDone', ['```\nrm -rf x\n```']],
    ['an unclosed fence, to the end', 'Run:\n```\nrm -rf x', ['```\nrm -rf x']],
    ['a link', 'See https://example.com/a?b=1. Then', ['https://example.com/a?b=1']],
    ['a www link', 'Go to www.example.com, then', ['www.example.com']],
    ['a quotation across a line break', 'He wrote "this is\nbroken" today', ['"this is\nbroken"']],
  ])('hides %s', (_what, text, expected) => {
    expect(hidden(text)).toEqual(expected);
  });

  test.each([
    ['an unpaired quote', 'A 27" monitor is fine'],
    ['a quote left open at a blank line', 'He said "this\n\nis fine" later'],
    ['an unpaired backtick', 'Use ` carefully'],
    ['an apostrophe', "It's the customer's file"],
    ['a word with http inside', 'Xhttp://no is prose'],
  ])('hides nothing for %s', (_what, text) => {
    expect(hidden(text)).toEqual([]);
  });
});
