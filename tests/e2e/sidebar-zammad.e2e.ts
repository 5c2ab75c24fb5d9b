import { describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { ZAMMAD_TICKETS } from '../fixtures/zammad/zammad-tickets';
import { openOptionsPage } from './support/extension-copy';
import { fixtureTicketUrl, openFixturePage, sidebarPart, waitForSidebar } from './support/helpdesk-pages';
import { useOptionalHelpdeskSession } from './support/optional-helpdesk-session';
import { expectReloadKeepsRestatementAndTicks, expectSwitchKeepsEachTicketsState, expectUnknownLayoutSaysSo, sidebarHint, typeRestatement } from './support/sidebar-scenarios';
import { zammadEditorSelector, zammadFixture } from './support/zammad-fixture';

// Zammad's classic UI in real Chromium: hosted (SUB.zammad.com, its host permission granted as if
// the agent had turned it on) and self-hosted (an origin the agent adds on the options page). Both
// tickets are open as tasks at once; the URL's hash says which is shown.

const SELF_HOSTED = 'https://support.example.test';
const session = useOptionalHelpdeskSession('zammad', { extraHosts: [`${SELF_HOSTED}/*`], routes: { customOrigins: { [SELF_HOSTED]: 'zammad' } } });

async function openTicket(id: string): Promise<Page> {
  const page = await openFixturePage(session.context, fixtureTicketUrl('zammad', id, 'demo'));
  await waitForSidebar(page);
  return page;
}

describe('Zammad (classic UI)', () => {
  it("shows the shown task's ticket and its customer's latest message, not the other task's", async () => {
    const page = await openTicket('42');
    await expect.poll(() => sidebarPart(page, 'lf-ticket').textContent()).toContain(ZAMMAD_TICKETS['42'].subject);
    const message = await sidebarPart(page, 'lf-customer-message').textContent();
    expect(message).toContain(ZAMMAD_TICKETS['42'].latestMessageSays);
    expect(message).not.toContain('wrote:');
    expect(message).not.toContain('INV-7781');
    expect(await sidebarPart(page, 'lf-status').count()).toBe(0);
    await page.close();
  });

  it('swaps everything to the other task when the agent picks it in the task bar, and back, without mixing', async () => {
    const page = await openTicket('42');
    await expectSwitchKeepsEachTicketsState(page, { from: ZAMMAD_TICKETS['42'], to: ZAMMAD_TICKETS['43'], fromOnlySays: 'E-214' }, async () => {
      await page.locator('[data-fixture-task="43"]').click();
      await expect.poll(() => page.url()).toContain('#ticket/zoom/43');
    });
    await page.close();
  });

  it('keeps the restatement and ticks across a reload', async () => {
    const page = await openTicket('43');
    await expectReloadKeepsRestatementAndTicks(page, 'Nine invoices in a row charged the Flex tariff');
    await page.close();
  });

  it("inserts the restatement at the top of the shown ticket's reply box, and nowhere else", async () => {
    const page = await openTicket('42');
    const fixture = zammadFixture(page);
    await fixture.setEditorText('42', 'Hi Ingrid,\nI checked the hub logs.');
    await typeRestatement(page, 'your meter hub blinks orange and shows E-214');
    await sidebarPart(page, 'lf-insert-restatement').click();
    await expect
      .poll(() => fixture.getEditorText('42'))
      .toMatch(/^Just to make sure I've understood: your meter hub blinks orange and shows E-214\n+Hi Ingrid,\nI checked the hub logs\.$/);
    expect(await fixture.getEditorText('43')).toBe('');
    await page.close();
  });

  it("points at a doubting phrase typed in the reply box and puts the suggestion in Zammad's text", async () => {
    const page = await openTicket('42');
    await page.locator(zammadEditorSelector('42')).click();
    await page.keyboard.type('Hi Ingrid, are you sure you restarted the hub?');
    await expect.poll(() => sidebarHint(page, 'doubting').count()).toBe(1);
    await sidebarHint(page, 'doubting').locator('[data-testid="lf-hint-apply"]').click();
    await expect.poll(() => zammadFixture(page).getEditorText('42')).toContain('Could you walk me through');
    expect(await zammadFixture(page).getEditorText('42')).not.toContain('are you sure');
    await page.close();
  });

  it("opens a public reply from the customer's latest article when the box is an empty internal note, and inserts there", async () => {
    const page = await openTicket('43');
    const fixture = zammadFixture(page);
    await expect.poll(() => sidebarPart(page, 'lf-status').getAttribute('data-state')).toBe('reply-closed');
    await typeRestatement(page, 'your invoices still use the Flex tariff');
    await sidebarPart(page, 'lf-insert-restatement').click();
    await expect.poll(() => fixture.getEditorText('43')).toBe("Just to make sure I've understood: your invoices still use the Flex tariff");
    expect(await fixture.isInternal('43')).toBe(false);
    await expect.poll(() => sidebarPart(page, 'lf-status').count()).toBe(0);
    await page.close();
  });

  it('gives no hints on an internal note, and never turns a started note into a public reply', async () => {
    const page = await openTicket('42');
    await page.locator(`#content_permanent_Ticket-42 .js-toggleVisibility`).click();
    // Empty, the note could still become a reply ("reply" on the customer's article) ...
    await expect.poll(() => sidebarPart(page, 'lf-status').getAttribute('data-state')).toBe('reply-closed');
    await page.locator(zammadEditorSelector('42')).click();
    await page.keyboard.type('Are you sure she restarted it? Billing says no.');
    // ... not once the agent has written in it (after the page's first few seconds of grace).
    await expect.poll(() => sidebarPart(page, 'lf-status').getAttribute('data-state'), { timeout: 10_000 }).toBe('not-understood');
    await page.waitForTimeout(1_000);
    expect(await sidebarHint(page, 'doubting').count()).toBe(0);
    expect(await zammadFixture(page).isInternal('42')).toBe(true);
    await page.close();
  });

  it("says plainly that it can't help in the new desktop UI, and keeps the checklist usable", async () => {
    const page = await session.context.newPage();
    await page.goto('https://demo.zammad.com/desktop/tickets/42');
    await expectUnknownLayoutSaysSo(page);
    await page.close();
  });
});

describe('Zammad on its own server', () => {
  it('runs once the agent adds the origin as a Zammad, and reads the ticket the hash names', async () => {
    const options = await openOptionsPage(session.context, session.extensionId);
    await options.getByTestId('lf-origin-input').fill(`${SELF_HOSTED}/#ticket/zoom/43`);
    await options.getByTestId('lf-origin-helpdesk').selectOption('zammad');
    await options.getByTestId('lf-origin-add').click();
    await expect.poll(() => options.locator(`[data-origin="${SELF_HOSTED}"] [data-testid="lf-origin-state"]`).textContent(), { timeout: 10_000 }).toBe('Active');
    await options.close();

    const page = await openFixturePage(session.context, `${SELF_HOSTED}/#ticket/zoom/43`);
    await waitForSidebar(page);
    await expect.poll(() => sidebarPart(page, 'lf-ticket').textContent()).toContain(ZAMMAD_TICKETS['43'].subject);
    expect(await sidebarPart(page, 'lf-customer-message').textContent()).toContain(ZAMMAD_TICKETS['43'].latestMessageSays);
    await typeRestatement(page, 'Invoice INV-7781 still lists the Flex tariff');
    await page.close();
  });
});
