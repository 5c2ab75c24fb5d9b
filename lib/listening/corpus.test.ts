import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import { ALL_CATEGORIES_ON, analyzeReply } from './index';

// The committed corpus of realistic replies (tests/corpus), each with the customer message it answers.
const CORPUS = join(process.cwd(), 'tests', 'corpus');
interface Expectation {
  exactly?: string[];
  includes?: string[];
  excludes?: string[];
}
const expectations = JSON.parse(readFileSync(join(CORPUS, 'expectations.json'), 'utf8')) as Record<string, Expectation>;
const names = readdirSync(CORPUS)
  .filter((file) => file.endsWith('.reply.txt'))
  .map((file) => file.slice(0, -'.reply.txt'.length));

describe('the corpus of support replies', () => {
  test('every reply has an expectation', () => {
    expect(names.filter((name) => !(name in expectations))).toEqual([]);
  });

  test.each(names)('%s', (name) => {
    const reply = readFileSync(join(CORPUS, `${name}.reply.txt`), 'utf8');
    const customerMessage = readFileSync(join(CORPUS, `${name}.customer.txt`), 'utf8');
    // Every category on, as a team that turned no-next-step on sees them (OFF_BY_DEFAULT).
    const { hints } = analyzeReply(reply, { customerMessage, settings: ALL_CATEGORIES_ON });
    const categories = [...new Set(hints.map((h) => h.category))].sort();
    const expected = expectations[name] ?? {};
    if (expected.exactly) expect(categories).toEqual([...expected.exactly].sort());
    for (const category of expected.includes ?? []) expect(categories).toContain(category);
    for (const category of expected.excludes ?? []) expect(categories).not.toContain(category);
    for (const hint of hints) expect(reply.slice(hint.start, hint.end)).toBe(hint.text);
  });
});
