import type { Page } from 'puppeteer-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { helpdeskDefinition, hostMatchPatterns, type HelpdeskId } from '../../lib/adapters/registry';
import { HELPSCOUT_CONVERSATIONS, INTERCOM_TICKET_IDS, INTERCOM_WORKSPACE } from '../fixtures/fixture-pages';
import { fixtureTicketUrl, freshserviceSelectors, freshserviceTicketUrl } from '../e2e/support/helpdesk-pages';
import { inSidebar, launchFirefox, sidebarTestId, textsOf, type LaunchedFirefox } from './support/firefox';

// Optional helpdesks in Firefox ESR: Help Scout (Slate), Intercom Inbox (ProseMirror) and Freshservice
// (Froala), their hosts granted at install (as an IT department's policy or a click on Allow would),
// which is what turning them on means: the background registers their scripts. The fixture pages
// (tests/e2e/support/helpdesk-routes) run the real editors; every write is read back from their models.

const OPTIONAL: readonly HelpdeskId[] = ['helpscout', 'intercom', 'freshservice'];

const helpscoutUrl = (id: keyof typeof HELPSCOUT_CONVERSATIONS) => `${fixtureTicketUrl('helpscout', id)}/${HELPSCOUT_CONVERSATIONS[id]}`;
const intercomUrl = (id: string) => `https://${helpdeskDefinition('intercom').hosts[0]}${helpdeskDefinition('intercom').ticketPath({ account: INTERCOM_WORKSPACE, ticketId: id })}`;
const [INTERCOM_EMAIL, INTERCOM_CHAT] = INTERCOM_TICKET_IDS;

let firefox: LaunchedFirefox;
beforeAll(async () => {
  firefox = await launchFirefox({ grantHosts: OPTIONAL.flatMap((id) => hostMatchPatterns(helpdeskDefinition(id))) });
  // The background registers their scripts a moment after it starts: a page loaded before would get none.
  const page = await firefox.openExtensionPage('options.html');
  const registeredIds = () =>
    page.evaluate(async () => {
      const api = (globalThis as unknown as { browser: { scripting: { getRegisteredContentScripts(): Promise<{ id: string }[]> } } }).browser;
      return (await api.scripting.getRegisteredContentScripts()).map((script) => script.id);
    });
  const until = Date.now() + 15_000;
  for (let ids = await registeredIds(); !OPTIONAL.every((helpdesk) => ids.some((id) => id.includes(helpdesk))); ids = await registeredIds()) {
    if (Date.now() > until) throw new Error(`${OPTIONAL.join(', ')} not all registered with their hosts granted (registered: ${ids.join(', ')})`);
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
  await page.close();
});
afterAll(async () => {
  await firefox?.close();
});

async function open(url: string): Promise<Page> {
  const page = await firefox.openHelpdeskPage(url);
  await page.waitForSelector(sidebarTestId('lf-checklist'), { visible: true, timeout: 15_000 });
  // The agent works in the tab in front: a tab behind gets no focus events.
  await page.bringToFront();
  return page;
}

/** The fixture editor's model, as its own API reads it (tests/e2e/support/fixture-hooks.ts). */
const editorText = (page: Page) => page.evaluate(() => (window as unknown as { __lfFixture: { getEditorText(): string | null } }).__lfFixture.getEditorText());
const editorHtml = (page: Page) => page.evaluate(() => (window as unknown as { __lfFixture: { getEditorHtml(): string | null } }).__lfFixture.getEditorHtml());
const hintsOf = (page: Page, category: string) => textsOf(page, inSidebar(`[data-testid="lf-hint"][data-category="${category}"] [data-testid="lf-hint-words"]`));
const applyHint = (page: Page, category: string) => page.click(inSidebar(`[data-testid="lf-hint"][data-category="${category}"] [data-testid="lf-hint-apply"]`));

async function insertRestatement(page: Page, text: string) {
  const field = sidebarTestId('lf-restatement');
  await page.waitForSelector(`${field}:not([disabled])`);
  await page.click(field);
  await page.keyboard.type(text);
  await expect.poll(() => textsOf(page, sidebarTestId('lf-draft-status'))).toEqual([expect.stringMatching(/^Saved locally · /)]);
  await page.click(sidebarTestId('lf-insert-restatement'));
}

describe('Help Scout in Firefox (Slate)', () => {
  it("shows the sidebar beside the URL's conversation, with its customer's latest message", async () => {
    const page = await open(helpscoutUrl('2718401'));
    await expect.poll(() => textsOf(page, sidebarTestId('lf-ticket'))).toEqual([expect.stringContaining('Shipping labels still print the old warehouse address')]);
    const [message] = await textsOf(page, sidebarTestId('lf-customer-message'));
    expect(message).toContain('Rua do Norte 12');
    expect(message).not.toContain('SHIP-212');
    await page.close();
  });

  it("hints while the agent types in Slate, and the suggestion and the restatement go into Slate's model", async () => {
    const page = await open(helpscoutUrl('2718455'));
    await page.click('[data-cy="reply-button"]');
    await page.waitForSelector('[data-slate-editor][aria-label="Reply Editor"]');
    await page.click('[data-slate-editor][aria-label="Reply Editor"]');
    await page.keyboard.type('Hi Jonas, are you sure the number is right?');
    await expect.poll(() => hintsOf(page, 'doubting')).toEqual(['“are you sure”']);
    await applyHint(page, 'doubting');
    await expect.poll(() => editorText(page)).toContain('Hi Jonas, Could you walk me through');
    expect(await editorText(page)).not.toContain('are you sure');

    await insertRestatement(page, 'the SMS codes never arrive');
    await expect.poll(() => editorText(page)).toMatch(/^Just to make sure I've understood: the SMS codes never arrive\nHi Jonas, Could you walk me through/);
    await page.close();
  });
});

describe('Intercom Inbox in Firefox (ProseMirror)', () => {
  it("shows the sidebar beside the URL's conversation, its latest email read from a shadow root", async () => {
    const page = await open(intercomUrl(INTERCOM_EMAIL));
    await expect.poll(() => textsOf(page, sidebarTestId('lf-ticket'))).toEqual([expect.stringContaining('Webhook deliveries fail with 401 after rotating the secret')]);
    const [message] = await textsOf(page, sidebarTestId('lf-customer-message'));
    expect(message).toContain('dlv_8Q2kX91');
    expect(message).not.toContain('HOOK-77');
    await page.close();
  });

  it("inserts the restatement into ProseMirror's own model", async () => {
    const page = await open(intercomUrl(INTERCOM_EMAIL));
    await insertRestatement(page, 'delivery dlv_8Q2kX91 still fails with 401');
    await expect.poll(() => editorText(page)).toBe("Just to make sure I've understood: delivery dlv_8Q2kX91 still fails with 401");
    await page.close();
  });

  it("hints while the agent types in ProseMirror, and the suggestion goes into its model", async () => {
    const page = await open(intercomUrl(INTERCOM_CHAT));
    await page.click('.ProseMirror.embercom-prosemirror-composer-editor');
    await page.keyboard.type('Hi Tomas, are you sure you used the export?');
    await expect.poll(() => hintsOf(page, 'doubting')).toEqual(['“are you sure”']);
    await applyHint(page, 'doubting');
    await expect.poll(() => editorText(page)).toContain('Hi Tomas, Could you walk me through');
    expect(await editorText(page)).not.toContain('are you sure');
    await page.close();
  });
});

describe('Freshservice in Firefox (Froala)', () => {
  it("shows the sidebar beside the URL's ticket, hints while the agent types, and inserts into Froala's model", async () => {
    const page = await open(freshserviceTicketUrl('41'));
    await expect.poll(() => textsOf(page, sidebarTestId('lf-ticket'))).toEqual([expect.stringContaining('VPN drops every 20 minutes since the client update')]);
    await page.click(freshserviceSelectors.replyButton);
    await page.waitForSelector(freshserviceSelectors.replyEditor);
    await page.click(freshserviceSelectors.replyEditor);
    await page.keyboard.type('Hi Priya, this will definitely fix it.');
    await expect.poll(() => hintsOf(page, 'overpromise')).toEqual(['“this will definitely fix it”']);
    await insertRestatement(page, 'your VPN drops every 20 minutes');
    // At the top of the reply, through Froala's own API (its html.get() writes the apostrophe as &#39;).
    await expect
      .poll(() => editorHtml(page))
      .toMatch(/^<p>Just to make sure I(?:'|&#39;)ve understood: your VPN drops every 20 minutes<\/p><p>Hi Priya, this will definitely fix it\.<\/p>$/);
    await page.close();
  });
});

// The toolbar popup's "Turn on ListenFirst for Help Scout", past its permission request (the hosts
// are granted at install here): its message, sent from an extension page as the popup sends it, on
// a Help Scout tab opened while the helpdesk's scripts were not registered. The popup's own click
// runs in Chromium (tests/e2e/helpdesk-turn-on.e2e.ts).
describe('turning Help Scout on from the toolbar, in Firefox', () => {
  it('starts the sidebar in the open tab without a reload, with a working editor bridge, and registers it again', async () => {
    const extensionPage = await firefox.openExtensionPage('popup.html');
    const helpscoutScripts = () =>
      extensionPage.evaluate(async (helpdesk) => {
        const api = (globalThis as unknown as { browser: { scripting: { getRegisteredContentScripts(): Promise<{ id: string }[]> } } }).browser;
        return (await api.scripting.getRegisteredContentScripts()).map((script) => script.id).filter((id) => id.includes(helpdesk));
      }, 'helpscout');
    await extensionPage.evaluate(async (ids) => {
      const api = (globalThis as unknown as { browser: { scripting: { unregisterContentScripts(f: { ids: string[] }): Promise<void> } } }).browser;
      await api.scripting.unregisterContentScripts({ ids });
    }, await helpscoutScripts());
    expect(await helpscoutScripts()).toEqual([]);

    const url = helpscoutUrl('2718401');
    const page = await firefox.openHelpdeskPage(url);
    expect(await page.$('listen-first-sidebar')).toBeNull();
    const response = await extensionPage.evaluate(async (tabUrl) => {
      const api = (globalThis as unknown as { browser: { tabs: { query(q: object): Promise<{ id: number }[]> }; runtime: { sendMessage(m: unknown): Promise<unknown> } } }).browser;
      const [tab] = await api.tabs.query({ url: tabUrl });
      return api.runtime.sendMessage({ type: 'helpdesk/start', tabId: tab!.id });
    }, url);
    expect(response).toEqual({ ok: true, started: true });
    expect((await helpscoutScripts()).length).toBeGreaterThan(0);
    await extensionPage.close();

    await page.waitForSelector(sidebarTestId('lf-checklist'), { visible: true, timeout: 15_000 });
    await page.bringToFront();
    await page.click('[data-cy="reply-button"]');
    await page.waitForSelector('[data-slate-editor][aria-label="Reply Editor"]');
    await insertRestatement(page, 'the labels still print the old address');
    await expect.poll(() => editorText(page)).toMatch(/^Just to make sure I've understood: the labels still print the old address/);
    await page.close();
  });
});
