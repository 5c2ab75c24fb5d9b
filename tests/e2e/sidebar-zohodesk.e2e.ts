import { describe, expect, it } from 'vitest';
import { ZOHODESK_TICKET_IDS } from '../fixtures/fixture-pages';
import { zohoDeskFixture } from './support/fixture-hooks';
import { sidebarPart, zohoDeskEditor, zohoDeskSelectors, zohoDeskTicketUrl } from './support/helpdesk-pages';
import { useOptionalHelpdeskSession } from './support/optional-helpdesk-session';
import { expectLayoutNotUnderstood, hintOf, openWithSidebar, restatementAfterReload, typeRestatementAndSave } from './support/sidebar-actions';

// Zoho Desk, an optional helpdesk: the extension holds its host permission (granted at install),
// so its scripts are registered. Two tickets open as sub-tabs; the reply editor lives in a
// same-origin iframe (Zoho's editor around the real Squire, with Zoho's own undo stack).

const session = useOptionalHelpdeskSession('zohodesk');
const [T1044, T1045] = ZOHODESK_TICKET_IDS;
const open = (url: string) => openWithSidebar(session.context, url);

describe('Zoho Desk', () => {
  it("shows the URL's ticket, not the hidden sub-tab's, and swaps on an in-page tab switch without mixing drafts", async () => {
    const page = await open(zohoDeskTicketUrl(T1044));
    await expect.poll(() => sidebarPart(page, 'lf-ticket').textContent()).toContain('Parcel marked as delivered but never arrived');
    expect(await sidebarPart(page, 'lf-ticket').textContent()).not.toContain('SPRING20');
    await typeRestatementAndSave(page, 'Your parcel shows as delivered but never arrived');

    await page.locator(zohoDeskSelectors.tab(T1045)).click();
    await expect.poll(() => page.url()).toContain(`/tickets/details/${T1045}`);
    await expect.poll(() => sidebarPart(page, 'lf-ticket').textContent()).toContain('Promo code SPRING20 rejected at checkout');
    await expect.poll(() => sidebarPart(page, 'lf-restatement').inputValue()).toBe('');
    await typeRestatementAndSave(page, 'The SPRING20 code is refused as expired');

    await page.goBack();
    await expect.poll(() => sidebarPart(page, 'lf-ticket').textContent()).toContain('Parcel marked as delivered');
    await expect.poll(() => sidebarPart(page, 'lf-restatement').inputValue()).toBe('Your parcel shows as delivered but never arrived');
    await page.close();
  });

  it('keeps the restatement across a reload', async () => {
    const page = await open(zohoDeskTicketUrl(T1045));
    expect(await restatementAfterReload(page, 'Your newsletter code is refused at checkout')).toBe('Your newsletter code is refused at checkout');
    await page.close();
  });

  it("opens Reply All and inserts the restatement at the top of the reply in the editor frame, which Zoho's own Ctrl+Z takes back", async () => {
    const page = await open(zohoDeskTicketUrl(T1044));
    const fixture = zohoDeskFixture(page);
    await expect.poll(() => sidebarPart(page, 'lf-status').getAttribute('data-state')).toBe('reply-closed');
    await typeRestatementAndSave(page, 'your parcel shows as delivered but never came');
    // The sidebar opens the closed reply box itself (Reply All), waits for the frame's editor, then writes.
    await sidebarPart(page, 'lf-insert-restatement').click();
    await expect.poll(() => fixture.getEditorText(T1044)).toBe("Just to make sure I've understood: your parcel shows as delivered but never came");
    expect(await fixture.getEditorText(T1045)).toBeNull();

    await fixture.setEditorHtml(T1044, '<div>Hi Hanna,</div><div>I checked the trace.</div>');
    const before = await fixture.undoDepth(T1044);
    await sidebarPart(page, 'lf-insert-restatement').click();
    await expect
      .poll(() => fixture.getEditorText(T1044))
      .toBe("Just to make sure I've understood: your parcel shows as delivered but never came\nHi Hanna,\nI checked the trace.");
    // Zoho saves an undo state 250 ms after a keyup; the insertion is one state of its own.
    await expect.poll(() => fixture.undoDepth(T1044)).toBe(before! + 1);
    await zohoDeskEditor(page, T1044).click();
    await page.keyboard.press('Control+z');
    await expect.poll(() => fixture.getEditorText(T1044)).toBe('Hi Hanna,\nI checked the trace.');
    await page.close();
  });

  it('hints on the reply typed in the editor frame and replaces the words there', async () => {
    const page = await open(zohoDeskTicketUrl(T1044));
    const fixture = zohoDeskFixture(page);
    await page.locator(`${zohoDeskSelectors.view(T1044)} ${zohoDeskSelectors.replyAll}`).click();
    await zohoDeskEditor(page, T1044).click();
    await page.keyboard.type('Hi Hanna, are you sure nobody took it in?');
    await expect.poll(() => hintOf(page, 'doubting').count()).toBe(1);
    await hintOf(page, 'doubting').locator('[data-testid="lf-hint-apply"]').click();
    await expect.poll(() => fixture.getEditorText(T1044)).toContain('Could you walk me through');
    expect(await fixture.getEditorText(T1044)).not.toContain('are you sure');
    await page.close();
  });

  it("says it can't find the reply box while a comment editor is open beside the reply", async () => {
    const page = await open(zohoDeskTicketUrl(T1045));
    const fixture = zohoDeskFixture(page);
    await fixture.openReply(T1045);
    await expect.poll(() => sidebarPart(page, 'lf-status').count()).toBe(0);
    await fixture.openComment(T1045);
    await expect.poll(() => sidebarPart(page, 'lf-status').textContent(), { timeout: 10_000 }).toContain("Can't find the reply box on this page");
    await page.close();
  });

  it('says plainly when the page layout is not understood, without an error, and keeps the checklist usable', async () => {
    await expectLayoutNotUnderstood(session.context, `${zohoDeskTicketUrl(T1044)}?lf-fixture=unknown-layout`);
  });
});
