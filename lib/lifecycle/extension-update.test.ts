import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { rememberSite } from '../anysite/remembered-sites';
import { addAgentOrigin } from '../playbooks/helpdesk-origins';
import { flushOpenSidebars, sidebarFiles, startExtensionLifecycle } from './extension-update';

const ZENDESK = 'https://acme.zendesk.com/agent/tickets/12';
const FRESHDESK = 'https://acme.freshdesk.com/a/tickets/7';
const CUSTOM = 'https://support.example.com/agent/tickets/3';
const NOT_GRANTED = 'https://help.other.example/agent/tickets/4';
/** A remembered site no adapter knows (granted), and one whose permission was not given. */
const SITE = 'https://desk.remembered.example/cases/9';
const SITE_NOT_GRANTED = 'https://desk.refused.example/cases/1';

async function openTabs(...urls: string[]): Promise<Record<string, number>> {
  const ids: Record<string, number> = {};
  for (const url of urls) ids[url] = (await fakeBrowser.tabs.create({ url })).id!;
  return ids;
}

/** The browser calls WXT's fake browser leaves out, answered as Chrome would. */
function browserCalls() {
  const sendMessage = vi.fn(async (_tabId: number, _message: unknown): Promise<unknown> => ({ ok: true }));
  // Tabs whose world already runs the current sidebar script answer the probe with true.
  const running = new Set<number>();
  const injected: unknown[] = [];
  const executeScript = vi.fn(async (injection: { target: { tabId: number }; files?: string[] }) => {
    if (!injection.files) return [{ result: running.has(injection.target.tabId) }];
    injected.push(injection);
    return [{ result: undefined }];
  });
  const reload = vi.fn();
  const order: string[] = [];
  Object.assign(fakeBrowser.tabs, { sendMessage: (tabId: number, message: unknown) => (order.push('flush'), sendMessage(tabId, message)) });
  Object.assign(fakeBrowser.scripting, { executeScript });
  Object.assign(fakeBrowser.runtime, { reload: () => (order.push('reload'), reload()) });
  // The agent granted support.example.com; help.other.example is configured but not granted.
  Object.assign(fakeBrowser.permissions, {
    contains: async ({ origins }: { origins: string[] }) => origins.every((o) => o === 'https://support.example.com/*' || o === 'https://desk.remembered.example/*'),
  });
  return { sendMessage, executeScript, injected, running, reload, order };
}

const settle = () => new Promise((resolve) => setTimeout(resolve, 0));

let lifetime: AbortController;
afterEach(() => lifetime.abort());
beforeEach(async () => {
  lifetime = new AbortController();
  fakeBrowser.reset();
  await addAgentOrigin({ origin: 'https://support.example.com', helpdesk: 'zendesk' });
  await addAgentOrigin({ origin: 'https://help.other.example', helpdesk: 'zendesk' });
});

describe('an update with helpdesk tabs open', () => {
  it('asks every open sidebar to save, and applies the update only once they answered', async () => {
    const calls = browserCalls();
    const tabs = await openTabs(ZENDESK, 'https://example.org/', FRESHDESK, CUSTOM, NOT_GRANTED);
    startExtensionLifecycle(lifetime.signal);
    await fakeBrowser.runtime.onUpdateAvailable.trigger({ version: '1.0.1' });
    await vi.waitFor(() => expect(calls.reload).toHaveBeenCalledTimes(1));
    const flushed = calls.sendMessage.mock.calls.map(([tabId, message]) => [tabId, message]);
    expect(flushed).toEqual(expect.arrayContaining([ZENDESK, FRESHDESK, CUSTOM].map((url) => [tabs[url], { type: 'sidebar/flush' }])));
    expect(flushed).toHaveLength(3);
    expect(calls.order).toEqual(['flush', 'flush', 'flush', 'reload']);
  });

  it('applies it anyway when a sidebar never answers', async () => {
    vi.useFakeTimers();
    try {
      const calls = browserCalls();
      calls.sendMessage.mockImplementation(() => new Promise(() => undefined));
      await openTabs(ZENDESK);
      const flushing = flushOpenSidebars(3_000);
      await vi.advanceTimersByTimeAsync(2_999);
      let done = false;
      void flushing.then(() => (done = true));
      await vi.advanceTimersByTimeAsync(0);
      expect(done).toBe(false);
      await vi.advanceTimersByTimeAsync(1);
      expect(done).toBe(true);
    } finally {
      vi.useRealTimers();
    }
  });
});

describe('after an install or update', () => {
  it.each(['install', 'update'] as const)('starts the sidebar again in the open helpdesk tabs (%s)', async (reason) => {
    const calls = browserCalls();
    const tabs = await openTabs(ZENDESK, 'https://example.org/', CUSTOM, NOT_GRANTED);
    startExtensionLifecycle(lifetime.signal);
    await fakeBrowser.runtime.onInstalled.trigger({ reason, temporary: false });
    await vi.waitFor(() => expect(calls.injected).toHaveLength(2));
    expect(calls.injected).toEqual(expect.arrayContaining([ZENDESK, CUSTOM].map((url) => ({ target: { tabId: tabs[url] }, files: sidebarFiles('zendesk') }))));
    // The key old and new sidebars seal their hand-over with, made before the new one starts.
    expect((await fakeBrowser.storage.local.get('handover-key'))['handover-key']).toMatch(/^[\da-f]{64}$/);
  });

  it("starts the page sidebar again in a remembered site's tabs, where its permission is held", async () => {
    await rememberSite('https://desk.remembered.example');
    await rememberSite('https://desk.refused.example');
    const calls = browserCalls();
    const tabs = await openTabs(SITE, SITE_NOT_GRANTED, ZENDESK);
    startExtensionLifecycle(lifetime.signal);
    await fakeBrowser.runtime.onInstalled.trigger({ reason: 'update', temporary: false });
    await vi.waitFor(() => expect(calls.injected).toHaveLength(2));
    await settle();
    expect(calls.injected).toEqual(
      expect.arrayContaining([
        { target: { tabId: tabs[SITE] }, files: ['/content-scripts/page-sidebar.js'] },
        { target: { tabId: tabs[ZENDESK] }, files: sidebarFiles('zendesk') },
      ]),
    );
  });

  it("asks a remembered site's sidebar to save before an update too", async () => {
    await rememberSite('https://desk.remembered.example');
    const calls = browserCalls();
    const tabs = await openTabs(SITE);
    await flushOpenSidebars(1_000);
    expect(calls.sendMessage).toHaveBeenCalledWith(tabs[SITE], { type: 'sidebar/flush' });
  });

  it('leaves a tab that already runs the current sidebar script (opened while the update installed)', async () => {
    const calls = browserCalls();
    const tabs = await openTabs(ZENDESK, FRESHDESK);
    calls.running.add(tabs[ZENDESK]!);
    startExtensionLifecycle(lifetime.signal);
    await fakeBrowser.runtime.onInstalled.trigger({ reason: 'update', temporary: false });
    await vi.waitFor(() => expect(calls.injected).toHaveLength(1));
    await settle();
    expect(calls.injected).toEqual([{ target: { tabId: tabs[FRESHDESK] }, files: ['/adapters/freshdesk.js', '/content-scripts/helpdesk.js'] }]);
  });

  it('leaves tabs alone when only the browser updated', async () => {
    const calls = browserCalls();
    await openTabs(ZENDESK);
    startExtensionLifecycle(lifetime.signal);
    await fakeBrowser.runtime.onInstalled.trigger({ reason: 'browser_update', temporary: false });
    await settle();
    expect(calls.executeScript).not.toHaveBeenCalled();
  });

  it('keeps the hand-over key across updates', async () => {
    browserCalls();
    startExtensionLifecycle(lifetime.signal);
    await fakeBrowser.runtime.onInstalled.trigger({ reason: 'install', temporary: false });
    await vi.waitFor(async () => expect((await fakeBrowser.storage.local.get('handover-key'))['handover-key']).toBeDefined());
    const key = (await fakeBrowser.storage.local.get('handover-key'))['handover-key'];
    await fakeBrowser.runtime.onInstalled.trigger({ reason: 'update', temporary: false });
    await settle();
    expect((await fakeBrowser.storage.local.get('handover-key'))['handover-key']).toBe(key);
  });
});
