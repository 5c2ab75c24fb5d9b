import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { startPlaybookTasks } from './background-tasks';
import { DEFAULT_PLAYBOOK } from './default-playbook';
import { contentScriptsFor } from './helpdesk-origins';
import { POLICY_LAST_GOOD_KEY } from './policy';
import { SUBSCRIPTION_ALARM, SUBSCRIPTION_KEY, SUBSCRIPTION_REFRESH_MINUTES } from './subscription';

let lifetime: AbortController;
afterEach(() => lifetime.abort());

// fakeBrowser has no permissions or scripting: the background only needs them to answer.
beforeEach(() => {
  fakeBrowser.reset();
  lifetime = new AbortController();
  const event = () => ({ addListener: vi.fn(), removeListener: vi.fn(), hasListener: vi.fn() });
  Object.assign(fakeBrowser.permissions, { onAdded: event(), onRemoved: event(), contains: vi.fn(async () => false) });
  Object.assign(fakeBrowser.scripting, {
    getRegisteredContentScripts: vi.fn(async () => []),
    registerContentScripts: vi.fn(async () => undefined),
    unregisterContentScripts: vi.fn(async () => undefined),
  });
});

const subscription = (name: string) => ({
  url: 'https://intranet.example.com/playbook.json',
  since: 1,
  lastGood: { playbook: { ...DEFAULT_PLAYBOOK, name }, fetchedAt: 1 },
  lastAttempt: { at: 1, problems: [] },
});

describe('background playbook tasks', () => {
  it('schedules an hourly refresh while subscribed, and stops it on unsubscribe', async () => {
    startPlaybookTasks(lifetime.signal);
    await fakeBrowser.storage.local.set({ [SUBSCRIPTION_KEY]: subscription('Intranet') });
    await vi.waitFor(async () => expect(await fakeBrowser.alarms.get(SUBSCRIPTION_ALARM)).toMatchObject({ periodInMinutes: SUBSCRIPTION_REFRESH_MINUTES }));
    await fakeBrowser.storage.local.remove(SUBSCRIPTION_KEY);
    await vi.waitFor(async () => expect(await fakeBrowser.alarms.get(SUBSCRIPTION_ALARM)).toBeUndefined());
  });

  it('refreshes the subscription when the alarm fires, keeping the good copy when the download fails', async () => {
    await fakeBrowser.storage.local.set({ [SUBSCRIPTION_KEY]: subscription('Intranet') });
    const fetchSpy = vi.spyOn(globalThis, 'fetch').mockRejectedValue(new TypeError('Failed to fetch'));
    startPlaybookTasks(lifetime.signal);
    await fakeBrowser.alarms.onAlarm.trigger({ name: SUBSCRIPTION_ALARM, scheduledTime: Date.now() });
    await vi.waitFor(async () => {
      const stored = (await fakeBrowser.storage.local.get(SUBSCRIPTION_KEY))[SUBSCRIPTION_KEY] as ReturnType<typeof subscription>;
      expect(stored.lastAttempt.problems as string[]).toEqual(['could not reach intranet.example.com (Failed to fetch)']);
      expect(stored.lastGood.playbook.name).toBe('Intranet');
    });
    expect(fetchSpy).toHaveBeenCalledWith('https://intranet.example.com/playbook.json', expect.objectContaining({ cache: 'no-store' }));
  });

  it('remembers the good policy at start and on every policy change', async () => {
    await fakeBrowser.storage.managed.set({ retentionDays: 20 });
    startPlaybookTasks(lifetime.signal);
    await vi.waitFor(async () => expect((await fakeBrowser.storage.local.get(POLICY_LAST_GOOD_KEY))[POLICY_LAST_GOOD_KEY]).toEqual({ retentionDays: 20 }));
    await fakeBrowser.storage.managed.set({ retentionDays: 25 });
    await vi.waitFor(async () => expect((await fakeBrowser.storage.local.get(POLICY_LAST_GOOD_KEY))[POLICY_LAST_GOOD_KEY]).toEqual({ retentionDays: 25 }));
    await fakeBrowser.storage.managed.set({ retentionDays: 'a month' });
    await new Promise((resolve) => setTimeout(resolve, 20));
    expect((await fakeBrowser.storage.local.get(POLICY_LAST_GOOD_KEY))[POLICY_LAST_GOOD_KEY]).toEqual({ retentionDays: 25 });
  });

  it('registers the scripts of a policy-listed origin once its permission is there', async () => {
    // Only that origin's permission: optional helpdesks' own hosts stay ungranted (their scripts are another test's).
    vi.mocked(fakeBrowser.permissions.contains).mockImplementation(async ({ origins = [] }) => origins.every((origin) => origin.startsWith('https://support.example.com')));
    await fakeBrowser.storage.managed.set({ helpdeskOrigins: [{ origin: 'https://support.example.com', helpdesk: 'zendesk' }] });
    startPlaybookTasks(lifetime.signal);
    // Every permission is granted here, so the optional helpdesks' scripts are registered too: count the origin's.
    const registeredThere = () =>
      vi
        .mocked(fakeBrowser.scripting.registerContentScripts)
        .mock.calls.flatMap(([scripts]) => scripts)
        .filter((script) => script.matches?.includes('https://support.example.com/*'));
    await vi.waitFor(() => expect(registeredThere()).toHaveLength(contentScriptsFor({ origin: 'https://support.example.com', helpdesk: 'zendesk' }).length));
  });
});
