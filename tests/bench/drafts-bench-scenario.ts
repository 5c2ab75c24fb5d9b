/**
 * What tests/bench/drafts-bench.ts measures, written against the global `indexedDB` so the same code
 * runs under Node (fake-indexeddb) and, bundled, in a real Chromium page. Returns plain data.
 */
import { ticketKey } from '../../lib/adapters/types';
import { ListenFirstDatabase, type DraftRow } from '../../lib/drafts/db';
import { withSearchWords } from '../../lib/drafts/draft-store';
import { purgeExpiredDrafts } from '../../lib/drafts/expired-drafts';
import { listRecentDrafts, searchDrafts } from '../../lib/drafts/recent-drafts';
import { seededRandom } from '../seeded-random';

const DAY = 24 * 60 * 60 * 1000;
const NOW = Date.UTC(2026, 10, 22, 12);

export interface BenchRow {
  operation: string;
  ms: number[];
  result: string;
}

const SUBJECTS = [
  'License key rejected after update', 'Export times out on large projects', 'Charged twice this month', 'Invoice PDF is blank',
  'Cannot log in with SSO', 'Password reset email never arrives', 'App crashes when opening settings', 'Refund for annual plan',
  'Sync stopped between devices', 'Two-factor code not accepted', 'Slow dashboard since Monday', 'Webhook deliveries failing',
  'Custom domain shows certificate error', 'Cannot invite new team members', 'Order arrived damaged', 'Where is my order',
  'Feature request: dark mode', 'API returns 429 too often', 'Data missing after migration', 'Calendar events duplicated',
];
const PHRASES = [
  'your license key is rejected', 'the export stops after a minute', 'you were charged twice', 'the invoice opens empty',
  'single sign-on fails with an error', 'the reset email does not arrive', 'the app closes when you open settings',
  'you would like a refund for the annual plan', 'changes no longer sync to your phone', 'the code from your authenticator is refused',
  'the dashboard takes a long time to load', 'webhooks to your server fail', 'the browser warns about the certificate',
  'new colleagues never get the invitation', 'the parcel was damaged', 'tracking has not moved for a week',
  'you would like a dark theme', 'the API limits you too often', 'some records are missing since the migration',
  'every event appears twice',
];
const ACCOUNTS = ['acme', 'globex', 'initech', 'umbrella', 'hooli', 'stark-industries', 'wayne', 'wonka'];

export function seedRows(count: number): DraftRow[] {
  const next = seededRandom(20261122);
  const pick = <T>(items: readonly T[]): T => items[Math.floor(next() * items.length)]!;
  return Array.from({ length: count }, (_, i) => {
    const helpdesk = next() < 0.6 ? 'zendesk' : 'freshdesk';
    const account = pick(ACCOUNTS);
    const ticketId = String(100_000 + i * 7);
    // Spread over 60 days: with 30 days' retention about half have expired.
    const updatedAt = NOW - Math.floor(next() * 60 * DAY);
    const restatement = `${pick(PHRASES)}, and ${pick(PHRASES)} since ${pick(['Monday', 'the update', 'last week', 'yesterday'])}.`;
    const origin = `https://${account}.${helpdesk}.com`;
    return withSearchWords({
      key: ticketKey(helpdesk, origin, '', ticketId),
      helpdesk,
      origin,
      account: '',
      ticketId,
      // One draft in 1,000 is about something rare.
      subject: i % 1_000 === 0 ? 'Chargeback notice from the bank' : pick(SUBJECTS),
      restatement,
      checklist: { listen: { done: true, auto: false }, restate: { done: next() < 0.5, auto: true } },
      dismissedHints: next() < 0.2 ? ['jargon:jargon-term:sso'] : [],
      reply: next() < 0.3 ? `Hi, thanks for writing in. I understand ${restatement} I have checked your account and` : '',
      replySavedAt: null,
      revision: 1 + Math.floor(next() * 5),
      createdAt: updatedAt - DAY,
      updatedAt,
    });
  });
}

const SEARCHES: [label: string, query: string][] = [
  ['search: a common word, 15% ("charged")', 'charged'],
  ['search: a word in 5% ("webhooks")', 'webhooks'],
  ['search: a word in 0.1% ("chargeback")', 'chargeback'],
  ['search: a ticket id ("100707")', '100707'],
  ['search: a ticket id start ("1347")', '1347'],
  ['search: two words ("refund annual")', 'refund annual'],
  ['search: two mid-frequency words ("sso week")', 'sso week'],
  ['search: two letters ("ex")', 'ex'],
  ['search: one letter ("w")', 'w'],
  ['search: stop words only ("you were")', 'you were'],
  ['search: no match ("zeppelin")', 'zeppelin'],
];

async function time<T>(work: () => Promise<T>): Promise<[number, T]> {
  const started = performance.now();
  const result = await work();
  return [performance.now() - started, result];
}

/** `runs` fresh databases of `count` drafts each; every operation timed once per database. */
export async function measureDraftsStore(count: number, runs: number): Promise<BenchRow[]> {
  const rows = seedRows(count);
  const table = new Map<string, BenchRow>();
  const record = (operation: string, ms: number, result = '') => {
    const row = table.get(operation) ?? { operation, ms: [], result };
    row.ms.push(ms);
    row.result = result;
    table.set(operation, row);
  };
  const howMany = count.toLocaleString('en');
  for (let run = 0; run < runs; run++) {
    const name = `bench-drafts-${run}-${Date.now()}`;
    const seeding = new ListenFirstDatabase(name);
    const [seedMs] = await time(() => seeding.drafts.bulkPut(rows));
    record(`seed ${howMany} drafts (bulkPut, for reference)`, seedMs);
    seeding.close();

    // What the popup does: open the (existing) database and list the first page.
    const db = new ListenFirstDatabase(name);
    const [firstPageMs, firstPage] = await time(async () => {
      await db.open();
      return listRecentDrafts(db, { limit: 20 });
    });
    record('open + first page of 20 (recent)', firstPageMs, `${firstPage.items.length} items`);
    const [secondPageMs] = await time(() => listRecentDrafts(db, { limit: 20, offset: 20 }));
    record('next page of 20 (offset 20)', secondPageMs);
    for (const [label, query] of SEARCHES) {
      const [ms, page] = await time(() => searchDrafts(db, query, { limit: 20 }));
      record(label, ms, `${page.items.length}${page.hasMore ? '+' : ''} shown`);
    }
    const [purgeMs, purged] = await time(() => purgeExpiredDrafts(db, 30, NOW));
    record('purge expired, 30 days (batches of 1,000)', purgeMs, `${purged.toLocaleString('en')} deleted`);
    await db.drafts.bulkPut(rows);
    const [purgeAllMs, purgedAll] = await time(() => purgeExpiredDrafts(db, 1, NOW + 61 * DAY));
    record(`purge all ${howMany} (batches of 1,000)`, purgeAllMs, `${purgedAll.toLocaleString('en')} deleted`);
    await db.drafts.bulkPut(rows);
    const [purgeOnceMs, purgedOnce] = await time(() => purgeExpiredDrafts(db, 1, NOW + 61 * DAY, Infinity));
    record(`purge all ${howMany} (one transaction)`, purgeOnceMs, `${purgedOnce.toLocaleString('en')} deleted`);
    await db.delete();
  }
  return [...table.values()];
}
