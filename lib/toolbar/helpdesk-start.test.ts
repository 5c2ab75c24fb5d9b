import { describe, expect, it, vi } from 'vitest';
import { hostMatchPatterns, HELPDESKS, type HelpdeskId } from '../adapters/registry';
import { handleHelpdeskStartMessage, type HelpdeskStartApis } from './helpdesk-start';

const extensionId = 'abcdefghijklmnopabcdefghijklmnop';
const extensionOrigin = `chrome-extension://${extensionId}/`;
const fromPopup = { id: extensionId, url: `${extensionOrigin}popup.html` };

const HELP_SCOUT = 'https://secure.helpscout.net/conversation/2718401/349';
const helpScoutHosts = hostMatchPatterns(HELPDESKS.find((row) => row.id === 'helpscout')!);

/** Tabs by id with their URL, the host patterns held, and every sync and injection asked for, in order. */
function fakeApis(tabs: Record<number, string | undefined>, { held = helpScoutHosts, running = false, configured = {} as Record<string, HelpdeskId> } = {}) {
  const calls: unknown[] = [];
  const apis: HelpdeskStartApis = {
    tabs: { get: async (tabId) => (tabId in tabs ? { url: tabs[tabId] } : Promise.reject(new Error(`No tab with id: ${tabId}`))) },
    permissions: { contains: async ({ origins }) => origins.every((origin) => held.includes(origin)) },
    scripting: {
      executeScript: vi.fn(async (details) => {
        calls.push({ tabId: details.target.tabId, world: details.world ?? 'ISOLATED', what: details.files ?? details.func?.name });
        return [{ result: details.func?.name === 'sidebarScriptRuns' ? running : undefined }];
      }),
    },
    configuredHelpdesk: async (origin) => configured[origin] ?? null,
    syncRegistrations: vi.fn(async () => calls.push('sync registrations')),
  };
  return { apis, calls };
}

describe('handleHelpdeskStartMessage (the popup, once the agent turned a helpdesk on)', () => {
  it("registers the helpdesk's scripts, then starts the sidebar in the named tab only, as a page load runs it: bridge, its key (late), adapter, sidebar", async () => {
    const { apis, calls } = fakeApis({ 3: 'https://secure.helpscout.net/conversation/1/1', 7: HELP_SCOUT });
    expect(await handleHelpdeskStartMessage({ type: 'helpdesk/start', tabId: 7 }, fromPopup, extensionId, extensionOrigin, apis)).toEqual({ ok: true, started: true });
    expect(calls).toEqual([
      'sync registrations',
      { tabId: 7, world: 'ISOLATED', what: 'sidebarScriptRuns' },
      { tabId: 7, world: 'ISOLATED', what: 'markLateKey' },
      { tabId: 7, world: 'MAIN', what: ['/editor-bridge.js'] },
      { tabId: 7, world: 'ISOLATED', what: ['/editor-key.js', '/adapters/helpscout.js', '/content-scripts/helpdesk.js'] },
    ]);
  });

  it("starts the sidebar on a team's own domain configured for a helpdesk, once its permission is held", async () => {
    const OSTICKET = 'https://support.example.test/scp/tickets.php?id=12';
    const configured = { 'https://support.example.test': 'osticket' as HelpdeskId };
    const refused = fakeApis({ 7: OSTICKET }, { configured, held: [] });
    expect(await handleHelpdeskStartMessage({ type: 'helpdesk/start', tabId: 7 }, fromPopup, extensionId, extensionOrigin, refused.apis)).toEqual({
      ok: false,
      code: 'not-turned-on',
      error: 'ListenFirst is not allowed on support.example.test yet',
    });
    const { apis, calls } = fakeApis({ 7: OSTICKET }, { configured, held: ['https://support.example.test/*'] });
    expect(await handleHelpdeskStartMessage({ type: 'helpdesk/start', tabId: 7 }, fromPopup, extensionId, extensionOrigin, apis)).toEqual({ ok: true, started: true });
    expect(calls.at(-1)).toEqual({ tabId: 7, world: 'ISOLATED', what: ['/editor-key.js', '/adapters/osticket.js', '/content-scripts/helpdesk.js'] });
  });

  it('leaves a tab that already runs the sidebar as it is', async () => {
    const { apis, calls } = fakeApis({ 7: HELP_SCOUT }, { running: true });
    expect(await handleHelpdeskStartMessage({ type: 'helpdesk/start', tabId: 7 }, fromPopup, extensionId, extensionOrigin, apis)).toEqual({ ok: true, started: false });
    expect(calls).toEqual(['sync registrations', { tabId: 7, world: 'ISOLATED', what: 'sidebarScriptRuns' }]);
  });

  it('starts nothing while the helpdesk is not allowed (the agent refused, or allowed only some of its hosts)', async () => {
    const { apis, calls } = fakeApis({ 7: HELP_SCOUT }, { held: [] });
    expect(await handleHelpdeskStartMessage({ type: 'helpdesk/start', tabId: 7 }, fromPopup, extensionId, extensionOrigin, apis)).toEqual({ ok: false, code: 'not-turned-on', error: 'ListenFirst is not allowed on Help Scout yet' });
    expect(calls).toEqual([]);
  });

  it.each([
    ['a helpdesk granted at install', 'https://acme.zendesk.com/agent/tickets/1'],
    ['a self-hosted helpdesk on an origin nobody configured', 'https://support.example.test/scp/tickets.php?id=12'],
    ['a page no adapter knows', 'https://crm.example.com/cases/12'],
    ["the browser's own page", 'chrome://settings/'],
    ['a tab whose address is not readable', undefined],
  ])('starts nothing on %s', async (_name, url) => {
    const { apis, calls } = fakeApis({ 7: url });
    expect(await handleHelpdeskStartMessage({ type: 'helpdesk/start', tabId: 7 }, fromPopup, extensionId, extensionOrigin, apis)).toEqual({
      ok: false,
      code: 'no-helpdesk',
      error: 'this tab shows no helpdesk that is turned on from the toolbar',
    });
    expect(calls).toEqual([]);
  });

  it.each([
    ['a content script (its sender URL is the web page)', { id: extensionId, url: HELP_SCOUT, tab: { id: 7 } }, "sender is not one of this extension's pages"],
    ['another extension', { id: 'other', url: 'chrome-extension://other/popup.html' }, 'sender is not this extension'],
  ])('refuses %s and starts nothing', async (_name, sender, error) => {
    const { apis, calls } = fakeApis({ 7: HELP_SCOUT });
    expect(await handleHelpdeskStartMessage({ type: 'helpdesk/start', tabId: 7 }, sender as never, extensionId, extensionOrigin, apis)).toEqual({ ok: false, code: 'forbidden', error });
    expect(calls).toEqual([]);
  });

  it.each([
    ['no tab id', { type: 'helpdesk/start' }],
    ['a tab id that is not one', { type: 'helpdesk/start', tabId: -1 }],
    ['extra fields', { type: 'helpdesk/start', tabId: 7, files: ['evil.js'] }],
  ])('refuses a message with %s', async (_name, message) => {
    const { apis, calls } = fakeApis({ 7: HELP_SCOUT });
    expect(await handleHelpdeskStartMessage(message, fromPopup, extensionId, extensionOrigin, apis)).toEqual({ ok: false, code: 'invalid', error: "expected { type: 'helpdesk/start', tabId: a tab's id }" });
    expect(calls).toEqual([]);
  });

  it("says what the browser said when it refuses an injection", async () => {
    const { apis } = fakeApis({ 7: HELP_SCOUT });
    vi.mocked(apis.scripting.executeScript).mockRejectedValue(new Error('Cannot access contents of the page.'));
    expect(await handleHelpdeskStartMessage({ type: 'helpdesk/start', tabId: 7 }, fromPopup, extensionId, extensionOrigin, apis)).toEqual({ ok: false, code: 'browser', error: 'Cannot access contents of the page.' });
  });
});
