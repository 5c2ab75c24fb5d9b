import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { helpdeskDefinition, hostMatchPatterns } from '../../lib/adapters/registry';
import { HELPSCOUT_CONVERSATIONS } from '../fixtures/fixture-pages';
import { registeredContentScripts } from './support/extension-storage';
import type { HelpScoutFixtureHooks } from './support/fixture-hooks';
import { waitForFixture } from './support/fixture-hooks';
import { SIDEBAR_TAG, sidebarPart, waitForSidebar } from './support/helpdesk-pages';
import { useOptionalHelpdeskSession } from './support/optional-helpdesk-session';

// "Turn on ListenFirst for Help Scout" in the toolbar popup, on a Help Scout tab open before the agent
// turned it on, in real Chromium. Chromium's permission prompt can't be answered from automation, so
// the hosts are granted at install (permissions.request then resolves at once, as after Allow) and the
// state before the click is set up by hand: the helpdesk's scripts unregistered, and the popup's
// permissions.contains answering "not held" until its request. The popup's own button is clicked, in a
// popup page whose active tab is the Help Scout tab: the same request, message and injection the click
// runs. The click handler has its unit test (components/popup/HelpdeskTurnOn.test.tsx).

const session = useOptionalHelpdeskSession('helpscout');
const HELPSCOUT = helpdeskDefinition('helpscout');
const CONVERSATION = `https://${HELPSCOUT.hosts[0]}/conversation/2718401/${HELPSCOUT_CONVERSATIONS['2718401']}`;

interface WorkerChrome {
  tabs: { query(filter: { url: string }): Promise<{ id: number }[]> };
  scripting: {
    getRegisteredContentScripts(): Promise<{ id: string }[]>;
    unregisterContentScripts(filter: { ids: string[] }): Promise<void>;
    executeScript(details: { target: { tabId: number }; func: () => boolean }): Promise<{ result: unknown }[]>;
  };
}

/** As before the agent turned the helpdesk on: none of its scripts registered. */
async function unregisterHelpdeskScripts(): Promise<void> {
  await session.worker.evaluate(async (helpdesk) => {
    const { scripting } = (globalThis as unknown as { chrome: WorkerChrome }).chrome;
    const ids = (await scripting.getRegisteredContentScripts()).map((script) => script.id).filter((id) => id.includes(helpdesk));
    await scripting.unregisterContentScripts({ ids });
  }, HELPSCOUT.id);
}

const helpdeskScriptsRegistered = async () => (await registeredContentScripts(session.worker)).filter((script) => script.id.includes(HELPSCOUT.id)).length;

/** Whether this extension's sidebar script runs in the tab, asked in the background. */
function sidebarScriptRunsIn(url: string): Promise<boolean> {
  return session.worker.evaluate(async (tabUrl) => {
    const { tabs, scripting } = (globalThis as unknown as { chrome: WorkerChrome }).chrome;
    const [tab] = await tabs.query({ url: tabUrl });
    const [probe] = await scripting.executeScript({ target: { tabId: tab!.id }, func: () => (globalThis as Record<symbol, unknown>)[Symbol.for('listenfirst.sidebar-script')] === true });
    return probe!.result === true;
  }, url);
}

/**
 * One of the extension's pages (`file`) in which the helpdesk's hosts read as not held until the page
 * asks for them; as the toolbar popup, it sees `tab` as the active tab.
 */
async function extensionPageWithHelpdeskOff(file: string, tab: Page): Promise<Page> {
  const popup = await session.context.newPage();
  await popup.addInitScript(
    ({ url, hosts }) => {
      interface PopupChrome {
        tabs: { query(filter: object): Promise<unknown[]> };
        permissions: { contains(p: { origins: string[] }): Promise<boolean>; request(p: { origins: string[] }): Promise<boolean> };
      }
      const chromeApi = (globalThis as unknown as { chrome: PopupChrome }).chrome;
      const query = chromeApi.tabs.query.bind(chromeApi.tabs);
      chromeApi.tabs.query = (filter: object) => ('active' in filter ? query({ url }) : query(filter));
      let asked = false;
      const contains = chromeApi.permissions.contains.bind(chromeApi.permissions);
      const request = chromeApi.permissions.request.bind(chromeApi.permissions);
      chromeApi.permissions.contains = (p) => (!asked && p.origins.some((origin) => hosts.includes(origin)) ? Promise.resolve(false) : contains(p));
      chromeApi.permissions.request = (p) => ((asked = true), request(p));
    },
    { url: tab.url(), hosts: hostMatchPatterns(HELPSCOUT) },
  );
  await popup.goto(`chrome-extension://${session.extensionId}/${file}`);
  return popup;
}

const helpScoutEditorText = (page: Page) => page.evaluate(() => (window.__lfFixture as HelpScoutFixtureHooks).getEditorText());

describe('turning an optional helpdesk on from the toolbar', () => {
  it('starts the sidebar in the open tab at once, with a working editor bridge, and registers the helpdesk for its later pages', async () => {
    await unregisterHelpdeskScripts();
    expect(await helpdeskScriptsRegistered()).toBe(0);
    const page = await session.context.newPage();
    await page.goto(CONVERSATION);
    await waitForFixture(page);
    expect(await sidebarScriptRunsIn(CONVERSATION)).toBe(false);

    const popup = await extensionPageWithHelpdeskOff('popup.html', page);
    const turnOn = popup.getByTestId('lf-turn-on-helpdesk');
    await expect.poll(() => turnOn.textContent()).toBe('Turn on ListenFirst for Help Scout');
    await turnOn.click();
    await expect.poll(() => popup.getByTestId('lf-helpdesk-turn-on').getAttribute('data-state')).toBe('on');
    expect(await popup.getByRole('alert').count()).toBe(0);
    await popup.close();

    // This tab, without a reload: the open conversation, and insertion through the editor's own model.
    await waitForSidebar(page);
    await expect.poll(() => sidebarPart(page, 'lf-ticket').textContent()).toContain('Shipping labels still print the old warehouse address');
    await page.locator('[data-cy="reply-button"]').click();
    await page.locator('[data-slate-editor][aria-label="Reply Editor"]').click();
    await page.keyboard.type('I have asked Ops to clear the label cache.');
    const restatement = sidebarPart(page, 'lf-restatement');
    await expect.poll(() => restatement.isEnabled()).toBe(true);
    await restatement.fill('the labels still print the old address');
    await sidebarPart(page, 'lf-insert-restatement').click();
    await expect
      .poll(() => helpScoutEditorText(page))
      .toBe("Just to make sure I've understood: the labels still print the old address\nI have asked Ops to clear the label cache.");

    // Its later pages: registered again, so a reload gets one sidebar on its own.
    expect(await helpdeskScriptsRegistered()).toBeGreaterThan(0);
    await page.reload();
    await waitForFixture(page);
    await waitForSidebar(page);
    expect(await page.locator(SIDEBAR_TAG).count()).toBe(1);
    await page.close();
  });

  it('from the options page, starts the sidebar in the tabs of that helpdesk open at that moment', async () => {
    await unregisterHelpdeskScripts();
    const page = await session.context.newPage();
    await page.goto(CONVERSATION);
    await waitForFixture(page);
    expect(await sidebarScriptRunsIn(CONVERSATION)).toBe(false);

    const options = await extensionPageWithHelpdeskOff('options.html', page);
    const row = options.locator(`[data-testid="lf-optional-helpdesk"][data-helpdesk="${HELPSCOUT.id}"]`);
    await expect.poll(() => row.locator('button').textContent()).toBe('Turn on');
    await row.locator('button').click();
    await expect
      .poll(() => options.getByTestId('lf-optional-helpdesks').getByRole('status').textContent(), { timeout: 10_000 })
      .toBe('ListenFirst now runs on Help Scout, and in its open tab.');
    await options.close();

    await waitForSidebar(page);
    await expect.poll(() => sidebarPart(page, 'lf-ticket').textContent()).toContain('Shipping labels still print the old warehouse address');
    expect(await page.locator(SIDEBAR_TAG).count()).toBe(1);
    await page.close();
  });
});
