import { describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { readLocalItem } from './support/extension-storage';
import { openFixturePage, waitForSidebar } from './support/helpdesk-pages';
import { useExtensionSession } from './support/extension-session';

// The built extension in real Chromium on the fixture helpdesks, served at their real URLs.
// Playwright's CSS locators pierce the sidebar's open shadow root.

const ZENDESK = 'https://demo.zendesk.com/agent/tickets';
const FRESHDESK = 'https://demo.freshdesk.com/a/tickets';

const inSidebar = (page: Page, testId: string) => page.locator(`listen-first-sidebar [data-testid="${testId}"]`);

const session = useExtensionSession();

async function openTicket(url: string): Promise<Page> {
  const page = await openFixturePage(session.context, url);
  await waitForSidebar(page);
  return page;
}

async function typeRestatement(page: Page, text: string) {
  const field = inSidebar(page, 'lf-restatement');
  await expect.poll(() => field.isEnabled()).toBe(true);
  await field.fill(text);
  await expect.poll(() => inSidebar(page, 'lf-draft-status').textContent()).toContain('Saved locally');
}

describe('Zendesk Agent Workspace', () => {
  it("shows the active ticket and its customer's latest message, not the background pane's", async () => {
    const page = await openTicket(`${ZENDESK}/1201?late=0`);
    await expect.poll(() => inSidebar(page, 'lf-ticket').textContent()).toContain('License key rejected after upgrading to 4.2.1');
    await expect.poll(() => inSidebar(page, 'lf-ticket').textContent()).toContain('#1201');
    const message = await inSidebar(page, 'lf-customer-message').textContent();
    expect(message).toContain('LK-403');
    expect(message).not.toContain('wrote:');
    expect(message).not.toContain('invoice');
    expect(await inSidebar(page, 'lf-checklist-item').count()).toBe(8);
    expect(await inSidebar(page, 'lf-status').count()).toBe(0);
    await page.close();
  });

  it('shows a customer message that loads late', async () => {
    const page = await openTicket(`${ZENDESK}/1201`);
    await page.evaluate(() => (window as unknown as { __lfFixture: { lateEntryArrived: Promise<void> } }).__lfFixture.lateEntryArrived);
    await expect.poll(() => inSidebar(page, 'lf-customer-message').textContent()).toContain('offline activation file');
    await page.close();
  });

  it('swaps everything to the other ticket on an in-page tab switch, and back, without mixing', async () => {
    const page = await openTicket(`${ZENDESK}/1201?late=0`);
    await typeRestatement(page, 'Your license key is refused with LK-403 since 4.2.1');
    await inSidebar(page, 'lf-checklist-item').first().locator('input').check();

    await page.locator('[data-fixture-tab="1202"]').click();
    await expect.poll(() => page.url()).toContain('/agent/tickets/1202');
    await expect.poll(() => inSidebar(page, 'lf-ticket').textContent()).toContain('#1202');
    expect(await inSidebar(page, 'lf-ticket').textContent()).toContain('App crashes when exporting an invoice as PDF');
    expect(await inSidebar(page, 'lf-customer-message').textContent()).not.toContain('LK-403');
    await expect.poll(() => inSidebar(page, 'lf-restatement').inputValue()).toBe('');
    expect(await inSidebar(page, 'lf-checklist-item').first().locator('input').isChecked()).toBe(false);

    await typeRestatement(page, 'The app crashes when you export an invoice as PDF');
    await page.goBack();
    await expect.poll(() => inSidebar(page, 'lf-ticket').textContent()).toContain('#1201');
    await expect.poll(() => inSidebar(page, 'lf-restatement').inputValue()).toBe('Your license key is refused with LK-403 since 4.2.1');
    expect(await inSidebar(page, 'lf-checklist-item').first().locator('input').isChecked()).toBe(true);
    await page.close();
  });

  it('keeps the restatement and ticks across a reload', async () => {
    const page = await openTicket(`${ZENDESK}/1202?late=0`);
    await typeRestatement(page, 'Exporting invoice INV-2291 as PDF crashes the app');
    await inSidebar(page, 'lf-checklist-item').nth(2).locator('input').check();
    await expect.poll(() => inSidebar(page, 'lf-draft-status').textContent()).toContain('Saved locally');
    await page.reload();
    await inSidebar(page, 'lf-checklist').waitFor();
    await expect.poll(() => inSidebar(page, 'lf-restatement').inputValue()).toBe('Exporting invoice INV-2291 as PDF crashes the app');
    expect(await inSidebar(page, 'lf-checklist-item').nth(2).locator('input').isChecked()).toBe(true);
    await page.close();
  });

  it("inserts the restatement into CKEditor 5's own model, in the active ticket's editor only", async () => {
    const page = await openTicket(`${ZENDESK}/1201?late=0`);
    type Hooks = { __lfFixture: { getEditorData(id: string): string; setEditorData(id: string, html: string): void } };
    await page.evaluate(() => (window as unknown as Hooks).__lfFixture.setEditorData('1201', '<p>Hi Marta,</p><p>I checked your account.</p>'));
    await typeRestatement(page, 'your license key is refused with LK-403');
    await inSidebar(page, 'lf-insert-restatement').click();
    await expect
      .poll(() => page.evaluate(() => (window as unknown as Hooks).__lfFixture.getEditorData('1201')))
      .toBe("<p>Just to make sure I've understood: your license key is refused with LK-403</p><p>Hi Marta,</p><p>I checked your account.</p>");
    expect(await page.evaluate(() => (window as unknown as Hooks).__lfFixture.getEditorData('1202'))).not.toContain('understood');
    await page.close();
  });

  it('points at a promise with no time in the reply, with the default settings (no-next-step in words)', async () => {
    // The settings the background resolved, not the sidebar's own fallback before they are published.
    const worker = session.browser.context.serviceWorkers()[0]!;
    await expect.poll(() => readLocalItem(worker, 'settings-snapshot'), { timeout: 15_000 }).toBeDefined();
    const page = await openTicket(`${ZENDESK}/1201?late=0`);
    type Hooks = { __lfFixture: { setEditorData(id: string, html: string): void } };
    await page.evaluate(() =>
      (window as unknown as Hooks).__lfFixture.setEditorData(
        '1201',
        '<p>Hi Marta,</p><p>Thank you for the screenshot of the activation dialog and the LK-403 code. I have passed your case to our licensing colleagues, who will be in touch in due course.</p>',
      ),
    );
    const hint = page.locator('listen-first-sidebar [data-testid="lf-hint"][data-category="no-next-step"]');
    await expect.poll(() => hint.count()).toBe(1);
    expect(await hint.textContent()).toContain('in due course');
    await page.close();
  });

  it('keeps working when Zendesk replaces the editor element', async () => {
    const page = await openTicket(`${ZENDESK}/1201?late=0`);
    type Hooks = { __lfFixture: { replaceEditor(id: string): Promise<void>; getEditorData(id: string): string } };
    await page.evaluate(() => (window as unknown as Hooks).__lfFixture.replaceEditor('1201'));
    await typeRestatement(page, 'the key is refused');
    await inSidebar(page, 'lf-insert-restatement').click();
    await expect
      .poll(() => page.evaluate(() => (window as unknown as Hooks).__lfFixture.getEditorData('1201')))
      .toContain("Just to make sure I've understood: the key is refused");
    await page.close();
  });

  it('says plainly when the page layout is not understood, and keeps the checklist usable', async () => {
    const page = await session.context.newPage();
    await page.goto(`${ZENDESK}/1201?lf-fixture=unknown-layout`);
    await expect.poll(() => inSidebar(page, 'lf-status').textContent(), { timeout: 10_000 }).toContain("Can't find the reply box on this page");
    await inSidebar(page, 'lf-checklist-item').first().locator('input').check();
    await typeRestatement(page, 'still usable');
    await page.close();
  });
});

describe('Freshdesk', () => {
  it('shows the ticket and the requester\'s latest message without the quoted thread', async () => {
    const page = await openTicket(`${FRESHDESK}/301`);
    await expect.poll(() => inSidebar(page, 'lf-ticket').textContent()).toContain('Outlook calendar stopped syncing after password change');
    const message = await inSidebar(page, 'lf-customer-message').textContent();
    expect(message).toContain('0x80070005');
    expect(message).not.toContain('wrote:');
    await page.close();
  });

  it('swaps to the other ticket on in-page navigation, and back, without mixing', async () => {
    const page = await openTicket(`${FRESHDESK}/301`);
    await typeRestatement(page, 'Your Outlook calendar stopped syncing');
    await page.locator('[data-fixture-ticket-link="302"]').click();
    await expect.poll(() => inSidebar(page, 'lf-ticket').textContent()).toContain('#302');
    expect(await inSidebar(page, 'lf-ticket').textContent()).toContain('Charged twice for the November subscription');
    expect(await inSidebar(page, 'lf-customer-message').textContent()).not.toContain('0x80070005');
    await expect.poll(() => inSidebar(page, 'lf-restatement').inputValue()).toBe('');
    await page.goBack();
    await expect.poll(() => inSidebar(page, 'lf-ticket').textContent()).toContain('#301');
    await expect.poll(() => inSidebar(page, 'lf-restatement').inputValue()).toBe('Your Outlook calendar stopped syncing');
    await page.close();
  });

  it('keeps the restatement and ticks across a reload', async () => {
    const page = await openTicket(`${FRESHDESK}/302`);
    await typeRestatement(page, 'You were charged twice in November');
    await inSidebar(page, 'lf-checklist-item').last().locator('input').check();
    await expect.poll(() => inSidebar(page, 'lf-draft-status').textContent()).toContain('Saved locally');
    await page.reload();
    await inSidebar(page, 'lf-checklist').waitFor();
    await expect.poll(() => inSidebar(page, 'lf-restatement').inputValue()).toBe('You were charged twice in November');
    expect(await inSidebar(page, 'lf-checklist-item').last().locator('input').isChecked()).toBe(true);
    await page.close();
  });

  it("opens the reply box and inserts the restatement into Froala's own model", async () => {
    const page = await openTicket(`${FRESHDESK}/301`);
    await expect.poll(() => inSidebar(page, 'lf-status').getAttribute('data-state')).toBe('reply-closed');
    await typeRestatement(page, 'your calendar no longer syncs since the password change');
    await inSidebar(page, 'lf-insert-restatement').click();
    type Hooks = { __lfFixture: { getEditorHtml(): string | null } };
    // Froala's html.get() writes the apostrophe as &#39;
    await expect
      .poll(() => page.evaluate(() => (window as unknown as Hooks).__lfFixture.getEditorHtml()))
      .toMatch(/^<p>Just to make sure I(?:'|&#39;)ve understood: your calendar no longer syncs since the password change<\/p>/);
    await page.close();
  });
});
