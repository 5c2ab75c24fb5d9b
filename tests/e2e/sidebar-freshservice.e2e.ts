import { describe, expect, it } from 'vitest';
import { freshserviceFixture } from './support/fixture-hooks';
import { freshserviceSelectors, freshserviceTicketUrl, sidebarPart } from './support/helpdesk-pages';
import { useOptionalHelpdeskSession } from './support/optional-helpdesk-session';
import { expectLayoutNotUnderstood, hintOf, openWithSidebar, restatementAfterReload, typeRestatementAndSave } from './support/sidebar-actions';

// Freshservice, an optional helpdesk: the extension holds its host permission (granted at install),
// so its scripts are registered. What public code shows of the page is modelled exactly; its reply
// box runs the real Froala, the hypothesis the adapter is written for (see the fixture's header).

const session = useOptionalHelpdeskSession('freshservice');
const open = (url: string) => openWithSidebar(session.context, url);

describe('Freshservice', () => {
  it('shows the ticket the URL names and swaps on in-page navigation, and back, without mixing drafts', async () => {
    const page = await open(freshserviceTicketUrl('41'));
    await expect.poll(() => sidebarPart(page, 'lf-ticket').textContent()).toContain('VPN drops every 20 minutes since the client update');
    await typeRestatementAndSave(page, 'Your VPN drops every 20 minutes since the 6.2 update');

    await page.locator(freshserviceSelectors.ticketLink('42')).click();
    await expect.poll(() => sidebarPart(page, 'lf-ticket').textContent()).toContain('Shared mailbox for the new Lisbon office');
    expect(await sidebarPart(page, 'lf-ticket').textContent()).not.toContain('VPN');
    await expect.poll(() => sidebarPart(page, 'lf-restatement').inputValue()).toBe('');

    await page.goBack();
    await expect.poll(() => sidebarPart(page, 'lf-ticket').textContent()).toContain('VPN drops');
    await expect.poll(() => sidebarPart(page, 'lf-restatement').inputValue()).toBe('Your VPN drops every 20 minutes since the 6.2 update');
    await page.close();
  });

  it('keeps the restatement across a reload', async () => {
    const page = await open(freshserviceTicketUrl('42'));
    expect(await restatementAfterReload(page, 'You need a shared mailbox for Lisbon by 14 December')).toBe('You need a shared mailbox for Lisbon by 14 December');
    await page.close();
  });

  it("inserts the restatement at the top of the reply in Froala's own model", async () => {
    const page = await open(freshserviceTicketUrl('41'));
    const fixture = freshserviceFixture(page);
    await fixture.openReply();
    await fixture.setEditorHtml('<p>Hi Priya,</p><p>thanks for the log.</p>');
    await typeRestatementAndSave(page, 'your VPN drops every 20 minutes with error 809');
    await sidebarPart(page, 'lf-insert-restatement').click();
    // Froala's html.get() writes the apostrophe as &#39;
    await expect
      .poll(() => fixture.getEditorHtml())
      .toMatch(/^<p>Just to make sure I(?:'|&#39;)ve understood: your VPN drops every 20 minutes with error 809<\/p><p>Hi Priya,<\/p><p>thanks for the log.<\/p>$/);
    await page.close();
  });

  it('hints on the reply typed in Froala and replaces the words through its API', async () => {
    const page = await open(freshserviceTicketUrl('41'));
    await page.locator(freshserviceSelectors.replyButton).click();
    await page.locator(freshserviceSelectors.replyEditor).click();
    await page.keyboard.type('Hi Priya, are you sure you installed 6.2?');
    await expect.poll(() => hintOf(page, 'doubting').count()).toBe(1);
    await hintOf(page, 'doubting').locator('[data-testid="lf-hint-apply"]').click();
    await expect.poll(() => freshserviceFixture(page).getEditorText()).toContain('Could you walk me through');
    expect(await freshserviceFixture(page).getEditorText()).not.toContain('are you sure');
    await page.close();
  });

  it("says it can't find the reply box while a note box is open beside the reply, rather than guess", async () => {
    const page = await open(freshserviceTicketUrl('42'));
    const fixture = freshserviceFixture(page);
    await fixture.openReply();
    await expect.poll(() => sidebarPart(page, 'lf-status').count()).toBe(0);
    await fixture.openNote();
    await expect.poll(() => sidebarPart(page, 'lf-status').textContent(), { timeout: 10_000 }).toContain("Can't find the reply box on this page");
    await page.close();
  });

  it('says plainly when the page layout is not understood, without an error, and keeps the checklist usable', async () => {
    await expectLayoutNotUnderstood(session.context, `${freshserviceTicketUrl('41')}?lf-fixture=unknown-layout`);
  });
});
