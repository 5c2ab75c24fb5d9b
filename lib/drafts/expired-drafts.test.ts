import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { ListenFirstDatabase } from './db';
import { DEFAULT_RETENTION_DAYS, normalizeRetentionDays, PURGE_BATCH, purgeExpiredDrafts } from './expired-drafts';
import { draftRow } from './testing/draft-rows';

const DAY = 24 * 60 * 60 * 1000;
const NOW = Date.UTC(2026, 10, 22, 12);

let db: ListenFirstDatabase;
let name = 0;
beforeEach(() => {
  db = new ListenFirstDatabase(`test-expired-${name++}`);
});
afterEach(async () => {
  await db.delete();
});

const draft = (ticketId: string, updatedAt: number) => draftRow(ticketId, updatedAt);

describe('normalizeRetentionDays', () => {
  it.each([
    [undefined, DEFAULT_RETENTION_DAYS],
    [null, DEFAULT_RETENTION_DAYS],
    ['7', DEFAULT_RETENTION_DAYS],
    [0, DEFAULT_RETENTION_DAYS],
    [-3, DEFAULT_RETENTION_DAYS],
    [2.5, DEFAULT_RETENTION_DAYS],
    [Number.NaN, DEFAULT_RETENTION_DAYS],
    [100_000, DEFAULT_RETENTION_DAYS],
    [1, 1],
    [7, 7],
    [365, 365],
  ])('reads %j as %d days', (stored, days) => {
    expect(normalizeRetentionDays(stored)).toBe(days);
  });
});

describe('purgeExpiredDrafts', () => {
  it('deletes drafts last changed before the period and keeps the rest', async () => {
    await db.drafts.bulkPut([draft('1', NOW - 31 * DAY), draft('2', NOW - 30 * DAY - 1), draft('3', NOW - 30 * DAY + 1), draft('4', NOW - DAY)]);
    expect(await purgeExpiredDrafts(db, 30, NOW)).toBe(2);
    expect((await db.drafts.toCollection().primaryKeys()).sort()).toEqual(['zendesk:https://acme.zendesk.com#3', 'zendesk:https://acme.zendesk.com#4']);
  });

  it('deletes more than one batch, and reports the total', async () => {
    await db.drafts.bulkPut(Array.from({ length: PURGE_BATCH * 2 + 5 }, (_, i) => draft(String(i), NOW - 40 * DAY - i)));
    await db.drafts.put(draft('fresh', NOW));
    expect(await purgeExpiredDrafts(db, 30, NOW)).toBe(PURGE_BATCH * 2 + 5);
    expect(await db.drafts.toCollection().primaryKeys()).toEqual(['zendesk:https://acme.zendesk.com#fresh']);
  });

  it('deletes more than a batch of drafts saved at the very same moment', async () => {
    await db.drafts.bulkPut(Array.from({ length: PURGE_BATCH + 10 }, (_, i) => draft(String(i), NOW - 40 * DAY)));
    await db.drafts.bulkPut(Array.from({ length: PURGE_BATCH }, (_, i) => draft(`late-${i}`, NOW - 31 * DAY)));
    await db.drafts.put(draft('fresh', NOW));
    expect(await purgeExpiredDrafts(db, 30, NOW)).toBe(PURGE_BATCH * 2 + 10);
    expect(await db.drafts.toCollection().primaryKeys()).toEqual(['zendesk:https://acme.zendesk.com#fresh']);
  });

  it('clears the store in one go when every draft has expired', async () => {
    await db.drafts.bulkPut(Array.from({ length: PURGE_BATCH + 3 }, (_, i) => draft(String(i), NOW - 40 * DAY - i)));
    expect(await purgeExpiredDrafts(db, 30, NOW)).toBe(PURGE_BATCH + 3);
    expect(await db.drafts.count()).toBe(0);
  });

  it('deletes nothing from an empty store', async () => {
    expect(await purgeExpiredDrafts(db, 30, NOW)).toBe(0);
  });

  it('keeps an old ticket whose draft was touched again recently', async () => {
    await db.drafts.put({ ...draft('9', NOW - DAY), createdAt: NOW - 90 * DAY });
    expect(await purgeExpiredDrafts(db, 30, NOW)).toBe(0);
  });
});
