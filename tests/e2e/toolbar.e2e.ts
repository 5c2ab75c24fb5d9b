import { describe, expect, it } from 'vitest';
import { useExtensionSession } from './support/extension-session';
import { freshdeskTicketUrl, openFixturePage, waitForSidebar, zendeskTicketUrl } from './support/helpdesk-pages';

// The toolbar button follows the tab: active on a ticket, paused when the agent pauses the site,
// 'not a ticket page' elsewhere on the helpdesk (other sites keep the manifest's default, that same look).

const session = useExtensionSession();

interface WorkerChrome {
  tabs: { query(filter: { url: string }): Promise<{ id: number }[]> };
  action: { getTitle(details: { tabId: number }): Promise<string> };
  storage: { local: { set(items: Record<string, unknown>): Promise<void> } };
}

/** The toolbar button's tooltip on the tab showing `host`, read in the background. */
const toolbarTitle = (host: string) =>
  session.worker.evaluate(async (pattern) => {
    const chrome = (globalThis as unknown as { chrome: WorkerChrome }).chrome;
    const [tab] = await chrome.tabs.query({ url: pattern });
    return tab ? chrome.action.getTitle({ tabId: tab.id }) : 'no such tab';
  }, `https://${host}/*`);

const setPausedSites = (sites: string[]) =>
  session.worker.evaluate((paused) => (globalThis as unknown as { chrome: WorkerChrome }).chrome.storage.local.set({ 'paused-sites': paused }), sites);

describe('the toolbar button', () => {
  it('says active on a ticket, paused while the site is paused, and active again after', async () => {
    const page = await openFixturePage(session.context, `${zendeskTicketUrl('1201', 'toolbar')}?late=0`);
    await waitForSidebar(page);
    await expect.poll(() => toolbarTitle('toolbar.zendesk.com')).toBe('ListenFirst: active on this ticket');
    await setPausedSites(['toolbar.zendesk.com']);
    await expect.poll(() => toolbarTitle('toolbar.zendesk.com')).toBe('ListenFirst: paused on this site');
    await setPausedSites([]);
    await expect.poll(() => toolbarTitle('toolbar.zendesk.com')).toBe('ListenFirst: active on this ticket');
    await page.close();
  });

  it('says "not a ticket page" when the helpdesk navigates in-page away from the ticket', async () => {
    const page = await openFixturePage(session.context, freshdeskTicketUrl('301', 'toolbar'));
    await waitForSidebar(page);
    await expect.poll(() => toolbarTitle('toolbar.freshdesk.com')).toBe('ListenFirst: active on this ticket');
    await page.evaluate(() => history.pushState({}, '', '/a/dashboard/default'));
    await expect.poll(() => toolbarTitle('toolbar.freshdesk.com')).toBe('ListenFirst: not a ticket page');
    await page.close();
  });
});
