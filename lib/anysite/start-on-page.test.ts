import { describe, expect, it, vi } from 'vitest';
import { handlePageStartMessage, type PageStartApis } from './start-on-page';

const extensionId = 'abcdefghijklmnopabcdefghijklmnop';
const extensionOrigin = `chrome-extension://${extensionId}/`;
const fromPopup = { id: extensionId, url: `${extensionOrigin}popup.html` };

/** Tabs by id with their URL (undefined: not readable without the click's grant), and every injection asked for. */
function fakeApis(tabs: Record<number, string | undefined>, { running = false } = {}) {
  const injections: unknown[] = [];
  const apis: PageStartApis = {
    tabs: { get: async (tabId) => (tabId in tabs ? { url: tabs[tabId] } : Promise.reject(new Error(`No tab with id: ${tabId}`))) },
    scripting: {
      executeScript: vi.fn(async (details) => {
        injections.push({ tabId: details.target.tabId, world: details.world ?? 'ISOLATED', what: details.files ?? details.func?.name });
        return [{ result: details.func?.name === 'sidebarScriptRuns' ? running : undefined }];
      }),
    },
  };
  return { apis, injections };
}

describe('handlePageStartMessage', () => {
  it('injects the page-mode mark, the editor bridge (page world) and the sidebar into the named tab only, in that order', async () => {
    const { apis, injections } = fakeApis({ 3: 'https://mail.example.com/', 7: 'https://crm.example.com/cases/12', 9: 'https://crm.example.com/cases/13' });
    expect(await handlePageStartMessage({ type: 'page/start', tabId: 7 }, fromPopup, extensionId, extensionOrigin, apis)).toEqual({ ok: true, started: true });
    expect(injections).toEqual([
      { tabId: 7, world: 'ISOLATED', what: 'sidebarScriptRuns' },
      { tabId: 7, world: 'ISOLATED', what: 'markPageMode' },
      { tabId: 7, world: 'MAIN', what: ['/editor-bridge.js'] },
      { tabId: 7, world: 'ISOLATED', what: ['/content-scripts/page-sidebar.js'] },
    ]);
  });

  it('injects the sidebar once when the popup asks again while the first start is still injecting', async () => {
    const { apis, injections } = fakeApis({ 7: 'https://crm.example.com/cases/12' });
    const [first, second] = await Promise.all([
      handlePageStartMessage({ type: 'page/start', tabId: 7 }, fromPopup, extensionId, extensionOrigin, apis),
      handlePageStartMessage({ type: 'page/start', tabId: 7 }, fromPopup, extensionId, extensionOrigin, apis),
    ]);
    expect([first, second]).toEqual([
      { ok: true, started: true },
      { ok: true, started: false },
    ]);
    expect(injections.filter((injection) => JSON.stringify(injection).includes('page-sidebar'))).toHaveLength(1);
    // Once done, a start is possible again (the fake tab reports no sidebar script running).
    expect(await handlePageStartMessage({ type: 'page/start', tabId: 7 }, fromPopup, extensionId, extensionOrigin, apis)).toEqual({ ok: true, started: true });
  });

  it('leaves a tab that already runs the sidebar as it is', async () => {
    const { apis, injections } = fakeApis({ 7: 'https://crm.example.com/cases/12' }, { running: true });
    expect(await handlePageStartMessage({ type: 'page/start', tabId: 7 }, fromPopup, extensionId, extensionOrigin, apis)).toEqual({ ok: true, started: false });
    expect(injections).toHaveLength(1);
  });

  it.each([
    ['a content script (its sender URL is the web page)', { id: extensionId, url: 'https://crm.example.com/cases/12', tab: { id: 7 } }, "sender is not one of this extension's pages"],
    ['another extension', { id: 'other', url: 'chrome-extension://other/popup.html' }, 'sender is not this extension'],
  ])('refuses %s and injects nothing', async (_name, sender, error) => {
    const { apis, injections } = fakeApis({ 7: 'https://crm.example.com/cases/12' });
    expect(await handlePageStartMessage({ type: 'page/start', tabId: 7 }, sender as never, extensionId, extensionOrigin, apis)).toEqual({ ok: false, code: 'forbidden', error });
    expect(injections).toEqual([]);
  });

  it.each([
    ['a store page', 'https://chromewebstore.google.com/detail/x', 'ListenFirst is not offered on this page (store)'],
    ["the browser's own page", 'chrome://settings/', 'ListenFirst is not offered on this page (not-a-web-page)'],
    ["a helpdesk's own domain", 'https://acme.zendesk.com/agent/tickets/1', 'ListenFirst is not offered on this page (helpdesk)'],
    ['a tab whose address the click did not grant', undefined, 'click the toolbar button on the page first'],
  ])('injects nothing into %s', async (_name, url, error) => {
    const { apis, injections } = fakeApis({ 7: url });
    expect(await handlePageStartMessage({ type: 'page/start', tabId: 7 }, fromPopup, extensionId, extensionOrigin, apis)).toEqual({ ok: false, code: 'not-offered', error });
    expect(injections).toEqual([]);
  });

  it.each([
    ['no tab id', { type: 'page/start' }],
    ['a tab id that is not one', { type: 'page/start', tabId: -1 }],
    ['extra fields', { type: 'page/start', tabId: 7, files: ['evil.js'] }],
  ])('refuses a message with %s', async (_name, message) => {
    const { apis, injections } = fakeApis({ 7: 'https://crm.example.com/cases/12' });
    expect((await handlePageStartMessage(message, fromPopup, extensionId, extensionOrigin, apis)).ok).toBe(false);
    expect(injections).toEqual([]);
  });
});
