/**
 * jargon: technical words the customer did not use themselves (curated list plus the team's
 * words). One hint per word, at its first use, and none if that first use explains it
 * ("TTL (how long the old address is remembered)"). A customer who writes two curated terms
 * themselves is technical: only the team's own words are flagged for them.
 */
import type { Found, JargonEntry, LexiconEntry } from './lexicon';
import type { PreparedText } from './prepared-text';
import { NEGATIONS } from './phrase-rule';
import { expandPhrase } from './phrase-matcher';
import { followsWith } from './rule-engine';
import { isMenuLabel } from './shouting';
import type { Hint } from './types';

type JargonMatch = Found<Extract<LexiconEntry, { kind: 'jargon' }>>;

/** Curated terms a customer must use before their message counts as technical. */
export const TECHNICAL_CUSTOMER_TERMS = 2;
/**
 * Or this many of the words engineers write about their own systems ("HTTP 429s from /v2/tasks",
 * "the Retry-After header", "same token, same sync job"): a customer who writes them reads ours.
 */
export const TECHNICAL_CUSTOMER_WORDS = 3;
const TECHNICAL_WORDS = new Set([
  'http', 'https', 'header', 'headers', 'token', 'tokens', 'endpoint', 'endpoints', 'integration', 'payload', 'json', 'xml', 'yaml',
  'firmware', 'config', 'configuration', 'debug', 'logs', 'cli', 'ssh', 'sql', 'query', 'queries', 'script', 'scripts', 'curl', 'repo',
  'deploy', 'deployed', 'deployment', 'env', 'variable', 'variables', 'regex', 'cron', 'latency', 'requests', 'response', 'responses',
  'api', 'sdk', 'webhook', 'webhooks', 'dns', 'timeout', 'proxy', 'port', 'server', 'servers', 'localhost', 'runtime', 'stacktrace',
  'compile', 'compiled', 'build', 'builds', 'pipeline', 'schema', 'database', 'db', 'cpu', 'ram', 'kernel', 'driver', 'drivers',
  'vlan', 'vlans', 'vpn', 'subnet', 'ip', 'dhcp', 'lan', 'wan', 'nas', 'smb', 'ports',
  'ping', 'pings', 'packet', 'packets', 'mbps', 'gbps', 'router', 'routers', 'bandwidth', 'backhaul', 'dbm', 'ethernet', 'modem', 'ssid', 'throughput', 'congestion',
  // An electrician's measurements: "earth continuity", "0.08 ohms", "insulation resistance and polarity".
  'ohm', 'ohms', 'continuity', 'polarity', 'conductor', 'conductors', 'multimeter', 'voltmeter', 'amperage',
  // Someone who has pulled a device's log and cleared a cache: "firmware 4.12.0", "the Wayline Connect
  // cache folder", "a USB 2.0 port directly on the motherboard" (set 118 B-04: "checksum" is their word).
  'log', 'cache', 'usb', 'motherboard', 'bios', 'partition', 'checksum',
  // A driver who reads their car's fault memory: "the diagnostic printout", "limp mode", "transmission
  // faults stored and then cleared" (set 130 A-14: "ECU" is their word).
  'diagnostic', 'diagnostics', 'transmission', 'gearbox', 'limp', 'obd', 'dtc', 'dtcs',
  // Someone who runs jobs on rented machines: "an 8x H100 node", "restarted from the last checkpoint",
  // "NCCL timing out", "nvidia-smi showed ECC errors on GPU 5" (set 138 A-05: "webhook" is their word).
  'gpu', 'gpus', 'cuda', 'nccl', 'node', 'nodes', 'checkpoint', 'checkpoints', 'kubernetes', 'vm', 'vms',
  // Someone who reads their own energy monitor: "firmware 3.8.1", "23.6 kWh", "live wattage against a
  // known 2 kW kettle load" (set 149 B-19: "schema" read to him).
  'kwh', 'wattage',
  // Someone who runs a database in production: "Postgres 15.4", "failover to the standby", "replay_lag on
  // the standby", "your SLA page", "need RCA" (set 157 B-09: "latency" read to him).
  'postgres', 'postgresql', 'mysql', 'replication', 'failover', 'sla', 'rca',
  // Someone who runs video through an API: "HEVC 10-bit, HLG", "our mobile-720 preset", "retried by our
  // client" (set 345 A-06: "webhook" read to him).
  'preset', 'presets', 'codec', 'codecs', 'hevc', 'bitrate', 'transcode', 'transcoding', 'retry', 'retries', 'retried',
  // Someone who runs their own mail or log shipping: "I checked the MX and SPF", "Relay denied", "bills 2.31 TB ingested", "multiline
  // aggregation", "all sinks pointing at you" (sets 197 A-09, 173 B-16).
  'mx', 'spf', 'dkim', 'dmarc', 'smtp', 'imap', 'relay', 'ingest', 'ingested', 'ingestion', 'multiline', 'sink', 'sinks',
]);

const IP_ADDRESS = /(?<![\d.])\d{1,3}\.\d{1,3}\.\d{1,3}\.\d{1,3}(?![\d.]\d)/;
/** A request to their own API written out, method and path: "the API returns 502 Bad Gateway on GET /v2/projects/{id}/rankings" (set 173 B-14). */
const REQUEST_LINE = /\b(?:GET|POST|PUT|PATCH|DELETE) \/[\w{}:.\-]+\//;
/** Asking for the technical version outright: "Retired accountant, so happy with technical detail" (set 126 A-14). */
const WELCOMES_DETAIL = expandPhrase(
  '[happy|fine|comfortable|ok|okay|glad] [with|to have|to get|to read] [the|any|] [technical|tech] [detail|details|terms|language|jargon|explanation|explanations|answer]',
);
const WELCOME_OPENERS = new Set(WELCOMES_DETAIL.map(([first = '']) => first));

/**
 * Whether a customer's words are an engineer's: TECHNICAL_CUSTOMER_WORDS different ones of the list,
 * or they say they are happy with technical detail (not after a negation: "not happy with tech jargon").
 */
export function writesTechnically({ text, tokens }: Pick<PreparedText, 'text' | 'tokens'>): boolean {
  for (let i = 0; i < tokens.length; i++) {
    if (!WELCOME_OPENERS.has(tokens[i]?.norm ?? '') || NEGATIONS.includes(tokens[i - 1]?.norm ?? '')) continue;
    if (WELCOMES_DETAIL.some((words) => followsWith(tokens, i, words, true))) return true;
  }
  const seen = new Set<string>();
  for (const token of tokens) if (TECHNICAL_WORDS.has(token.norm)) seen.add(token.norm);
  // An address on their network ("192.168.0.47") is an engineer's word too.
  if (IP_ADDRESS.test(text)) seen.add('an address on their network');
  // …and so is a request line: whoever writes "GET /v2/projects/{id}/rankings" reads "parser".
  if (REQUEST_LINE.test(text)) return true;
  return seen.size >= TECHNICAL_CUSTOMER_WORDS;
}
export const SIGNATURE_MARKS = '^*~/_-';
const EXPLAINERS = [['which', 'is'], ['which', 'means'], ['meaning'], ['that', 'is'], ['short', 'for'], ['stands', 'for'], ['also', 'known', 'as'], ['aka']];

export function jargonHints(
  doc: PreparedText,
  matches: readonly JargonMatch[],
  customerJargon: ReadonlySet<JargonEntry>,
  technicalWriter = false,
): Hint[] {
  const { text, tokens } = doc;
  const technicalCustomer = isTechnicalCustomer(customerJargon, technicalWriter);
  const seen = new Set<JargonEntry>();
  const hints: Hint[] = [];
  const sorted = [...matches].sort((a, b) => a.first - b.first || b.last - a.last);
  for (const { first, last, entry } of sorted) {
    const { jargon } = entry;
    if (seen.has(jargon)) continue;
    seen.add(jargon);
    if (customerJargon.has(jargon) || (technicalCustomer && !jargon.team)) continue;
    const start = tokens[first]?.start ?? 0;
    const end = tokens[last]?.end ?? 0;
    if (isExplained(text, start, end) || isGlossed(tokens, last)) continue;
    // "a chargeback or payment reversal": the plain words glossing it, unless "or" leads to more jargon ("the DNS or the CNAME").
    if (followsWith(tokens, last + 1, ['or']) && !sorted.some((m) => m.first === last + 2 || m.first === last + 3)) continue;
    // "^QA", "*SR", "-JS": an agent's initials signing the reply, not a term.
    if (SIGNATURE_MARKS.includes(text[start - 1] ?? ' ')) continue;
    // "Case TLS-7781", "ticket API-4410": the letters of a reference, not the term (set 263 B-08).
    if (text[end] === '-' && /\d/.test(text[end + 1] ?? '')) continue;
    // "SPF 50": sunscreen's protection factor, not the e-mail record (set 265 B-05).
    if (text.slice(start, end) === 'SPF' && /^ ?\d/.test(text.slice(end, end + 2))) continue;
    // "SETTINGS > API > USAGE": a label on their screen to click, not a word to understand.
    if (isMenuLabel(text, start, end)) continue;
    const surface = text.slice(start, end);
    const hint: Hint = {
      category: 'jargon',
      rule: jargon.team ? 'team-jargon' : 'curated-jargon',
      start,
      end,
      text: surface,
      message: `“${surface}” is jargon they didn't use; say it plainly or explain it (Use their words).`,
    };
    if (jargon.plain) hint.suggestion = jargon.plain;
    hints.push(hint);
  }
  return hints;
}

/** A customer who writes curated terms themselves, or writes as an engineer, reads ours. */
export function isTechnicalCustomer(customerJargon: ReadonlySet<JargonEntry>, technicalWriter: boolean): boolean {
  let curatedByCustomer = 0;
  for (const entry of customerJargon) if (!entry.team) curatedByCustomer++;
  return technicalWriter || curatedByCustomer >= TECHNICAL_CUSTOMER_TERMS;
}

/** "TTL, which means …", "CT (short for …)": the words after the term explain it. */
export function isGlossed(tokens: PreparedText['tokens'], last: number): boolean {
  return EXPLAINERS.some((words) => followsWith(tokens, last + 1, words));
}

/** A term in parentheses, or followed by one, comes with its explanation. */
export function isExplained(text: string, start: number, end: number): boolean {
  let after = end;
  while (text[after] === ' ') after++;
  let before = start - 1;
  while (text[before] === ' ') before--;
  return text[after] === '(' || text[before] === '(';
}
