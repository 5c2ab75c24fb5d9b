// @vitest-environment node
import { spawnSync } from 'node:child_process';
import { join } from 'node:path';
import { describe, expect, it, test } from 'vitest';
import { main, type CliIo } from './analyze';

function run(args: string[], files: Record<string, string> = {}) {
  let out = '';
  let err = '';
  const io: CliIo = {
    out: (text) => (out += text),
    err: (text) => (err += text),
    readFile: (path) => {
      const content = files[path];
      if (content === undefined) throw Object.assign(new Error(`ENOENT: ${path}`), { code: 'ENOENT' });
      return content;
    },
  };
  const code = main(args, io);
  return { code, out, err };
}
const jsonl = (...lines: unknown[]) => lines.map((line) => (typeof line === 'string' ? line : JSON.stringify(line))).join('\n');

describe('analyze --jsonl', () => {
  it('writes one result line per input line, in order, in the documented shape', () => {
    const input = jsonl(
      { reply: 'This will definitely fix it.' },
      { reply: 'Your serial number is fine.', customer: 'My license key fails.', restatement: 'Your serial number fails?' },
      { reply: 'Thanks!' },
    );
    const { code, out, err } = run(['--jsonl', 'in.jsonl'], { 'in.jsonl': input });
    expect({ code, err }).toEqual({ code: 0, err: '' });
    const lines = out.trimEnd().split('\n').map((line) => JSON.parse(line));
    expect(lines).toHaveLength(3);
    expect(Object.keys(lines[0].hints[0])).toEqual(['category', 'rule', 'start', 'end', 'text', 'message', 'suggestion']);
    expect(lines[0]).toMatchObject({ hints: [{ category: 'overpromise', rule: 'certain-fix', start: 0, end: 27, text: 'This will definitely fix it' }] });
    expect(lines[0]).not.toHaveProperty('restatement');
    // The built-in term groups raise no hint (only a team's own pairs do); they still mark the key term renamed.
    expect(lines[1].hints).toEqual([]);
    expect(lines[1].restatement).toEqual({
      coverage: 0.5,
      fullAt: 2,
      covered: ['fails'],
      missing: [],
      mismatches: [{ customer: 'license key', used: 'serial number' }],
    });
    expect(lines[2]).toEqual({ hints: [] });
  });

  it('reads each line for its channel: a public social reply owes no thanks, an e-mail does', () => {
    const reply = 'We checked the sync job and it ran at two, wrote the file, and the summary builder read it when the monthly view opened on the home screen. '.repeat(2);
    const { out } = run(['--jsonl', 'in'], { in: jsonl({ reply, channel: 'email' }, { reply, channel: 'social' }) });
    const [email, social] = out.trimEnd().split('\n').map((line) => JSON.parse(line).hints.map((h: { category: string }) => h.category));
    expect(email).toContain('no-thanks');
    expect(social).not.toContain('no-thanks');
  });

  it('shows no-next-step only with --all-categories (it is off by default), in either form', () => {
    const reply = 'We checked the sync job and it ran at two, wrote the file, and the summary builder read it when the monthly view opened on the home screen. '.repeat(2);
    const categories = (args: string[]) => JSON.parse(run(args, { in: jsonl({ reply, channel: 'email' }) }).out).hints.map((h: { category: string }) => h.category);
    expect(categories(['--jsonl', 'in'])).not.toContain('no-next-step');
    expect(categories(['--jsonl', 'in', '--all-categories'])).toContain('no-next-step');
    expect(run(['in', '--all-categories'], { in: reply }).out).toContain('no-next-step');
    expect(run(['in'], { in: reply }).out).not.toContain('no-next-step');
  });

  it('refuses a channel it does not know, naming the line and the values', () => {
    const { code, out, err } = run(['--jsonl', 'in'], { in: jsonl({ reply: 'Hi', channel: 'fax' }) });
    expect({ code, out }).toEqual({ code: 1, out: '' });
    expect(err).toContain('line 1: "channel" must be one of email, web, chat, messaging, social, phone, api when given');
  });

  it('omits "suggestion" when a hint has none', () => {
    const { out } = run(['--jsonl', 'in'], { in: jsonl({ reply: 'Obviously it works.' }) });
    expect(Object.keys(JSON.parse(out).hints[0])).toEqual(['category', 'rule', 'start', 'end', 'text', 'message']);
  });

  it('skips blank lines', () => {
    const { code, out } = run(['--jsonl', 'in'], { in: `\n${jsonl({ reply: 'a' })}\n\n${jsonl({ reply: 'b' })}\n` });
    expect(code).toBe(0);
    expect(out).toBe('{"hints":[]}\n{"hints":[]}\n');
  });

  test.each([
    ['invalid JSON', jsonl({ reply: 'ok' }, '{"reply": "unterminated'), /^analyze: line 2: invalid JSON/],
    ['a missing reply', jsonl({ reply: 'ok' }, { customer: 'x' }), /^analyze: line 2: missing "reply"/],
    ['a reply that is not a string', jsonl({ reply: 42 }), /^analyze: line 1: "reply" must be a string/],
    ['a customer that is not a string', jsonl({ reply: 'x', customer: ['a'] }), /^analyze: line 1: "customer" must be a string/],
    ['an array instead of an object', '[1,2]', /^analyze: line 1: expected a JSON object/],
  ])('rejects %s naming the line, with no output and no stack trace', (_what, input, message) => {
    const { code, out, err } = run(['--jsonl', 'in'], { in: input });
    expect(code).toBe(1);
    expect(out).toBe('');
    expect(err).toMatch(message);
    expect(err).not.toContain('    at ');
  });

  it('names every bad line, not just the first', () => {
    const { err } = run(['--jsonl', 'in'], { in: 'x\n{"reply":"ok"}\ny' });
    expect(err.trim().split('\n')).toEqual([
      expect.stringMatching(/^analyze: line 1: invalid JSON/),
      expect.stringMatching(/^analyze: line 3: invalid JSON/),
    ]);
  });
});

describe('analyze FILE.txt', () => {
  it('prints the hints for a person: where, the words, why and what to try', () => {
    const { code, out } = run(['reply.txt', '--customer', 'customer.txt'], {
      'reply.txt': 'Hi,\nAre you sure you typed it right? This will definitely fix it.',
      'customer.txt': 'My license key fails.',
    });
    expect(code).toBe(0);
    expect(out).toContain('reply.txt: 2 hints');
    expect(out).toContain('line 2:1  doubting (are-you-sure)');
    expect(out).toContain('“Are you sure”');
    expect(out).toContain('Try: Could you walk me through the steps you took and what you saw?');
    expect(out).toContain('line 2:34  overpromise (certain-fix)');
  });

  it('says so when there is nothing to say', () => {
    expect(run(['r.txt'], { 'r.txt': 'Thanks, Lee!' }).out).toBe('r.txt: no hints\n');
  });

  test.each([
    [[], 2, /give one reply file/],
    [['a.txt', 'b.txt'], 2, /give one reply file/],
    [['--jsonl'], 2, /--jsonl takes exactly one FILE/],
    [['--customer'], 2, /--customer takes a FILE/],
    [['missing.txt'], 1, /cannot read "missing.txt": no such file/],
  ])('%j exits %i with a clear message', (args, exitCode, message) => {
    const { code, err } = run(args as string[]);
    expect(code).toBe(exitCode);
    expect(err).toMatch(message);
  });
});

describe('the real command', () => {
  const tsx = join(process.cwd(), 'node_modules', '.bin', 'tsx');
  const cli = join(process.cwd(), 'lib', 'cli', 'analyze.ts');

  it('reads standard input with "-" and exits 0', () => {
    const result = spawnSync(tsx, [cli, '--jsonl', '-'], { input: jsonl({ reply: 'Are you sure?' }), encoding: 'utf8' });
    expect(result.status).toBe(0);
    expect(JSON.parse(result.stdout).hints[0].rule).toBe('are-you-sure');
  });

  it('exits non-zero on bad input with the line number and no stack trace', () => {
    const result = spawnSync(tsx, [cli, '--jsonl', '-'], { input: '{"reply": "ok"}\nnope\n', encoding: 'utf8' });
    expect(result.status).toBe(1);
    expect(result.stdout).toBe('');
    expect(result.stderr).toMatch(/^analyze: line 2: invalid JSON/);
    expect(result.stderr).not.toContain('    at ');
  });
});
