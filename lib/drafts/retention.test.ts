import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { ListenFirstDatabase } from './db';
import { getRetentionDays, RETENTION_ALARM, retentionDaysItem, scheduleDraftRetention } from './retention';
import { draftRow } from './testing/draft-rows';

const DAY = 24 * 60 * 60 * 1000;
const NOW = Date.UTC(2026, 10, 22, 12);

let db: ListenFirstDatabase;
let name = 0;
beforeEach(() => {
  fakeBrowser.reset();
  db = new ListenFirstDatabase(`test-retention-${name++}`);
});
afterEach(async () => {
  vi.useRealTimers();
  await db.delete();
});

const draft = (ticketId: string, updatedAt: number) => draftRow(ticketId, updatedAt);

describe('retention period setting', () => {
  it('reads the period from browser.storage.local "retention-days", falling back to 30', async () => {
    expect(await getRetentionDays()).toBe(30);
    await fakeBrowser.storage.local.set({ 'retention-days': 7 });
    expect(await getRetentionDays()).toBe(7);
    await fakeBrowser.storage.local.set({ 'retention-days': 'a week' });
    expect(await getRetentionDays()).toBe(30);
  });
});

describe('scheduleDraftRetention', () => {
  it('purges at startup and creates a six-hour alarm', async () => {
    vi.setSystemTime(NOW);
    await db.drafts.bulkPut([draft('1', NOW - 40 * DAY), draft('2', NOW)]);
    const schedule = scheduleDraftRetention(db);
    expect(await schedule.startup).toBe(1);
    await vi.waitFor(async () => expect(await fakeBrowser.alarms.get(RETENTION_ALARM)).toMatchObject({ periodInMinutes: 360 }));
    schedule.stop();
  });

  it('does not push back an alarm that already exists when the service worker restarts', async () => {
    await fakeBrowser.alarms.create(RETENTION_ALARM, { when: 12_345, periodInMinutes: 360 });
    const schedule = scheduleDraftRetention(db);
    await schedule.startup;
    await new Promise((resolve) => setTimeout(resolve, 10));
    expect((await fakeBrowser.alarms.get(RETENTION_ALARM))?.scheduledTime).toBe(12_345);
    schedule.stop();
  });

  it('purges when the alarm fires, with the period as it is then', async () => {
    let days = 30;
    const schedule = scheduleDraftRetention(db, async () => days);
    await schedule.startup;
    await db.drafts.bulkPut([draft('1', Date.now() - 10 * DAY), draft('2', Date.now())]);
    days = 7;
    await fakeBrowser.alarms.onAlarm.trigger({ name: RETENTION_ALARM, scheduledTime: Date.now() });
    await vi.waitFor(async () => expect(await db.drafts.count()).toBe(1));
    schedule.stop();
  });

  it('purges as soon as the retention setting is shortened', async () => {
    const schedule = scheduleDraftRetention(db);
    await schedule.startup;
    await db.drafts.bulkPut([draft('1', Date.now() - 10 * DAY), draft('2', Date.now())]);
    await retentionDaysItem.setValue(7);
    await vi.waitFor(async () => expect(await db.drafts.count()).toBe(1));
    schedule.stop();
  });

  it('ignores other alarms', async () => {
    const schedule = scheduleDraftRetention(db, async () => 7);
    await schedule.startup;
    await db.drafts.put(draft('1', Date.now() - 10 * DAY));
    await fakeBrowser.alarms.onAlarm.trigger({ name: 'something-else', scheduledTime: Date.now() });
    await new Promise((resolve) => setTimeout(resolve, 20));
    expect(await db.drafts.count()).toBe(1);
    schedule.stop();
  });

  it('logs a failed purge instead of throwing, and tries again next time', async () => {
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => undefined);
    db.close();
    const schedule = scheduleDraftRetention(db);
    expect(await schedule.startup).toBe(0);
    expect(warn).toHaveBeenCalled();
    schedule.stop();
  });
});
