/**
 * The listening engine on the command line, for teams auditing their canned replies and for tests.
 *
 *   npm run --silent analyze -- --jsonl FILE     (FILE may be - for standard input)
 *     reads JSON lines {"reply": string, "customer"?: string, "restatement"?: string, "channel"?:
 *     email|web|chat|messaging|social|phone|api} and writes
 *     one JSON line per input line, in order: {"hints": [...], "restatement"?: {...}}.
 *   npm run analyze -- FILE.txt [--customer CUSTOMER.txt]
 *     prints the hints on one reply for a person to read.
 *   --all-categories (either form) also turns on the absence readings off by default (OFF_BY_DEFAULT: no-next-step's "nothing says what happens next").
 *
 * Bad input names its line on standard error and exits 1; a wrong command line exits 2.
 * Blank lines in JSON lines input are skipped. No stack trace is ever printed.
 */
import { readFileSync } from 'node:fs';
import { pathToFileURL } from 'node:url';
import { ALL_CATEGORIES_ON, analyzeReply, CHANNELS, OFF_BY_DEFAULT, restatementCoverage, type Channel, type Hint, type ListeningSettings } from '../listening/index';

export interface CliIo {
  out: (text: string) => void;
  err: (text: string) => void;
  readFile: (path: string) => string;
}

interface JsonlInput {
  reply: string;
  customer?: string;
  restatement?: string;
  /** The ticket's channel: what counts as a complete reply follows from it. */
  channel?: Channel;
}

const USAGE = `usage: analyze --jsonl FILE|-      one JSON result line per {"reply", "customer"?, "restatement"?, "channel"?} line
       analyze REPLY.txt [--customer CUSTOMER.txt]   hints on one reply, for a person
       --all-categories   also the absence readings off by default (${OFF_BY_DEFAULT.join(', ')})`;
const MAX_ERRORS_SHOWN = 20;

const processIo: CliIo = {
  out: (text) => process.stdout.write(text),
  err: (text) => process.stderr.write(text),
  readFile: (path) => readFileSync(path === '-' ? 0 : path, 'utf8'),
};

/** Runs the command line; returns the exit code. */
export function main(args: readonly string[], io: CliIo = processIo): number {
  try {
    return run(args, io);
  } catch (error) {
    io.err(`analyze: unexpected error: ${error instanceof Error ? error.message : String(error)}\n`);
    return 1;
  }
}

function run(allArgs: readonly string[], io: CliIo): number {
  if (allArgs.includes('--help') || allArgs.includes('-h')) {
    io.out(`${USAGE}\n`);
    return 0;
  }
  const settings: ListeningSettings | undefined = allArgs.includes('--all-categories') ? ALL_CATEGORIES_ON : undefined;
  const args = allArgs.filter((a) => a !== '--all-categories');
  const jsonl = args.indexOf('--jsonl');
  if (jsonl >= 0) {
    const file = args[jsonl + 1];
    if (file === undefined || args.length !== 2) return usageError(io, '--jsonl takes exactly one FILE (or - for standard input)');
    const input = readInput(io, file);
    return input === null ? 1 : analyzeJsonl(input, io, settings);
  }
  const customerFlag = args.indexOf('--customer');
  const customerFile = customerFlag >= 0 ? args[customerFlag + 1] : undefined;
  if (customerFlag >= 0 && customerFile === undefined) return usageError(io, '--customer takes a FILE');
  const rest = args.filter((_, i) => customerFlag < 0 || (i !== customerFlag && i !== customerFlag + 1));
  const [replyFile, ...extra] = rest;
  if (replyFile === undefined || extra.length > 0 || replyFile.startsWith('--')) return usageError(io, 'give one reply file');
  const reply = readInput(io, replyFile);
  const customer = customerFile === undefined ? undefined : readInput(io, customerFile);
  if (reply === null || customer === null) return 1;
  io.out(formatForPerson(replyFile, reply, customer, settings));
  return 0;
}

function usageError(io: CliIo, problem: string): number {
  io.err(`analyze: ${problem}\n${USAGE}\n`);
  return 2;
}

function readInput(io: CliIo, path: string): string | null {
  try {
    return io.readFile(path);
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    const reason = code === 'ENOENT' ? 'no such file' : code === 'EISDIR' ? 'is a directory' : (code ?? 'unreadable');
    io.err(`analyze: cannot read ${path === '-' ? 'standard input' : `"${path}"`}: ${reason}\n`);
    return null;
  }
}

function analyzeJsonl(input: string, io: CliIo, settings: ListeningSettings | undefined): number {
  const lines = input.split(/\r?\n/);
  const parsed: JsonlInput[] = [];
  const errors: string[] = [];
  lines.forEach((line, index) => {
    if (line.trim() === '') return;
    const result = parseLine(line);
    if (typeof result === 'string') errors.push(`line ${index + 1}: ${result}`);
    else parsed.push(result);
  });
  if (errors.length > 0) {
    for (const error of errors.slice(0, MAX_ERRORS_SHOWN)) io.err(`analyze: ${error}\n`);
    if (errors.length > MAX_ERRORS_SHOWN) io.err(`analyze: … and ${errors.length - MAX_ERRORS_SHOWN} more bad lines\n`);
    return 1;
  }
  const out = parsed.map((item) => JSON.stringify(resultOf(item, settings)));
  io.out(out.length > 0 ? `${out.join('\n')}\n` : '');
  return 0;
}

/** The input of one line, or what is wrong with it. */
function parseLine(line: string): JsonlInput | string {
  let value: unknown;
  try {
    value = JSON.parse(line);
  } catch (error) {
    return `invalid JSON (${error instanceof Error ? error.message : 'unreadable'})`;
  }
  if (typeof value !== 'object' || value === null || Array.isArray(value)) return 'expected a JSON object like {"reply": "…"}';
  const record = value as Record<string, unknown>;
  if (!('reply' in record)) return 'missing "reply" (a string)';
  if (typeof record.reply !== 'string') return '"reply" must be a string';
  for (const field of ['customer', 'restatement'] as const) {
    if (record[field] !== undefined && typeof record[field] !== 'string') return `"${field}" must be a string when given`;
  }
  if (record.channel !== undefined && !(CHANNELS as readonly unknown[]).includes(record.channel)) {
    return `"channel" must be one of ${CHANNELS.join(', ')} when given`;
  }
  return record as unknown as JsonlInput;
}

function resultOf({ reply, customer, restatement, channel }: JsonlInput, settings: ListeningSettings | undefined): object {
  const { hints } = analyzeReply(reply, { customerMessage: customer, ...(channel ? { channel } : {}), ...(settings ? { settings } : {}) });
  const result: { hints: object[]; restatement?: object } = { hints: hints.map(cliHint) };
  if (restatement !== undefined) {
    const { coverage, fullAt, covered, missing, mismatches } = restatementCoverage(customer ?? '', restatement);
    result.restatement = { coverage, fullAt, covered, missing, mismatches };
  }
  return result;
}

function cliHint({ category, rule, start, end, text, message, suggestion }: Hint): object {
  return suggestion === undefined
    ? { category, rule, start, end, text, message }
    : { category, rule, start, end, text, message, suggestion };
}

function formatForPerson(name: string, reply: string, customer: string | undefined, settings: ListeningSettings | undefined): string {
  const { hints, truncated, analyzedLength } = analyzeReply(reply, { customerMessage: customer, ...(settings ? { settings } : {}) });
  const lines = [`${name}: ${hints.length === 0 ? 'no hints' : `${hints.length} hint${hints.length === 1 ? '' : 's'}`}`];
  if (truncated) lines.push(`(only the first ${analyzedLength} characters were read)`);
  for (const hint of hints) {
    const where = hint.start === hint.end ? 'whole reply' : `line ${position(reply, hint.start)}`;
    lines.push('', `  ${where}  ${hint.category} (${hint.rule})`);
    if (hint.text !== '') lines.push(`    “${hint.text.replace(/\s+/g, ' ')}”`);
    lines.push(`    ${hint.message}`);
    if (hint.suggestion !== undefined) lines.push(`    Try: ${hint.suggestion}`);
  }
  return `${lines.join('\n')}\n`;
}

/** "3:14": 1-based line and column of an offset. */
function position(text: string, offset: number): string {
  const before = text.slice(0, offset);
  const line = before.split('\n').length;
  return `${line}:${offset - before.lastIndexOf('\n')}`;
}

if (process.argv[1] !== undefined && import.meta.url === pathToFileURL(process.argv[1]).href) {
  process.stdout.on('error', (error: NodeJS.ErrnoException) => {
    if (error.code !== 'EPIPE') throw error;
  });
  process.exitCode = main(process.argv.slice(2));
}
