import { describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { JIRA_TICKETS } from '../fixtures/jira/jira-tickets';
import { fixtureTicketUrl, openFixturePage, sidebarPart, waitForSidebar } from './support/helpdesk-pages';
import { JIRA_EDITOR, jiraFixture } from './support/jira-fixture';
import { useOptionalHelpdeskSession } from './support/optional-helpdesk-session';

// Jira Service Management in real Chromium, its host permission granted as if the agent had turned
// it on. The composer runs the real ProseMirror; what the tests read back is its model (state.doc).

const QUEUE = 'https://demo.atlassian.net/jira/servicedesk/projects/SUP/queues/custom/12';
const session = useOptionalHelpdeskSession('jira');

const hint = (page: Page, category: string) => page.locator(`listen-first-sidebar [data-testid="lf-hint"][data-category="${category}"]`);

async function openRequest(url: string): Promise<Page> {
  const page = await openFixturePage(session.context, url);
  await waitForSidebar(page);
  return page;
}

async function typeRestatement(page: Page, text: string) {
  const field = sidebarPart(page, 'lf-restatement');
  await expect.poll(() => field.isEnabled()).toBe(true);
  await field.fill(text);
  await expect.poll(() => sidebarPart(page, 'lf-draft-status').textContent()).toContain('Saved locally');
}

describe('Jira Service Management', () => {
  it("shows the request in the queue and its customer's latest comment, without the quote", async () => {
    const page = await openRequest(`${QUEUE}/SUP-7`);
    await expect.poll(() => sidebarPart(page, 'lf-ticket').textContent()).toContain(JIRA_TICKETS['SUP-7'].subject);
    const message = await sidebarPart(page, 'lf-customer-message').textContent();
    expect(message).toContain(JIRA_TICKETS['SUP-7'].latestMessageSays);
    expect(message).not.toContain(JIRA_TICKETS['SUP-7'].quotedHistorySays);
    expect(message).not.toContain('Bookings');
    expect(await sidebarPart(page, 'lf-status').count()).toBe(0);
    await page.close();
  });

  it('swaps everything to the request opened from the queue, and back, without mixing', async () => {
    const page = await openRequest(`${QUEUE}/SUP-7`);
    await typeRestatement(page, 'Your VPN drops every 10 minutes since 6.2');
    await sidebarPart(page, 'lf-checklist-item').first().locator('input').check();

    await page.locator('[data-fixture-issue-link="SUP-9"]').click();
    await expect.poll(() => page.url()).toContain('/queues/custom/12/SUP-9');
    await expect.poll(() => sidebarPart(page, 'lf-ticket').textContent()).toContain(JIRA_TICKETS['SUP-9'].subject);
    expect(await sidebarPart(page, 'lf-customer-message').textContent()).toContain(JIRA_TICKETS['SUP-9'].latestMessageSays);
    expect(await sidebarPart(page, 'lf-customer-message').textContent()).not.toContain('809');
    await expect.poll(() => sidebarPart(page, 'lf-restatement').inputValue()).toBe('');
    expect(await sidebarPart(page, 'lf-checklist-item').first().locator('input').isChecked()).toBe(false);

    await typeRestatement(page, 'The Bookings mailbox is missing in Outlook');
    await page.goBack();
    await expect.poll(() => sidebarPart(page, 'lf-ticket').textContent()).toContain(JIRA_TICKETS['SUP-7'].subject);
    await expect.poll(() => sidebarPart(page, 'lf-restatement').inputValue()).toBe('Your VPN drops every 10 minutes since 6.2');
    expect(await sidebarPart(page, 'lf-checklist-item').first().locator('input').isChecked()).toBe(true);
    await page.close();
  });

  it('keeps the restatement and ticks across a reload of /browse/KEY-N', async () => {
    const page = await openRequest(fixtureTicketUrl('jira', 'SUP-9', 'demo'));
    await typeRestatement(page, 'Outlook lost the shared Bookings mailbox after the migration');
    await sidebarPart(page, 'lf-checklist-item').nth(2).locator('input').check();
    await expect.poll(() => sidebarPart(page, 'lf-draft-status').textContent()).toContain('Saved locally');
    await page.reload();
    await sidebarPart(page, 'lf-checklist').waitFor();
    await expect.poll(() => sidebarPart(page, 'lf-restatement').inputValue()).toBe('Outlook lost the shared Bookings mailbox after the migration');
    expect(await sidebarPart(page, 'lf-checklist-item').nth(2).locator('input').isChecked()).toBe(true);
    await page.close();
  });

  it("inserts the restatement at the top of the reply, in ProseMirror's model", async () => {
    const page = await openRequest(`${QUEUE}/SUP-7`);
    await page.locator(JIRA_EDITOR).click();
    await page.keyboard.type('Hi Chen,');
    await page.keyboard.press('Enter');
    await page.keyboard.type('I checked the VPN gateway.');
    await typeRestatement(page, 'your VPN drops with error 809 since 6.2');
    await sidebarPart(page, 'lf-insert-restatement').click();
    await expect
      .poll(() => jiraFixture(page).getEditorText())
      .toBe("Just to make sure I've understood: your VPN drops with error 809 since 6.2\nHi Chen,\nI checked the VPN gateway.");
    await page.close();
  });

  it("points at a doubting phrase and puts the suggestion in ProseMirror's model", async () => {
    const page = await openRequest(`${QUEUE}/SUP-7`);
    await page.locator(JIRA_EDITOR).click();
    await page.keyboard.type('Hi Chen, are you sure you restarted the VPN client?');
    await expect.poll(() => hint(page, 'doubting').count()).toBe(1);
    await hint(page, 'doubting').locator('[data-testid="lf-hint-apply"]').click();
    await expect.poll(() => jiraFixture(page).getEditorText()).toContain('Could you walk me through');
    expect(await jiraFixture(page).getEditorText()).not.toContain('are you sure');
    await page.close();
  });

  it('gives no hints while "Add internal note" is the tab, and says it sees no reply box', async () => {
    const page = await openRequest(`${QUEUE}/SUP-7`);
    await page.locator('#comment-editor-container-tabs-0').click();
    await page.locator(JIRA_EDITOR).click();
    await page.keyboard.type('Are you sure this is not the split-tunnel bug again?');
    await expect.poll(() => sidebarPart(page, 'lf-status').getAttribute('data-state'), { timeout: 10_000 }).toBe('not-understood');
    await page.waitForTimeout(1_000);
    expect(await hint(page, 'doubting').count()).toBe(0);
    expect(await jiraFixture(page).selectedTab()).toBe('internal');
    await page.close();
  });

  it('opens "Reply to customer" when the composer is closed, and inserts there', async () => {
    const page = await openRequest(`${QUEUE}/SUP-9`);
    await expect.poll(() => sidebarPart(page, 'lf-status').getAttribute('data-state')).toBe('reply-closed');
    await typeRestatement(page, 'the Bookings mailbox only shows in Outlook on the web');
    await sidebarPart(page, 'lf-insert-restatement').click();
    await expect.poll(() => jiraFixture(page).getEditorText()).toBe("Just to make sure I've understood: the Bookings mailbox only shows in Outlook on the web");
    expect(await jiraFixture(page).selectedTab()).toBe('reply');
    await page.close();
  });

  it('says plainly when the page layout is not understood, and keeps the checklist usable', async () => {
    const page = await session.context.newPage();
    await page.goto(`${QUEUE}/SUP-7?lf-fixture=unknown-layout`);
    await expect.poll(() => sidebarPart(page, 'lf-status').textContent(), { timeout: 10_000 }).toContain("Can't find the reply box on this page");
    await sidebarPart(page, 'lf-checklist-item').first().locator('input').check();
    await typeRestatement(page, 'still usable');
    await page.close();
  });
});
