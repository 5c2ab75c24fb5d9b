/**
 * `npm run bench:redaction`: how long `redactSensitive` takes on 10,000, 100,000 and 1,000,000
 * characters of ordinary reply text and of near misses built to make a backtracking engine rescan
 * (the sidebar caps a reply at 100,000 before redacting; 1,000,000 shows the growth is linear).
 * Medians of RUNS runs (default 5). It prints; it never fails a build on timing.
 */
import { redactSensitive } from '../../lib/drafts/redact-sensitive';

const RUNS = Number(process.env.RUNS ?? 5);
const LENGTHS = [10_000, 100_000, 1_000_000];
const INPUTS: Record<string, string> = {
  'a support reply': 'Hi Marta, thanks for the details. I checked the export on 4.2.1 and your card 4111 1111 1111 1111 was refunded. ',
  'JWT starts after hyphens': 'eyJ-',
  'digits and spaces': '1 ',
  'digits and dots': '1.',
  'password names': 'password:',
  'api_key= names': 'api_key=',
  'IBAN starts': 'DE00 AAAA ',
  'one long token': 'a',
};

const fill = (unit: string, length: number) => unit.repeat(Math.ceil(length / unit.length)).slice(0, length);

function medianMs(text: string): number {
  const times: number[] = [];
  for (let run = 0; run < RUNS; run++) {
    const started = performance.now();
    redactSensitive(text);
    times.push(performance.now() - started);
  }
  return times.sort((a, b) => a - b)[Math.floor(times.length / 2)]!;
}

const header = ['input', ...LENGTHS.map((length) => `${length.toLocaleString('en')} chars`)];
const rows = Object.entries(INPUTS).map(([name, unit]) => [name, ...LENGTHS.map((length) => `${medianMs(fill(unit, length)).toFixed(1)} ms`)]);
const widths = header.map((_, column) => Math.max(...[header, ...rows].map((row) => row[column]!.length)));
const line = (row: string[]) => row.map((cell, column) => (column ? cell.padStart(widths[column]!) : cell.padEnd(widths[column]!))).join('  ');
console.log(`redactSensitive, median of ${RUNS} runs (Node ${process.version})`);
console.log(line(header));
for (const row of rows) console.log(line(row));
