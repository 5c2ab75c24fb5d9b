import { describe, expect, it, test } from 'vitest';
import { analyzeReply, extractKeyTerms, MAX_ANALYZED_CHARS, replySignals, restatementCoverage } from './index';
import { seededRandom } from '../../tests/seeded-random';

const SIZE = 100_000;
const PIECES = [
  'a', 'Z', ' ', '  ', '\n', '\n\n', '.', '!', '?', ',', "'", '’', '"', '“', '”', '«', '»', '`', '```', '>', '-', '_',
  '1', '4.2.1', 'E-1043', 'https://', 'www.', '😀', '👩‍👩‍👧', '\uD800', '\uDC00', 'e\u0301', '中文', 'العربية', 'ПРИВЕТ',
  'this will definitely fix it', 'are you sure', 'PLEASE', 'DO NOT', 'license key', 'serial number', 'DNS', 'İ', 'ß',
];
function randomText(seed: number, length: number): string {
  const next = seededRandom(seed);
  let text = '';
  while (text.length < length) text += PIECES[Math.floor(next() * PIECES.length)];
  return text.slice(0, length);
}

function checkEverything(text: string): void {
  const analysis = analyzeReply(text, { customerMessage: text, earlierCustomerMessages: [text] });
  expect(analysis.analyzedLength).toBeLessThanOrEqual(MAX_ANALYZED_CHARS);
  expect(analysis.truncated).toBe(text.length > MAX_ANALYZED_CHARS);
  for (const hint of analysis.hints) {
    expect(hint.start).toBeGreaterThanOrEqual(0);
    expect(hint.end).toBeLessThanOrEqual(analysis.analyzedLength);
    expect(text.slice(hint.start, hint.end)).toBe(hint.text);
  }
  const coverage = restatementCoverage(text, text);
  expect(coverage.coverage).toBeGreaterThanOrEqual(0);
  expect(coverage.coverage).toBeLessThanOrEqual(1);
  expect(Array.isArray(extractKeyTerms(text))).toBe(true);
  expect(typeof replySignals(text).thanks).toBe('boolean');
}

describe(`adversarial input up to ${SIZE.toLocaleString('en')} characters`, () => {
  test.each([
    ['one letter', 'a'.repeat(SIZE)],
    ['spaces', ' '.repeat(SIZE)],
    ['newlines', '\n'.repeat(SIZE)],
    ['blank lines with spaces', ' \n'.repeat(SIZE / 2)],
    ['dots', '.'.repeat(SIZE)],
    ['exclamation marks', '!'.repeat(SIZE)],
    ['straight quotes', '"'.repeat(SIZE)],
    ['curly open quotes', '“'.repeat(SIZE)],
    ['backticks', '`'.repeat(SIZE)],
    ['fences', '```\n'.repeat(SIZE / 4)],
    ['quote markers', '>'.repeat(SIZE)],
    ['quoted lines', '> a\n'.repeat(SIZE / 4)],
    ['digits and dots', '1.'.repeat(SIZE / 2)],
    ['hyphenated code', 'A-1'.repeat(SIZE / 3)],
    ['one long word with apostrophes', "a'".repeat(SIZE / 2)],
    ['links without spaces', 'http://'.repeat(SIZE / 7)],
    ['capitals', 'PLEASE '.repeat(SIZE / 7)],
    ['a repeated phrase', 'this will definitely fix it '.repeat(SIZE / 28)],
    ['emoji', '😀'.repeat(SIZE / 2)],
    ['unpaired high surrogates', '\uD800'.repeat(SIZE)],
    ['unpaired low surrogates', '\uDC00'.repeat(SIZE)],
    ['combining marks', 'e\u0301'.repeat(SIZE / 2)],
    ['mixed scripts', 'Привет 世界 مرحبا hello '.repeat(SIZE / 24)],
    ['a letter whose lower case is longer', 'İ'.repeat(SIZE)],
    ['one sentence without end', 'word '.repeat(SIZE / 5)],
  ])('returns for %s', (_what, text) => {
    checkEverything(text);
  });

  it('returns for random mixtures of everything above', () => {
    for (let seed = 1; seed <= 12; seed++) checkEverything(randomText(seed, seed % 3 === 0 ? SIZE : 5_000));
  });
});
