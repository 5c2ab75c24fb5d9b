import { describe, expect, it, test } from 'vitest';
import { analyzeReply, HINT_CATEGORIES, MAX_ANALYZED_CHARS } from './index';

const BAD_REPLY = `Hi,

Are you sure you typed the serial number right?? This will definitely fix it!! PLEASE restart the backend.
Sorry for any inconvenience.`;

describe('analyzeReply', () => {
  it('returns hints sorted by offset, each pointing at its own words', () => {
    const settings = { termPairs: [{ customer: 'license key', ours: 'serial number' }] };
    const { hints, truncated, analyzedLength } = analyzeReply(BAD_REPLY, { customerMessage: 'My license key fails.', settings });
    expect(truncated).toBe(false);
    expect(analyzedLength).toBe(BAD_REPLY.length);
    expect(hints.map((h) => h.category)).toEqual([
      'doubting', 'term-mismatch', 'overpromise', 'shouting', 'shouting', 'jargon', 'non-apology',
    ]);
    for (const hint of hints) {
      expect(BAD_REPLY.slice(hint.start, hint.end)).toBe(hint.text);
      expect(HINT_CATEGORIES).toContain(hint.category);
      expect(hint.message.length).toBeGreaterThan(20);
    }
    const starts = hints.map((h) => h.start);
    expect(starts).toEqual([...starts].sort((a, b) => a - b));
  });

  it('gives nothing for an empty reply', () => {
    expect(analyzeReply('')).toEqual({ hints: [], truncated: false, analyzedLength: 0 });
  });

  it('leaves out the categories a team switched off', () => {
    const { hints } = analyzeReply(BAD_REPLY, { settings: { disabledCategories: ['shouting', 'doubting', 'jargon'] } });
    expect(hints.map((h) => h.category)).toEqual(['overpromise', 'non-apology']);
  });

  it(`reads at most ${MAX_ANALYZED_CHARS} characters and says so`, () => {
    const reply = `${'x'.repeat(MAX_ANALYZED_CHARS - 40)} This will definitely fix it. ${'Simply restart it. '.repeat(20)}`;
    const { hints, truncated, analyzedLength } = analyzeReply(reply);
    expect(truncated).toBe(true);
    expect(analyzedLength).toBe(MAX_ANALYZED_CHARS);
    expect(hints.every((h) => h.end <= MAX_ANALYZED_CHARS)).toBe(true);
    expect(hints.some((h) => h.rule === 'minimizing')).toBe(false);
  });

  it('never cuts a surrogate pair in half at the cap', () => {
    const reply = `${'a'.repeat(MAX_ANALYZED_CHARS - 1)}😀 and more`;
    const { analyzedLength } = analyzeReply(reply);
    expect(analyzedLength).toBe(MAX_ANALYZED_CHARS - 1);
  });

  test.each([
    ['no context', undefined],
    ['an empty context', {}],
    ['empty settings', { settings: {} }],
    ['odd values from an untyped caller', { customerMessage: 42, earlierCustomerMessages: [null, 'x'], settings: { jargon: [7], termPairs: [null] } }],
  ])('copes with %s', (_what, context) => {
    expect(() => analyzeReply(BAD_REPLY, context as never)).not.toThrow();
  });

  it('offsets are UTF-16 indices into the original text, emoji and accents included', () => {
    const reply = '😀 Café é, obviously 🙂 this will definitely fix it.';
    for (const hint of analyzeReply(reply).hints) expect(reply.slice(hint.start, hint.end)).toBe(hint.text);
    expect(analyzeReply(reply).hints.map((h) => h.text)).toEqual(['obviously', 'this will definitely fix it']);
  });
});
