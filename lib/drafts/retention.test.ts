import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { ListenFirstDatabase } from './db';
import { RETENTION_ALARM, scheduleDraftRetention } from './retention';
import { draftRow } from './testing/draft-rows';

const DAY = 24 * 60 * 60 * 1000;
const NOW = Date.UTC(2026, 10, 22, 12);

let db: ListenFirstDatabase;
let name = 0;
let lifetime: AbortController;
beforeEach(() => {
  fakeBrowser.reset();
  db = new ListenFirstDatabase(`test-retention-${name++}`);
  lifetime = new AbortController();
});
afterEach(async () => {
  lifetime.abort();
  vi.useRealTimers();
  await db.delete();
});

/** The period as the settings would hand it in: read now, and a change the test announces. */
function period(read: () => Promise<number>) {
  const listeners = new Set<() => void>();
  return {
    period: {
      read,
      watch(onChange: () => void, signal: AbortSignal) {
        listeners.add(onChange);
        signal.addEventListener('abort', () => listeners.delete(onChange));
      },
    },
    changed: () => listeners.forEach((listener) => listener()),
    listeners,
  };
}
const fixed = (days: number) => period(async () => days).period;

const draft = (ticketId: string, updatedAt: number) => draftRow(ticketId, updatedAt);

describe('scheduleDraftRetention', () => {
  it('purges at startup and creates a six-hour alarm', async () => {
    vi.setSystemTime(NOW);
    await db.drafts.bulkPut([draft('1', NOW - 40 * DAY), draft('2', NOW)]);
    expect(await scheduleDraftRetention(db, fixed(30), lifetime.signal)).toBe(1);
    await vi.waitFor(async () => expect(await fakeBrowser.alarms.get(RETENTION_ALARM)).toMatchObject({ periodInMinutes: 360 }));
  });

  it('does not push back an alarm that already exists when the service worker restarts', async () => {
    await fakeBrowser.alarms.create(RETENTION_ALARM, { when: 12_345, periodInMinutes: 360 });
    await scheduleDraftRetention(db, fixed(30), lifetime.signal);
    await new Promise((resolve) => setTimeout(resolve, 10));
    expect((await fakeBrowser.alarms.get(RETENTION_ALARM))?.scheduledTime).toBe(12_345);
  });

  it('purges when the alarm fires, with the period as it is then', async () => {
    let days = 30;
    await scheduleDraftRetention(db, period(async () => days).period, lifetime.signal);
    await db.drafts.bulkPut([draft('1', Date.now() - 10 * DAY), draft('2', Date.now())]);
    days = 7;
    await fakeBrowser.alarms.onAlarm.trigger({ name: RETENTION_ALARM, scheduledTime: Date.now() });
    await vi.waitFor(async () => expect(await db.drafts.count()).toBe(1));
  });

  it('purges as soon as the retention setting is shortened', async () => {
    let days = 30;
    const settings = period(async () => days);
    await scheduleDraftRetention(db, settings.period, lifetime.signal);
    await db.drafts.bulkPut([draft('1', Date.now() - 10 * DAY), draft('2', Date.now())]);
    days = 7;
    settings.changed();
    await vi.waitFor(async () => expect(await db.drafts.count()).toBe(1));
  });

  it('stops listening when its signal aborts', async () => {
    const settings = period(async () => 7);
    await scheduleDraftRetention(db, settings.period, lifetime.signal);
    lifetime.abort();
    await db.drafts.put(draft('1', Date.now() - 10 * DAY));
    settings.changed();
    await fakeBrowser.alarms.onAlarm.trigger({ name: RETENTION_ALARM, scheduledTime: Date.now() });
    await new Promise((resolve) => setTimeout(resolve, 20));
    expect(settings.listeners.size).toBe(0);
    expect(await db.drafts.count()).toBe(1);
  });

  it('ignores other alarms', async () => {
    await scheduleDraftRetention(db, fixed(7), lifetime.signal);
    await db.drafts.put(draft('1', Date.now() - 10 * DAY));
    await fakeBrowser.alarms.onAlarm.trigger({ name: 'something-else', scheduledTime: Date.now() });
    await new Promise((resolve) => setTimeout(resolve, 20));
    expect(await db.drafts.count()).toBe(1);
  });

  it('logs a failed purge instead of throwing, and tries again next time', async () => {
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => undefined);
    db.close();
    expect(await scheduleDraftRetention(db, fixed(30), lifetime.signal)).toBe(0);
    expect(warn).toHaveBeenCalled();
  });
});
