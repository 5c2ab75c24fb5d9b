/**
 * A team playbook subscribed to by URL (an intranet page, a repository's raw file). Downloaded when
 * the agent subscribes, on a schedule and on demand; a download that fails or serves a bad document
 * is recorded and the last good copy stays in use.
 */
import { storedValue } from '../storage/extension-storage';
import { PLAYBOOK_LIMITS, type Playbook } from './playbook-schema';
import { failure, refusal, type Failure, type Ok, type Refusal } from '../result';
import { checkPlaybook, readPlaybookBytes, type PlaybookReadResult } from './read-playbook';
import { singleSiteProblem } from './single-site';
import type { TeamPlaybook } from './team-playbook-store';

export const SUBSCRIPTION_KEY = 'playbook-subscription';
export const SUBSCRIPTION_ALARM = 'playbook-subscription-refresh';
export const SUBSCRIPTION_REFRESH_MINUTES = 60;
export const DOWNLOAD_TIMEOUT_MS = 15_000;
const MAX_URL_CHARS = 2_000;

export interface SubscriptionRecord {
  url: string;
  since: number;
  /** The last copy that passed the schema: what agents use while the URL fails. */
  lastGood: { playbook: Playbook; fetchedAt: number };
  /** The latest download, good or not; `problems` is empty when it succeeded. */
  lastAttempt: { at: number; problems: string[] };
}

export interface DownloadOptions {
  fetchImpl?: typeof fetch;
  timeoutMs?: number;
  now?: () => number;
}

export type UrlCheck = Ok<{ url: string; originPattern: string }> | Failure<'invalid'>;

export function checkSubscriptionUrl(input: string): UrlCheck {
  const trimmed = input.trim();
  if (!trimmed) return failure('invalid', 'expected the address of a playbook file, got nothing');
  if (trimmed.length > MAX_URL_CHARS) return failure('invalid', `expected an address of at most ${MAX_URL_CHARS} characters`);
  let url: URL;
  try {
    url = new URL(trimmed);
  } catch {
    return failure('invalid', `expected an address like https://intranet.example.com/playbook.json, got "${trimmed.slice(0, 80)}"`);
  }
  if (url.protocol !== 'https:' && url.protocol !== 'http:') return failure('invalid', 'expected an http or https address');
  if (url.username || url.password) return failure('invalid', 'an address with a user name or password in it is not accepted');
  const problem = singleSiteProblem(url);
  if (problem) return failure('invalid', problem);
  url.hash = '';
  return { ok: true, url: url.href, originPattern: `${url.protocol}//${url.hostname}/*` };
}

/** Reads at most `maxBytes` of the body, so a huge or endless answer costs nothing more. */
async function readCappedBody(response: Response, maxBytes: number): Promise<Uint8Array | null> {
  const declared = Number(response.headers.get('content-length'));
  if (Number.isFinite(declared) && declared > maxBytes) return null;
  if (!response.body) return new Uint8Array(await response.arrayBuffer());
  const reader = response.body.getReader();
  const chunks: Uint8Array[] = [];
  let total = 0;
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    total += value.byteLength;
    if (total > maxBytes) {
      await reader.cancel().catch(() => undefined);
      return null;
    }
    chunks.push(value);
  }
  const bytes = new Uint8Array(total);
  let offset = 0;
  for (const chunk of chunks) {
    bytes.set(chunk, offset);
    offset += chunk.byteLength;
  }
  return bytes;
}

/** `application/json` or a JSON-based type (`application/schema+json`); never HTML, text or a script. */
function isJsonContentType(header: string | null): boolean {
  const type = (header ?? '').split(';')[0]!.trim().toLowerCase();
  return type === 'application/json' || /^application\/[\w.-]+\+json$/.test(type);
}

/** Why an answer is not used before its body is read, or null. */
function responseProblem(url: URL, response: Response): string | null {
  // fetch follows redirects itself (an extension can't see where an opaque manual redirect leads), so
  // the final address is checked before anything of the answer is read: a playbook host can't point
  // the agent's cookies and the extension's host permissions at a helpdesk or any other site.
  const finalUrl = new URL(response.url || url.href);
  if (finalUrl.origin !== url.origin) return `the address redirected to another site (${finalUrl.origin}); only redirects within ${url.origin} are followed`;
  if (!response.ok) return `the server answered ${response.status}${response.statusText ? ` ${response.statusText}` : ''}`;
  const type = response.headers.get('content-type');
  if (!isJsonContentType(type)) return `the file is not JSON: the server sent it as ${type ? type.split(';')[0] : 'an unnamed type'} (expected application/json)`;
  return null;
}

/** Downloads and checks a playbook; every failure is a sentence, never an exception. */
export async function downloadPlaybook(address: string, options: DownloadOptions = {}): Promise<PlaybookReadResult> {
  const { fetchImpl = fetch, timeoutMs = DOWNLOAD_TIMEOUT_MS } = options;
  // Checked again at every download: a subscription stored by an earlier version may be plain http.
  const checked = checkSubscriptionUrl(address);
  if (!checked.ok) return refusal('invalid', [checked.error]);
  const url = new URL(checked.url);
  const signal = AbortSignal.timeout(timeoutMs);
  let response: Response;
  try {
    // With the agent's cookies for that site, like opening it in a tab: intranets sit behind a login.
    response = await fetchImpl(url.href, { credentials: 'include', cache: 'no-store', redirect: 'follow', signal });
  } catch (error) {
    if (signal.aborted) return refusal('download', [`no answer from ${url.host} within ${Math.round(timeoutMs / 1000)} s`]);
    return refusal('download', [`could not reach ${url.host} (${error instanceof Error ? error.message : 'network error'})`]);
  }
  const problem = responseProblem(url, response);
  if (problem) {
    await response.body?.cancel().catch(() => undefined);
    return refusal('download', [problem]);
  }
  let bytes: Uint8Array | null;
  try {
    bytes = await readCappedBody(response, PLAYBOOK_LIMITS.fileBytes);
  } catch (error) {
    if (signal.aborted) return refusal('download', [`the download did not finish within ${Math.round(timeoutMs / 1000)} s`]);
    return refusal('download', [`the download broke off (${error instanceof Error ? error.message : 'network error'})`]);
  }
  if (!bytes) return refusal('download', [`the download is larger than ${PLAYBOOK_LIMITS.fileBytes / 1024} KB, the most a playbook can be`]);
  return readPlaybookBytes(bytes);
}

/** The stored subscription, checked again (its copy must still pass the schema). */
export function readStoredSubscription(value: unknown): SubscriptionRecord | null {
  const record = value as Partial<SubscriptionRecord> | null;
  if (!record || typeof record !== 'object' || typeof record.url !== 'string' || typeof record.since !== 'number') return null;
  const lastGood = record.lastGood;
  if (!lastGood || typeof lastGood.fetchedAt !== 'number') return null;
  const read = checkPlaybook(lastGood.playbook);
  if (!read.ok) return null;
  const attempt = record.lastAttempt;
  const lastAttempt =
    attempt && typeof attempt.at === 'number' && Array.isArray(attempt.problems)
      ? { at: attempt.at, problems: attempt.problems.filter((problem): problem is string => typeof problem === 'string') }
      : { at: lastGood.fetchedAt, problems: [] };
  return { url: record.url, since: record.since, lastGood: { playbook: read.playbook, fetchedAt: lastGood.fetchedAt }, lastAttempt };
}

/** Nothing stored reads as undefined, a stored subscription that no longer passes as null (see effective-settings.ts). */
export const subscriptionValue = storedValue(SUBSCRIPTION_KEY, (raw) => (raw === undefined ? undefined : readStoredSubscription(raw)));

export async function loadSubscription(): Promise<SubscriptionRecord | null> {
  return (await subscriptionValue.get()) ?? null;
}

export function subscriptionTeamPlaybook(record: SubscriptionRecord): TeamPlaybook {
  return { playbook: record.lastGood.playbook, source: { kind: 'subscription', url: record.url, at: record.lastGood.fetchedAt } };
}

/**
 * Subscribes once the first download passes; a URL that fails from the start subscribes nothing.
 * The caller asks for the origin's permission first, in the click that started it.
 */
export async function subscribe(url: string, options: DownloadOptions = {}): Promise<PlaybookReadResult> {
  const now = options.now ?? Date.now;
  const read = await downloadPlaybook(url, options);
  if (read.ok) {
    const at = now();
    const record: SubscriptionRecord = { url, since: at, lastGood: { playbook: read.playbook, fetchedAt: at }, lastAttempt: { at, problems: [] } };
    await subscriptionValue.set(record);
  }
  return read;
}

/** `superseded`: the agent unsubscribed or changed the address while this downloaded; nothing was recorded. */
export type RefreshOutcome = { subscribed: false } | ({ subscribed: true; record: SubscriptionRecord } & (Ok | Refusal<'invalid' | 'download' | 'superseded'>));

/** Downloads the subscribed playbook again: a good copy replaces the old one, a bad one is only recorded. */
export async function refreshSubscription(options: DownloadOptions = {}): Promise<RefreshOutcome> {
  const now = options.now ?? Date.now;
  const before = await loadSubscription();
  if (!before) return { subscribed: false };
  const read = await downloadPlaybook(before.url, options);
  // The agent may have unsubscribed or changed the URL while this downloaded.
  const current = await loadSubscription();
  if (!current || current.url !== before.url) {
    return current ? { subscribed: true, record: current, ...failure('superseded', 'the subscription changed while this downloaded'), problems: [] } : { subscribed: false };
  }
  const at = now();
  const record: SubscriptionRecord = read.ok
    ? { ...current, lastGood: { playbook: read.playbook, fetchedAt: at }, lastAttempt: { at, problems: [] } }
    : { ...current, lastAttempt: { at, problems: [...read.problems] } };
  await subscriptionValue.set(record);
  return read.ok ? { subscribed: true, ok: true, record } : { subscribed: true, record, ...read };
}

export async function unsubscribe(): Promise<void> {
  await subscriptionValue.remove();
}
