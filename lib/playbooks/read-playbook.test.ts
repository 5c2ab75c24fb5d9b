import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { HELPDESK_IDS } from '../adapters/registry';
import { DEFAULT_PLAYBOOK } from './default-playbook';
import { MAX_LISTED_PROBLEMS } from './playbook-problems';
import { checkPlaybook, readPlaybookBytes, readPlaybookText, serializePlaybook } from './read-playbook';

const utf8 = (text: string) => new TextEncoder().encode(text);
const bytes = (...values: number[]) => new Uint8Array(values);

/** A small valid playbook; each malformed case below changes one thing in it. */
function validPlaybook() {
  return {
    version: 1,
    name: 'Acme support',
    checklists: [
      {
        id: 'everyday',
        name: 'Everyday',
        items: [
          { id: 'read', stage: 'listen', label: 'Read the whole message' },
          { id: 'restate', stage: 'restate', label: 'Restate it in their words', autoCheck: 'restated', required: true },
          { id: 'next', label: 'Say what happens next', help: 'And when they will hear from you.' },
          { id: 'thanks', label: 'Thank them' },
        ],
      },
    ],
  };
}

type Playbookish = ReturnType<typeof validPlaybook> & Record<string, unknown>;
function variant(change: (playbook: Playbookish) => void): string {
  const playbook = validPlaybook() as Playbookish;
  change(playbook);
  return JSON.stringify(playbook);
}
const firstItem = (playbook: Playbookish) => playbook.checklists[0]!.items[0] as Record<string, unknown>;

function problemsOf(result: ReturnType<typeof readPlaybookBytes>): readonly string[] {
  expect(result.ok).toBe(false);
  return result.ok ? [] : result.problems;
}

describe('reading a playbook file', () => {
  it('reads the default playbook back from its own export', () => {
    const result = readPlaybookBytes(utf8(serializePlaybook(DEFAULT_PLAYBOOK)));
    expect(result).toEqual({ ok: true, playbook: DEFAULT_PLAYBOOK });
  });

  it('reads a small team playbook, with a byte-order mark and a $schema line for editors', () => {
    const text = JSON.stringify({ $schema: './playbook.schema.json', ...validPlaybook() });
    const result = readPlaybookBytes(new Uint8Array([0xef, 0xbb, 0xbf, ...utf8(text)]));
    expect(result.ok && result.playbook.checklists[0]!.items.map((item) => item.id)).toEqual(['read', 'restate', 'next', 'thanks']);
  });

  it('keeps text that looks like code or a pattern as plain text', () => {
    const result = readPlaybookText(variant((p) => (firstItem(p).label = '${process.exit(1)} ^(a+)+$')));
    expect(result.ok && result.playbook.checklists[0]!.items[0]!.label).toBe('${process.exit(1)} ^(a+)+$');
  });

  it('counts brackets inside text as text, not nesting', () => {
    expect(readPlaybookText(variant((p) => (firstItem(p).label = '[[[[[[[[[[[[[[[[[[[[ {{{{{{{{{{{{{{{'))).ok).toBe(true);
  });

  it('says "checklists[0].items[3].label: expected text, got nothing" for an item without a label', () => {
    const text = variant((p) => delete (p.checklists[0]!.items[3] as Record<string, unknown>).label);
    expect(problemsOf(readPlaybookText(text))).toEqual(['checklists[0].items[3].label: expected text, got nothing']);
  });

  // Every one of these is refused, with a problem that names the place and the reason.
  it.each<[string, Uint8Array | string, string]>([
    // Not a file we can read at all
    ['an empty file', '', 'the file is empty'],
    ['a file of spaces and newlines', '  \n\t\n ', 'the file is empty'],
    ['Latin-1 text', bytes(0x7b, 0x22, 0x6e, 0x22, 0x3a, 0x22, 0x63, 0x61, 0x66, 0xe9, 0x22, 0x7d), 'not UTF-8 text'],
    ['UTF-16 with a byte-order mark', bytes(0xff, 0xfe, 0x7b, 0x00, 0x7d, 0x00), 'not UTF-8 text'],
    ['a PNG image', bytes(0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0x00, 0x00), 'not UTF-8 text'],
    ['a gzip archive', bytes(0x1f, 0x8b, 0x08, 0x00, 0x00, 0x00, 0x00, 0x00), 'not UTF-8 text'],
    ['an encoded lone surrogate', bytes(0x22, 0xed, 0xa0, 0x80, 0x22), 'not UTF-8 text'],
    ['an overlong UTF-8 sequence', bytes(0x22, 0xc0, 0xaf, 0x22), 'not UTF-8 text'],
    ['a file cut short', '{"version": 1, "name": "Acme", "checklists": [', 'the file is not JSON'],
    ['a trailing comma', '{"version": 1, "name": "Acme",}', 'the file is not JSON'],
    ['comments', '// our playbook\n{"version": 1}', 'the file is not JSON'],
    ['single quotes', "{'version': 1}", 'the file is not JSON'],
    ['YAML', 'version: 1\nname: Acme\n', 'the file is not JSON'],
    ['NaN', '{"version": NaN}', 'the file is not JSON'],
    ['two documents', '{"version": 1}{"version": 1}', 'the file is not JSON'],
    ['a spreadsheet saved as CSV', 'id,label\nread,Read the message\n', 'the file is not JSON'],
    ['a huge file', `{"version": 1, "name": "${'x'.repeat(300 * 1024)}"}`, 'a playbook can be at most 256 KB'],
    ['a megabyte of spaces', ' '.repeat(1024 * 1024), 'the file is 1.0 MB; a playbook can be at most 256 KB'],
    ['ten thousand nested lists', `${'['.repeat(10_000)}${']'.repeat(10_000)}`, 'nests lists and objects more than 10 deep'],
    ['deep nesting inside a field', variant((p) => (p.description = JSON.parse(`${'{"a":'.repeat(12)}1${'}'.repeat(12)}`))), 'more than 10 deep'],
    // The wrong kind of JSON
    ['a list', '[]', 'playbook: expected an object, got an empty list'],
    ['a string', '"playbook"', 'playbook: expected an object, got text "playbook"'],
    ['null', 'null', 'playbook: expected an object, got null'],
    ['a number', '42', 'playbook: expected an object, got the number 42'],
    // Versions
    ['a newer version', variant((p) => (p.version = 2)), 'version: this is a version 2 playbook, and this ListenFirst reads version 1; update ListenFirst'],
    ['no version', variant((p) => delete (p as Partial<Playbookish>).version), 'version: expected 1, got nothing'],
    ['the version as text', variant((p) => ((p as Record<string, unknown>).version = '1')), 'version: expected 1, got text "1"'],
    ['version 0', variant((p) => (p.version = 0)), 'version: expected 1, got the number 0'],
    // The playbook's own fields
    ['no name', variant((p) => delete (p as Partial<Playbookish>).name), 'name: expected text, got nothing'],
    ['a blank name', variant((p) => (p.name = '   ')), 'name: expected text, got blank text'],
    ['a name of 81 characters', variant((p) => (p.name = 'n'.repeat(81))), 'name: expected at most 80 characters, got 81'],
    ['a description that is a list', variant((p) => (p.description = ['one', 'two'])), 'description: expected text, got a list'],
    ['no checklists', variant((p) => delete (p as Partial<Playbookish>).checklists), 'checklists: expected a list, got nothing'],
    ['an empty list of checklists', variant((p) => (p.checklists = [])), 'checklists: expected at least one entry, got an empty list'],
    ['checklists as an object', variant((p) => ((p as Record<string, unknown>).checklists = { everyday: {} })), 'checklists: expected a list, got an object'],
    ['21 checklists', variant((p) => (p.checklists = Array.from({ length: 21 }, (_, i) => ({ ...p.checklists[0]!, id: `c${i}` })))), 'checklists: expected at most 20 entries, got 21'],
    ['two checklists with one id', variant((p) => p.checklists.push({ ...p.checklists[0]! })), 'checklists[1].id: "everyday" is already the id of checklist [0]'],
    ['a checklist without items', variant((p) => (p.checklists[0]!.items = [])), 'checklists[0].items: expected at least one entry, got an empty list'],
    ['41 items', variant((p) => (p.checklists[0]!.items = Array.from({ length: 41 }, (_, i) => ({ id: `i${i}`, label: 'x' })))), 'checklists[0].items: expected at most 40 entries, got 41'],
    // Items
    ['a label that is a number', variant((p) => (firstItem(p).label = 5)), 'checklists[0].items[0].label: expected text, got the number 5'],
    ['a label of 201 characters', variant((p) => (firstItem(p).label = 'l'.repeat(201))), 'checklists[0].items[0].label: expected at most 200 characters, got 201'],
    ['a label on two lines', variant((p) => (firstItem(p).label = 'Read\nthe message')), 'checklists[0].items[0].label: expected one line of plain text'],
    ['a label with a control character', variant((p) => (firstItem(p).label = 'Read\u0007')), 'checklists[0].items[0].label: expected one line of plain text'],
    ['a misspelt field', variant((p) => (firstItem(p).lable = 'Read')), 'checklists[0].items[0].lable: unknown field (did you mean "label"?)'],
    ['an unknown stage', variant((p) => (firstItem(p).stage = 'listn')), 'checklists[0].items[0].stage: expected one of "listen", "restate", "advise", "solve", "thank", got text "listn"'],
    ['an unknown automatic check', variant((p) => (firstItem(p).autoCheck = 'regex')), 'checklists[0].items[0].autoCheck: expected one of "restated", "clarifying-question", "next-step", "thanked", got text "regex"'],
    ['required as text', variant((p) => (firstItem(p).required = 'yes')), 'checklists[0].items[0].required: expected true or false, got text "yes"'],
    ['an item id with spaces and capitals', variant((p) => (firstItem(p).id = 'Read It')), 'checklists[0].items[0].id: expected an id of lowercase letters, digits and hyphens'],
    ['an empty item id', variant((p) => (firstItem(p).id = '')), 'checklists[0].items[0].id: expected an id, got empty text'],
    ['two items with one id', variant((p) => ((p.checklists[0]!.items[2] as Record<string, unknown>).id = 'read')), 'checklists[0].items[2].id: "read" is already the id of item [0]'],
    ['an item that is text', variant((p) => ((p.checklists[0]!.items as unknown[])[1] = 'Restate')), 'checklists[0].items[1]: expected an object, got text "Restate"'],
    // Conditions: data, never patterns
    ['an unknown helpdesk', variant((p) => ((p.checklists[0] as Record<string, unknown>).when = { helpdesks: ['zendesk', 'kayako'] })), `checklists[0].when.helpdesks[1]: expected one of ${HELPDESK_IDS.map((id) => `"${id}"`).join(', ')}, got text "kayako"`],
    ['an empty tag list', variant((p) => ((p.checklists[0] as Record<string, unknown>).when = { tags: [] })), 'checklists[0].when.tags: expected at least one entry, got an empty list'],
    ['a regex condition', variant((p) => ((p.checklists[0] as Record<string, unknown>).when = { regex: '^outage' })), 'checklists[0].when.regex: unknown field'],
    ['an expression condition', variant((p) => ((p.checklists[0] as Record<string, unknown>).when = { expression: 'ticket.priority > 2' })), 'checklists[0].when.expression: unknown field'],
    // Hints, vocabulary, wording, retention
    ['a hint switched "off" as text', variant((p) => (p.hintCategories = { jargon: 'off' })), 'hintCategories.jargon: expected true or false, got text "off"'],
    ['an unknown hint category', variant((p) => (p.hintCategories = { 'made-up': false })), 'hintCategories["made-up"]: unknown field'],
    ['a term pair without our word', variant((p) => (p.vocabulary = { termPairs: [{ customer: 'account' }] })), 'vocabulary.termPairs[0].ours: expected text, got nothing'],
    ['a jargon word that is a number', variant((p) => (p.vocabulary = { jargon: ['SLA', 404] })), 'vocabulary.jargon[1]: expected text, got the number 404'],
    ['a jargon pattern field', variant((p) => (p.vocabulary = { jargonPatterns: ['\\bTTL\\b'] })), 'vocabulary.jargonPatterns: unknown field'],
    ['a wording of 201 characters', variant((p) => (p.restatementPrefix = 'w'.repeat(201))), 'restatementPrefix: expected at most 200 characters, got 201'],
    ['no retention days', variant((p) => (p.retentionDays = 0)), 'retentionDays: expected at least 1 day, got 0'],
    ['retention over ten years', variant((p) => (p.retentionDays = 4000)), 'retentionDays: expected at most 3650 days, got 4000'],
    ['retention in part days', variant((p) => (p.retentionDays = 7.5)), 'retentionDays: expected a whole number of days'],
    ['retention as text', variant((p) => (p.retentionDays = '30')), 'retentionDays: expected a number, got text "30"'],
    ['a __proto__ field', '{"version":1,"name":"A","checklists":[{"id":"a","name":"A","items":[{"id":"a","label":"A"}]}],"__proto__":{"polluted":true}}', '__proto__: unknown field'],
  ])('refuses %s', (_what, file, expected) => {
    const input = typeof file === 'string' ? utf8(file) : file;
    const problems = problemsOf(readPlaybookBytes(input));
    expect(problems.join('\n')).toContain(expected);
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
  });

  it('lists every problem, each by path', () => {
    const text = variant((p) => {
      p.name = '';
      firstItem(p).label = 7;
      (p.checklists[0]!.items[1] as Record<string, unknown>).stage = 'later';
    });
    expect(problemsOf(readPlaybookText(text))).toEqual([
      'name: expected text, got blank text',
      'checklists[0].items[0].label: expected text, got the number 7',
      'checklists[0].items[1].stage: expected one of "listen", "restate", "advise", "solve", "thank", got text "later"',
    ]);
  });

  it(`lists the first ${MAX_LISTED_PROBLEMS} problems and counts the rest`, () => {
    const text = variant((p) => ((p.checklists[0] as Record<string, unknown>).items = Array.from({ length: 40 }, (_, i) => ({ id: `i${i}`, label: i, help: i }))));
    const problems = problemsOf(readPlaybookText(text));
    expect(problems).toHaveLength(MAX_LISTED_PROBLEMS + 1);
    expect(problems.at(-1)).toBe('…and 30 more problems');
  });

  it('checks values that are already parsed (policy, storage) the same way', () => {
    expect(checkPlaybook({ ...validPlaybook(), version: 3 })).toEqual({
      ok: false,
      code: 'invalid',
      error: 'version: this is a version 3 playbook, and this ListenFirst reads version 1; update ListenFirst',
      problems: ['version: this is a version 3 playbook, and this ListenFirst reads version 1; update ListenFirst'],
    });
    expect(checkPlaybook(validPlaybook()).ok).toBe(true);
  });
});

describe('the README', () => {
  it("shows a playbook that passes, under \"Team playbooks\"", async () => {
    const readme = await readFile(path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../../README.md'), 'utf8');
    const section = readme.slice(readme.indexOf('## Team playbooks'));
    const example = /```json\n([\s\S]*?)\n```/.exec(section)?.[1];
    expect(example).toBeDefined();
    const result = readPlaybookText(example!);
    expect(result.ok ? [] : result.problems).toEqual([]);
  });
});

describe('sites no built-in helpdesk covers (`sites`, lib/anysite)', () => {
  const withSites = (sites: unknown) => ({ ...DEFAULT_PLAYBOOK, sites });

  it('reads a site with its ticket parameter', () => {
    expect(checkPlaybook(withSites([{ origin: 'https://crm.example.com', ticketParameter: 'case' }]))).toMatchObject({ ok: true, playbook: { sites: [{ origin: 'https://crm.example.com', ticketParameter: 'case' }] } });
  });

  it.each([
    ['a wildcard', { origin: 'https://*.example.com' }, 'sites[0].origin'],
    ['plain http', { origin: 'http://crm.example.com' }, 'sites[0].origin'],
    ["a helpdesk's own domain", { origin: 'https://acme.zendesk.com' }, 'sites[0].origin'],
    ['a parameter that is a pattern', { origin: 'https://crm.example.com', ticketParameter: 'case|id' }, 'sites[0].ticketParameter'],
    ['a selector (no code or patterns in a playbook)', { origin: 'https://crm.example.com', replyBox: 'textarea' }, 'sites[0]'],
  ])('refuses %s, naming where', (_name, site, path) => {
    const read = checkPlaybook(withSites([site]));
    expect(read.ok).toBe(false);
    if (!read.ok) expect(read.problems.some((problem) => problem.startsWith(path))).toBe(true);
  });
});
