import { describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { JIRA_TICKETS } from '../fixtures/jira/jira-tickets';
import { fixtureTicketUrl, openFixturePage, sidebarPart, waitForSidebar } from './support/helpdesk-pages';
import { JIRA_EDITOR, jiraFixture } from './support/jira-fixture';
import { useOptionalHelpdeskSession } from './support/optional-helpdesk-session';
import { expectReloadKeepsRestatementAndTicks, expectSwitchKeepsEachTicketsState, expectUnknownLayoutSaysSo, sidebarHint, typeRestatement } from './support/sidebar-scenarios';

// Jira Service Management in real Chromium, its host permission granted as if the agent had turned
// it on. The composer runs the real ProseMirror; what the tests read back is its model (state.doc).

const QUEUE = 'https://demo.atlassian.net/jira/servicedesk/projects/SUP/queues/custom/12';
const session = useOptionalHelpdeskSession('jira');

async function openRequest(url: string): Promise<Page> {
  const page = await openFixturePage(session.context, url);
  await waitForSidebar(page);
  return page;
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
    await expectSwitchKeepsEachTicketsState(page, { from: JIRA_TICKETS['SUP-7'], to: JIRA_TICKETS['SUP-9'], fromOnlySays: '809' }, async () => {
      await page.locator('[data-fixture-issue-link="SUP-9"]').click();
      await expect.poll(() => page.url()).toContain('/queues/custom/12/SUP-9');
    });
    await page.close();
  });

  it('keeps the restatement and ticks across a reload of /browse/KEY-N', async () => {
    const page = await openRequest(fixtureTicketUrl('jira', 'SUP-9', 'demo'));
    await expectReloadKeepsRestatementAndTicks(page, 'Outlook lost the shared Bookings mailbox after the migration');
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
    await expect.poll(() => sidebarHint(page, 'doubting').count()).toBe(1);
    await sidebarHint(page, 'doubting').locator('[data-testid="lf-hint-apply"]').click();
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
    expect(await sidebarHint(page, 'doubting').count()).toBe(0);
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
    await expectUnknownLayoutSaysSo(page);
    await page.close();
  });
});
