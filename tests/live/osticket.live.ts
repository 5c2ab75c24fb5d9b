import { beforeAll, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { sidebarPart, waitForSidebar } from '../e2e/support/helpdesk-pages';
import { expectReloadKeepsRestatementAndTicks, sidebarHint, typeRestatement } from '../e2e/support/sidebar-scenarios';
import { bringUpOsticket } from './osticket/bring-up';
import { caretAtEnd, osticketPage, signIn, storedEntries, ticketUrl } from './osticket/osticket-page';
import { OSTICKET_SEED_TICKETS } from './osticket/seed-data';
import { describeLive } from './support/describe-live';
import { useLiveHelpdesk } from './support/live-session';

// osTicket v1.18.1 for real (tests/live/osticket/bring-up.ts), at an origin added as a team adds its
// own, driven in Chromium with the built extension: its staff page, Redactor 3, pjax and its own
// form post. Tests share one osTicket and run in order; each names the state it starts from.

const EXPORT = OSTICKET_SEED_TICKETS.export;
const INVOICE = OSTICKET_SEED_TICKETS.invoice;
const latestText = (thread: readonly { by: string; text: string }[]) => thread.filter((entry) => entry.by === 'customer').at(-1)!.text;

describeLive('osTicket, live', 'LF_OSTICKET_ARCHIVE', (archive) => {
  const session = useLiveHelpdesk('osticket', archive, bringUpOsticket);
  const osticket = () => session.helpdesk as Awaited<ReturnType<typeof bringUpOsticket>>;

  beforeAll(() => signIn(session.browser.context, session.helpdesk.origin));

  async function openTicket(name: 'export' | 'invoice'): Promise<Page> {
    const page = await session.browser.context.newPage();
    await page.goto(ticketUrl(osticket(), name));
    await page.locator(osticketPage.replyEditor).waitFor();
    await waitForSidebar(page);
    return page;
  }

  it("shows the ticket and its customer's latest message only: not the first one, the agent's reply or the internal note", async () => {
    const page = await openTicket('export');
    await expect.poll(() => sidebarPart(page, 'lf-ticket').textContent()).toContain(EXPORT.subject);
    const message = await sidebarPart(page, 'lf-customer-message').textContent();
    expect(message).toContain(latestText(EXPORT.thread));
    for (const entry of EXPORT.thread.slice(0, 3)) expect(message).not.toContain(entry.text);
    expect(await sidebarPart(page, 'lf-status').count()).toBe(0);
    await page.close();
  });

  it('points at a doubting phrase typed in Redactor and puts the suggestion in through its API, into the posted textarea too', async () => {
    const page = await openTicket('invoice');
    await caretAtEnd(page, osticketPage.replyEditor);
    await page.keyboard.type('Hi Oskar, are you sure the invoice is the November one?');
    await expect.poll(() => sidebarHint(page, 'doubting').count()).toBe(1);
    await sidebarHint(page, 'doubting').locator('[data-testid="lf-hint-apply"]').click();
    await expect.poll(() => page.locator(osticketPage.replyEditor).innerText()).toContain('Could you walk me through');
    expect(await page.locator(osticketPage.replyEditor).innerText()).not.toContain('are you sure');
    // Redactor copied it into the textarea osTicket posts (its hard sync), not only into the editable.
    expect(await page.locator(osticketPage.replyTextarea).inputValue()).toContain('Could you walk me through');
    await page.close();
  });

  it('follows no internal note: the sidebar says a note is open, gives no hints on it, and keeps the reply draft as it was', async () => {
    const page = await openTicket('invoice');
    const key = `osticket:${osticket().origin}#${osticket().seeded.tickets.invoice.id}`;
    const replyBefore = await session.storedReply(key);
    await page.click(osticketPage.noteTab);
    await expect.poll(() => sidebarPart(page, 'lf-status').getAttribute('data-state')).toBe('writing-note');
    await caretAtEnd(page, osticketPage.noteEditor);
    await page.keyboard.type('Internal: are you sure finance migrated the tax classes?');
    await page.waitForTimeout(1_500);
    expect(await sidebarHint(page, 'doubting').count()).toBe(0);
    const replyAfter = await session.storedReply(key);
    expect(replyAfter).toBe(replyBefore);
    expect(replyAfter).not.toContain('Internal:');
    await sidebarPart(page, 'lf-status').getByRole('button', { name: 'Back to the reply' }).click();
    await expect.poll(() => sidebarPart(page, 'lf-status').count()).toBe(0);
    expect(await page.locator('#response-tabs li.active a').getAttribute('href')).toBe('#reply');
    await page.close();
  });

  it("swaps the sidebar to another ticket on osTicket's pjax switch, with nothing of the first, and back", async () => {
    const page = await session.browser.context.newPage();
    await page.goto(`${osticket().origin}/scp/tickets.php`);
    await page.evaluate(() => ((window as unknown as { lfSamePage: boolean }).lfSamePage = true));
    await page.click(osticketPage.queueLink(osticket().seeded.tickets.export.id));
    await waitForSidebar(page);
    await expect.poll(() => sidebarPart(page, 'lf-ticket').textContent()).toContain(EXPORT.subject);
    await typeRestatement(page, 'Every CSV over 100 rows loses its totals row');

    await page.goBack();
    await page.click(osticketPage.queueLink(osticket().seeded.tickets.invoice.id));
    await expect.poll(() => sidebarPart(page, 'lf-ticket').textContent()).toContain(INVOICE.subject);
    expect(await sidebarPart(page, 'lf-customer-message').textContent()).toContain(latestText(INVOICE.thread));
    expect(await sidebarPart(page, 'lf-customer-message').textContent()).not.toContain('totals row');
    await expect.poll(() => sidebarPart(page, 'lf-restatement').inputValue()).toBe('');
    // No page load happened: the same window, osTicket's pjax all along.
    expect(await page.evaluate(() => (window as unknown as { lfSamePage?: boolean }).lfSamePage)).toBe(true);

    await page.goBack();
    await page.click(osticketPage.queueLink(osticket().seeded.tickets.export.id));
    await expect.poll(() => sidebarPart(page, 'lf-ticket').textContent()).toContain(EXPORT.subject);
    await expect.poll(() => sidebarPart(page, 'lf-restatement').inputValue()).toBe('Every CSV over 100 rows loses its totals row');
    await page.close();
  });

  it('keeps the restatement and ticks across a reload', async () => {
    const page = await openTicket('export');
    await expectReloadKeepsRestatementAndTicks(page, 'Reports over 100 rows lose their totals row in the CSV');
    await page.close();
  });

  it('inserts the restatement through Redactor, posts it with Post Reply, osTicket stores it, and the mirrored reply is cleared', async () => {
    const page = await openTicket('export');
    const ticketId = osticket().seeded.tickets.export.id;
    const key = `osticket:${osticket().origin}#${ticketId}`;
    await typeRestatement(page, 'every CSV export over 100 rows loses its totals row');
    await sidebarPart(page, 'lf-insert-restatement').click();
    await expect.poll(() => page.locator(osticketPage.replyEditor).innerText()).toMatch(/^Just to make sure I've understood: every CSV export over 100 rows loses its totals row/);
    await caretAtEnd(page, osticketPage.replyEditor);
    await page.keyboard.type('We have found the cause and a fix ships on Friday.');
    await expect.poll(() => session.storedReply(key)).toContain('a fix ships on Friday');

    await Promise.all([page.waitForURL(/tickets\.php\?id=/, { waitUntil: 'load' }), page.click(osticketPage.postReply)]);
    const stored = await storedEntries(osticket(), ticketId, 'R');
    expect(stored.at(-1)).toContain("Just to make sure I've understood: every CSV export over 100 rows loses its totals row");
    expect(stored.at(-1)).toContain('We have found the cause and a fix ships on Friday.');
    await expect.poll(() => page.locator(osticketPage.lastResponse).innerText()).toContain('a fix ships on Friday');

    await waitForSidebar(page);
    await expect.poll(() => session.storedReply(key)).toBe('');
    expect(await sidebarPart(page, 'lf-restore-draft').count()).toBe(0);
    await page.close();
  });
});
