import { expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { ticketKey } from '../../lib/adapters/types';
import { sidebarPart, waitForSidebar } from '../e2e/support/helpdesk-pages';
import { sidebarHint, typeRestatement } from '../e2e/support/sidebar-scenarios';
import { describeLive } from './support/describe-live';
import { useLiveHelpdesk } from './support/live-session';
import { bringUpFreescout, type RunningFreescout } from './freescout/bring-up';
import { FREESCOUT_SEED, FREESCOUT_SEED_FACTS } from './freescout/seed-data';

// FreeScout 1.8.145, running for real (PostgreSQL, PHP's built-in server), its origin added as a
// team adds its own, driven in Chromium with the built extension: its real agent pages, its real
// Summernote editor, its real send. One page load per conversation.

const EDITOR = '.conv-reply-block .note-editable';

describeLive('FreeScout, live', 'LF_FREESCOUT_ARCHIVE', (archive) => {
  const session = useLiveHelpdesk('freescout', archive, bringUpFreescout);
  const running = () => session.helpdesk as RunningFreescout;
  const conversation = (index: 0 | 1) => running().seeded.conversations[index]!;
  let signedIn = false;

  /** Conversation `index` of the seed's, opened in the extension's Chromium as the seeded agent, with the sidebar up. */
  async function openConversation(index: 0 | 1): Promise<Page> {
    const page = await session.browser.context.newPage();
    if (!signedIn) {
      await page.goto(`${running().origin}/login`);
      await page.fill('#email', FREESCOUT_SEED.agent.email);
      await page.fill('#password', FREESCOUT_SEED.agent.password);
      await Promise.all([page.waitForURL((url) => !url.pathname.startsWith('/login')), page.click('button[type="submit"]')]);
      signedIn = true;
    }
    await page.goto(`${running().origin}/conversation/${conversation(index).id}`);
    await waitForSidebar(page);
    return page;
  }

  const keyOf = (index: 0 | 1) => ticketKey('freescout', running().origin, '', String(conversation(index).id));
  const storedReply = (index: 0 | 1) => session.storedReply(keyOf(index));

  it("shows the conversation and its customer's latest message only: no quoted history, no internal note", async () => {
    const page = await openConversation(0);
    await expect.poll(() => sidebarPart(page, 'lf-ticket').textContent()).toContain(FREESCOUT_SEED.conversations[0].subject);
    const message = await sidebarPart(page, 'lf-customer-message').textContent();
    expect(message).toContain(FREESCOUT_SEED_FACTS[0].latestSays);
    expect(message).not.toContain(FREESCOUT_SEED_FACTS[0].quotedSays);
    expect(message).not.toContain(FREESCOUT_SEED_FACTS[0].noteSays);
    // The reply box is closed until Reply: the sidebar offers to open it.
    await expect.poll(() => sidebarPart(page, 'lf-status').getAttribute('data-state')).toBe('reply-closed');
    await page.close();
  });

  it('follows a full page load to the next conversation, with nothing of the first', async () => {
    const page = await openConversation(0);
    await typeRestatement(page, 'The March export stops at 80% with E-409');
    // FreeScout's own "Older" arrow: a link, a full page load.
    await Promise.all([page.waitForURL(new RegExp(`/conversation/${conversation(1).id}`)), page.locator('.conv-next-prev a').first().click()]);
    await waitForSidebar(page);
    await expect.poll(() => sidebarPart(page, 'lf-ticket').textContent()).toContain(FREESCOUT_SEED.conversations[1].subject);
    const message = await sidebarPart(page, 'lf-customer-message').textContent();
    expect(message).toContain(FREESCOUT_SEED_FACTS[1].latestSays);
    expect(message).not.toContain('E-409');
    await expect.poll(() => sidebarPart(page, 'lf-restatement').inputValue()).toBe('');
    await page.close();
  });

  it('inserts the restatement through Summernote, posts it with Send Reply for real, reads it back as stored, and clears the mirrored draft', async () => {
    const page = await openConversation(0);
    await page.locator('.conv-actions .conv-reply').click();
    await page.locator(EDITOR).click();
    await page.keyboard.type('I have asked billing to raise the export timeout.');
    await expect.poll(() => storedReply(0), { timeout: 10_000 }).toContain('export timeout');
    const restatement = 'exporting the March invoices to CSV fails with E-409 in Firefox 128';
    await typeRestatement(page, restatement);
    await sidebarPart(page, 'lf-insert-restatement').click();
    await expect.poll(() => page.locator(EDITOR).innerText()).toMatch(/^Just to make sure I've understood: exporting the March invoices/);
    expect(await page.locator('textarea#body').inputValue()).toContain(restatement);

    const before = (await running().storedThreads(conversation(0).id)).length;
    // "Send and stay on page" (FreeScout's menu beside Send Reply): the conversation loads again after
    // the send, and that page's sidebar, told of the send, clears the mirrored reply. With FreeScout's
    // default, "Send and next active", the next page is another conversation's and the reply stays saved.
    await page.locator('.note-statusbar .btn-send-menu').click();
    await page.locator('.note-statusbar .dropdown-after-send [data-after-send="1"]').click();
    await page.locator('.note-statusbar .btn-send-text').click();
    await expect.poll(async () => (await running().storedThreads(conversation(0).id)).length, { timeout: 30_000 }).toBe(before + 1);
    const threads = await running().storedThreads(conversation(0).id);
    const posted = threads.at(-1)!;
    expect(posted.type).toBe('message');
    expect(posted.body).toContain(`Just to make sure I've understood: ${restatement}`);
    expect(posted.body).toContain('I have asked billing to raise the export timeout.');
    await expect.poll(() => storedReply(0), { timeout: 10_000 }).toBe('');
    await page.close();
  });

  it("shows a customer's message that arrives by FreeScout's polling, without a reload", async () => {
    const page = await openConversation(1);
    const arrived = 'Any news on the refund? My bank shows the second charge as settled now.';
    await running().addThread(conversation(1).id, { type: 'customer', body: `<p>${arrived}</p>` }, FREESCOUT_SEED.conversations[1].customer.email);
    // FreeScout polls every 5 s and puts the thread at the top in its "new message" wrapper.
    await expect.poll(() => sidebarPart(page, 'lf-customer-message').textContent(), { timeout: 30_000 }).toContain('My bank shows the second charge');
    await page.close();
  });

  it('keeps the restatement and ticks across a reload', async () => {
    const page = await openConversation(1);
    await typeRestatement(page, 'You were charged twice and want the 120 EUR back');
    await sidebarPart(page, 'lf-checklist-item').nth(2).locator('input').check();
    await expect.poll(() => sidebarPart(page, 'lf-draft-status').textContent()).toContain('Saved locally');
    await page.reload();
    await waitForSidebar(page);
    await expect.poll(() => sidebarPart(page, 'lf-restatement').inputValue()).toBe('You were charged twice and want the 120 EUR back');
    expect(await sidebarPart(page, 'lf-checklist-item').nth(2).locator('input').isChecked()).toBe(true);
    await page.close();
  });

  it('gives no hints on an internal note, says it follows a note, and keeps the note out of the reply draft', async () => {
    const page = await openConversation(1);
    await page.locator('.conv-actions .conv-add-note').click();
    await expect.poll(() => sidebarPart(page, 'lf-status').getAttribute('data-state')).toBe('writing-note');
    await page.locator(EDITOR).click();
    await page.keyboard.type('Are you sure billing refunded it? Check before we answer.');
    await page.waitForTimeout(1_500);
    expect(await sidebarHint(page, 'doubting').count()).toBe(0);
    expect(await storedReply(1)).not.toContain('billing refunded');
    await page.close();
  });

  it("hints while the agent types in FreeScout's Summernote, and puts the suggestion in through its API", async () => {
    const page = await openConversation(0);
    await page.locator('.conv-actions .conv-reply').click();
    await expect.poll(() => sidebarPart(page, 'lf-status').count()).toBe(0);
    await page.locator(EDITOR).click();
    await page.keyboard.type('Hi Marta, are you sure you cleared the cache?');
    await expect.poll(() => sidebarHint(page, 'doubting').count(), { timeout: 15_000 }).toBe(1);
    await sidebarHint(page, 'doubting').locator('[data-testid="lf-hint-apply"]').click();
    await expect.poll(() => page.locator(EDITOR).textContent()).not.toContain('are you sure');
    // Summernote's change reached the textarea FreeScout's form posts.
    expect(await page.locator('textarea#body').inputValue()).not.toContain('are you sure');
    await page.close();
  });

  it("clears the saved reply of a conversation sent with FreeScout's default, Send and next active, once the thread shows it", async () => {
    const page = await openConversation(1);
    await page.locator('.conv-actions .conv-reply').click();
    await page.locator(EDITOR).click();
    // Whatever FreeScout kept of earlier tests' typing here goes: this reply alone.
    await page.keyboard.press('Control+A');
    await page.keyboard.press('Backspace');
    await page.keyboard.type('Hi Kwame, I have refunded the duplicate charge of 120 EUR today.');
    await expect.poll(() => storedReply(1), { timeout: 10_000 }).toContain('refunded the duplicate charge');
    const before = (await running().storedThreads(conversation(1).id)).length;
    await page.locator('.note-statusbar .btn-send-text').click();
    await expect.poll(async () => (await running().storedThreads(conversation(1).id)).length, { timeout: 30_000 }).toBe(before + 1);
    await page.close();

    // FreeScout went on to another conversation; back here, the sent reply is no draft any more.
    const back = await openConversation(1);
    await expect.poll(() => storedReply(1), { timeout: 10_000 }).toBe('');
    expect(await sidebarPart(back, 'lf-restore-draft').count()).toBe(0);
    await back.close();
  });
});
