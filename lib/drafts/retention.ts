/**
 * Drafts are kept for a retention period (30 days unless set otherwise), counted from their last
 * change, then deleted by the background: at startup, every six hours by alarm, and when the period
 * changes. The period is read from `browser.storage.local` (`retention-days`), which a team policy
 * will be able to set later.
 */
import { browser } from 'wxt/browser';
import { storage } from 'wxt/utils/storage';
import type { ListenFirstDatabase } from './db';
import { normalizeRetentionDays, purgeExpiredDrafts } from './expired-drafts';

export const RETENTION_ALARM = 'drafts-retention';
export const RETENTION_PERIOD_MINUTES = 6 * 60;

/** `browser.storage.local` key `retention-days`. */
export const retentionDaysItem = storage.defineItem<unknown>('local:retention-days');

export async function getRetentionDays(): Promise<number> {
  return normalizeRetentionDays(await retentionDaysItem.getValue());
}

export interface RetentionSchedule {
  /** The purge started at startup (tests await it). */
  startup: Promise<number>;
  stop(): void;
}

/**
 * Wires the schedule. Call it synchronously when the background starts: an MV3 service worker only
 * receives the alarm if its listener was added in the first turn. A purge failure is logged, never
 * thrown: the next alarm tries again.
 */
export function scheduleDraftRetention(db: ListenFirstDatabase, readDays: () => Promise<number> = getRetentionDays): RetentionSchedule {
  const purge = async (): Promise<number> => {
    try {
      return await purgeExpiredDrafts(db, await readDays());
    } catch (error) {
      console.warn('ListenFirst: could not delete expired drafts; will try again.', error);
      return 0;
    }
  };
  const onAlarm = (alarm: { name: string }) => {
    if (alarm.name === RETENTION_ALARM) void purge();
  };
  browser.alarms.onAlarm.addListener(onAlarm);
  const unwatch = retentionDaysItem.watch(() => void purge());
  // The service worker starts often; re-creating the alarm each time would push it back forever.
  void (async () => {
    if (await browser.alarms.get(RETENTION_ALARM)) return;
    await browser.alarms.create(RETENTION_ALARM, { delayInMinutes: RETENTION_PERIOD_MINUTES, periodInMinutes: RETENTION_PERIOD_MINUTES });
  })().catch((error: unknown) => console.warn('ListenFirst: could not schedule deleting expired drafts.', error));
  return {
    startup: purge(),
    stop() {
      browser.alarms.onAlarm.removeListener(onAlarm);
      unwatch();
    },
  };
}
