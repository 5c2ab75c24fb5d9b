/**
 * Which drafts have outlived the retention period, and deleting them. No browser APIs here (the
 * schedule and the setting are in retention.ts), so the benchmark can run it under Node.
 */
import type { ListenFirstDatabase } from './db';

export const DEFAULT_RETENTION_DAYS = 30;
export const MIN_RETENTION_DAYS = 1;
export const MAX_RETENTION_DAYS = 3_650;
const DAY_MS = 24 * 60 * 60 * 1000;

/** A whole number of days in range; anything else (missing, text, 0, NaN) means the default. */
export function normalizeRetentionDays(value: unknown): number {
  return typeof value === 'number' && Number.isInteger(value) && value >= MIN_RETENTION_DAYS && value <= MAX_RETENTION_DAYS
    ? value
    : DEFAULT_RETENTION_DAYS;
}

/**
 * About this many rows are deleted per transaction. A transaction that deletes holds the drafts
 * store, and in Chromium 1,000 deletes take about 0.2 s: a tab's save or load waits at most that long
 * behind a big purge (all of 10,000 at once would block it for 2 s, at browser start when every tab
 * loads its draft).
 */
export const PURGE_BATCH = 1_000;

/**
 * Deletes drafts last changed before the period began, found through the `updatedAt` index, oldest
 * first, in transactions of `batchSize` (Infinity: one transaction); returns how many. Each batch looks again, so a draft saved
 * meanwhile (its `updatedAt` now in the present) is no longer expired and stays. Each batch starts
 * where the last one ended rather than at the start of the index: Chromium leaves deleted index
 * entries behind for later clean-up, and re-reading from the start would walk them all every time.
 * Keys, then a bulk delete: Dexie's `Collection.delete()` on a secondary index reads every full row
 * (reply text and all) through a cursor just to delete it.
 */
export async function purgeExpiredDrafts(db: ListenFirstDatabase, retentionDays: number, now = Date.now(), batchSize = PURGE_BATCH): Promise<number> {
  const cutoff = now - normalizeRetentionDays(retentionDays) * DAY_MS;
  // Every draft expired (a browser unused for longer than the period): one clear() instead of a
  // delete per row, which in Chromium costs about 0.2 ms each. Counted and cleared in one
  // transaction, so a draft saved meanwhile is never caught by it.
  const cleared = await db.transaction('rw', db.drafts, async () => {
    if ((await db.drafts.where('updatedAt').aboveOrEqual(cutoff).count()) > 0) return null;
    const count = await db.drafts.count();
    await db.drafts.clear();
    return count;
  });
  if (cleared !== null) return cleared;
  let from = -Infinity;
  let deleted = 0;
  for (;;) {
    const batch = await db.transaction('rw', db.drafts, async () => {
      // Inclusive of `from`: drafts saved at the same moment as the last one deleted may remain.
      const keys = await db.drafts.where('updatedAt').between(from, cutoff, true, false).limit(batchSize).primaryKeys();
      const last = keys.length === batchSize ? await db.drafts.get(keys[keys.length - 1]!) : undefined;
      await db.drafts.bulkDelete(keys);
      return { count: keys.length, lastTime: last?.updatedAt };
    });
    deleted += batch.count;
    if (batch.lastTime === undefined) return deleted;
    from = batch.lastTime;
  }
}
