import { describe, expect, it } from 'vitest';
import { MAX_DRAFT_TEXT } from './limits';
import { REDACTION_PATTERNS, redactSensitive } from './redact-sensitive';
import { countBacktrackingSteps } from './testing/backtracking-steps';

/** Text as long as a draft keeps (the sidebar caps before it redacts), made of one unit repeated. */
const atTheCap = (unit: string) => unit.repeat(Math.ceil(MAX_DRAFT_TEXT / unit.length)).slice(0, MAX_DRAFT_TEXT);

/** Near misses for every pattern: the start of a secret again and again, or a long run that fails at its end. */
const ADVERSARIAL_UNITS = [
  'eyJ-', // a JWT start after every hyphen of one long token (the pattern that took 5.8 s on 1,000,000 characters)
  'eyJaaaaaaaa.',
  `eyJaaaaaaaa.eyJ${'a'.repeat(9000)}-`,
  '1 ', '1.', '1  ', '1\n', '1-',
  '111-11-',
  'password:', 'pw:\n', 'password is ', 'api_key=', `api_key=${'x'.repeat(600)} `, 'pin ', 'cvv 12',
  `sk_live_${'a'.repeat(300)} `, `ghp_${'a'.repeat(300)} `, 'xoxa-', 'AKIA', 'Bearer ', `Bearer ${'a'.repeat(15)} `,
  'DE00 ', 'DE00 AAAA ', `DE00${'A'.repeat(40)} `,
  'a', ' ',
];

/**
 * Steps per character allowed for one pattern: about twice the busiest pattern here (a list of 25
 * names tried at every position). Linear patterns stay under it at any length; the JWT pattern
 * before this limit took over 1,000 per character on "eyJ-" repeated.
 */
const MAX_STEPS_PER_CHARACTER = 32;

describe('redaction patterns at the length cap', () => {
  it.each(ADVERSARIAL_UNITS.map((unit) => [JSON.stringify(unit.length > 20 ? `${unit.slice(0, 16)}…` : unit), unit]))(
    'take a bounded number of steps per character on %s repeated',
    (_name, unit) => {
      const text = atTheCap(unit);
      for (const pattern of REDACTION_PATTERNS) {
        const { steps, matches } = countBacktrackingSteps(pattern, text);
        // The step counter must be matching what the engine matches, or its count means nothing.
        expect(matches, pattern.source).toEqual([...text.matchAll(pattern)].map((match) => [match.index, match.index + match[0].length]));
        expect(steps / text.length, pattern.source).toBeLessThanOrEqual(MAX_STEPS_PER_CHARACTER);
      }
    },
    60_000,
  );

  it('still finds the secret after a text of near misses', () => {
    const text = `${atTheCap('eyJ-').slice(0, MAX_DRAFT_TEXT - 40)} card 4111.1111.1111.1111`;
    expect(redactSensitive(text).endsWith(' card [card number removed]')).toBe(true);
  });
});
