import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'puppeteer-core';
import { FRESHDESK_TICKETS, ZENDESK_TICKETS } from '../fixtures/fixture-tickets';
import { freshdeskSelectors, freshdeskTicketUrl, zendeskSelectors, zendeskTicketUrl } from '../e2e/support/helpdesk-pages';
import { inSidebar, launchFirefox, sidebarTestId, textsOf, type LaunchedFirefox } from './support/firefox';

// The core of ListenFirst in Firefox ESR: the Firefox build installed as a temporary add-on, the
// fixture helpdesks served at their real URLs, driven over WebDriver BiDi by puppeteer-core.

let firefox: LaunchedFirefox;
beforeAll(async () => {
  firefox = await launchFirefox();
});
afterAll(async () => {
  await firefox?.close();
});

async function open(url: string): Promise<Page> {
  const page = await firefox.openHelpdeskPage(url);
  await page.waitForSelector(sidebarTestId('lf-checklist'), { visible: true, timeout: 15_000 });
  return page;
}

const editorData = (page: Page, ticketId: string) =>
  page.evaluate((id) => (window as unknown as { __lfFixture: { getEditorData(id: string): string } }).__lfFixture.getEditorData(id), ticketId);
const froalaHtml = (page: Page) => page.evaluate(() => (window as unknown as { __lfFixture: { getEditorHtml(): string | null } }).__lfFixture.getEditorHtml());
const hintsOf = (page: Page, category: string) => textsOf(page, inSidebar(`[data-testid="lf-hint"][data-category="${category}"] [data-testid="lf-hint-words"]`));

async function fillRestatement(page: Page, text: string) {
  const field = sidebarTestId('lf-restatement');
  await page.waitForSelector(`${field}:not([disabled])`);
  await page.click(field);
  await page.keyboard.type(text);
}

describe('Zendesk in Firefox', () => {
  it("shows the sidebar beside the URL's ticket, not the other mounted one", async () => {
    const page = await open(`${zendeskTicketUrl('1202', 'firefox')}?late=0`);
    await expect.poll(() => textsOf(page, sidebarTestId('lf-ticket'))).toEqual([expect.stringContaining(ZENDESK_TICKETS['1202'].subject)]);
    expect(await textsOf(page, sidebarTestId('lf-ticket-id'))).toEqual(['#1202']);
    expect((await textsOf(page, sidebarTestId('lf-customer-message')))[0]).toContain(ZENDESK_TICKETS['1202'].latestMessageSays);
    await page.close();
  });

  it("hints while the agent types in CKEditor 5, and a suggestion goes into CKEditor's model", async () => {
    const page = await open(`${zendeskTicketUrl('1202', 'firefox')}?late=0`);
    await page.click(`${zendeskSelectors.pane('1202')} ${zendeskSelectors.editor}`);
    await page.keyboard.type('Hi Daniel, are you sure you exported it as PDF?');
    await expect.poll(() => hintsOf(page, 'doubting')).toEqual(['“are you sure”']);
    await page.click(inSidebar('[data-testid="lf-hint"][data-category="doubting"] [data-testid="lf-hint-apply"]'));
    await expect.poll(() => editorData(page, '1202')).toContain('Hi Daniel, Could you walk me through');
    expect(await editorData(page, '1202')).not.toContain('are you sure');
    await page.close();
  });

  it('keeps the restatement across a reload', async () => {
    const url = `${zendeskTicketUrl('1201', 'reload')}?late=0`;
    const page = await open(url);
    await fillRestatement(page, 'Every seat shows LK-403 since the 4.2.1 upgrade');
    await expect.poll(() => textsOf(page, sidebarTestId('lf-draft-status'))).toEqual([expect.stringMatching(/^Saved locally · /)]);
    await page.reload();
    await page.waitForSelector(sidebarTestId('lf-checklist'), { visible: true, timeout: 15_000 });
    await expect
      .poll(() => page.$eval(sidebarTestId('lf-restatement'), (field) => (field as HTMLTextAreaElement).value))
      .toBe('Every seat shows LK-403 since the 4.2.1 upgrade');
    await page.close();
  });
});

describe('Freshdesk in Firefox', () => {
  it("shows the sidebar beside the URL's ticket", async () => {
    const page = await open(freshdeskTicketUrl('302', 'firefox'));
    await expect.poll(() => textsOf(page, sidebarTestId('lf-ticket'))).toEqual([expect.stringContaining(FRESHDESK_TICKETS['302'].subject)]);
    expect(await textsOf(page, sidebarTestId('lf-ticket-id'))).toEqual(['#302']);
    await page.close();
  });

  it("hints while the agent types in Froala, and the restatement is inserted into Froala's model", async () => {
    const page = await open(freshdeskTicketUrl('301', 'firefox'));
    await page.click(freshdeskSelectors.replyButton);
    await page.waitForSelector(freshdeskSelectors.editor);
    await page.click(freshdeskSelectors.editor);
    await page.keyboard.type('Hi Aiko, this will definitely fix it.');
    await expect.poll(() => hintsOf(page, 'overpromise')).toEqual(['“this will definitely fix it”']);
    await fillRestatement(page, 'Outlook stopped syncing after the password change');
    await page.click(sidebarTestId('lf-insert-restatement'));
    // At the top of the reply, through Froala's own API (its html.get() has it).
    await expect
      .poll(() => froalaHtml(page))
      .toBe('<p>Just to make sure I&#39;ve understood: Outlook stopped syncing after the password change</p><p>Hi Aiko, this will definitely fix it.</p>');
    await page.close();
  });
});

describe('the options page in Firefox', () => {
  it('links the privacy policy, bundled from PRIVACY.md', async () => {
    const privacy = await firefox.openExtensionPage('privacy.html');
    expect(await textsOf(privacy, 'h1')).toEqual(['ListenFirst privacy policy']);
    expect(await textsOf(privacy, 'h2')).toContain('Why it asks for each permission');
    await privacy.close();
  });

  it('switches a hint category off for the agent, and the sidebar stops showing it', async () => {
    const options = await firefox.openExtensionPage('options.html');
    await options.waitForSelector('[data-category="doubting"]');
    expect(await options.$eval('[data-testid="lf-privacy-link"]', (link) => (link as HTMLAnchorElement).href)).toBe(`${firefox.extensionOrigin}/privacy.html`);
    await options.click('[data-category="doubting"]');
    await expect.poll(() => options.$eval('[data-category="doubting"]', (box) => (box as HTMLInputElement).checked)).toBe(false);
    await options.close();

    const page = await open(`${zendeskTicketUrl('1202', 'options')}?late=0`);
    await page.click(`${zendeskSelectors.pane('1202')} ${zendeskSelectors.editor}`);
    await page.keyboard.type('Hi Daniel, are you sure? This will definitely fix it.');
    await expect.poll(() => hintsOf(page, 'overpromise')).toEqual(['“This will definitely fix it”']);
    expect(await hintsOf(page, 'doubting')).toEqual([]);
    await page.close();
  });
});
