/**
 * Drafts are kept for a retention period (30 days unless set otherwise), counted from their last
 * change, then deleted by the background: at startup, every six hours by alarm, and when the period
 * changes. What the period is (policy > team playbook > the agent's own choice) is the settings'
 * business: the background hands it in (lib/playbooks, `loadRetentionDays` and `watchSettingsChanges`).
 */
import { browser } from 'wxt/browser';
import { listenUntilAborted } from '../lifetimes/browser-event';
import type { ListenFirstDatabase } from './db';
import { purgeExpiredDrafts } from './expired-drafts';

export const RETENTION_ALARM = 'drafts-retention';
export const RETENTION_PERIOD_MINUTES = 6 * 60;

/** The period as it applies now, and a way to hear that it may have changed. */
export interface RetentionPeriod {
  read(): Promise<number>;
  watch(onChange: () => void, signal: AbortSignal): void;
}

/**
 * Wires the schedule. Call it synchronously when the background starts: an MV3 service worker only
 * receives the alarm if its listener was added in the first turn. A purge failure is logged, never
 * thrown: the next alarm tries again.
 */
export function scheduleDraftRetention(db: ListenFirstDatabase, period: RetentionPeriod, signal: AbortSignal): Promise<number> {
  const purge = async (): Promise<number> => {
    try {
      return await purgeExpiredDrafts(db, await period.read());
    } catch (error) {
      console.warn('ListenFirst: could not delete expired drafts; will try again.', error);
      return 0;
    }
  };
  const onAlarm = (alarm: { name: string }) => {
    if (alarm.name === RETENTION_ALARM) void purge();
  };
  listenUntilAborted(browser.alarms.onAlarm, onAlarm, signal);
  period.watch(() => void purge(), signal);
  // The service worker starts often; re-creating the alarm each time would push it back forever.
  void (async () => {
    if (await browser.alarms.get(RETENTION_ALARM)) return;
    await browser.alarms.create(RETENTION_ALARM, { delayInMinutes: RETENTION_PERIOD_MINUTES, periodInMinutes: RETENTION_PERIOD_MINUTES });
  })().catch((error: unknown) => console.warn('ListenFirst: could not schedule deleting expired drafts.', error));
  // The purge started at startup (tests await it).
  return purge();
}
