import { describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { useExtensionSession } from './support/extension-session';
import { freshdeskFixture, zendeskFixture } from './support/fixture-hooks';
import { freshdeskEditor, freshdeskTicketUrl, openFixturePage, sidebarPart, waitForSidebar, zendeskEditor, zendeskTicketUrl } from './support/helpdesk-pages';

// The sidebar while the agent writes: hints on the words typed in the helpdesk's own editor,
// suggestions applied through the editor's model, key terms, insertion, self-ticking checklist.

const session = useExtensionSession();

async function open(url: string): Promise<Page> {
  const page = await openFixturePage(session.context, url);
  await waitForSidebar(page);
  return page;
}

const hint = (page: Page, category: string) => page.locator(`listen-first-sidebar [data-testid="lf-hint"][data-category="${category}"]`);
const checkbox = (page: Page, itemId: string) => page.locator(`listen-first-sidebar [data-item-id="${itemId}"] input[type="checkbox"]`);

async function typeRestatement(page: Page, text: string) {
  const field = sidebarPart(page, 'lf-restatement');
  await expect.poll(() => field.isEnabled()).toBe(true);
  await field.fill(text);
}

describe('Zendesk (CKEditor 5)', () => {
  it('points at a doubting phrase with the right words, and marks a renamed customer term among the key terms', async () => {
    const page = await open(`${zendeskTicketUrl('1202', 'demo')}?late=0`);
    await zendeskEditor(page, '1202').click();
    // Daniel wrote that the app "freezes" and "crashes"; "hangs" is neither of his words. The built-in word groups
    // mark his key term renamed by the reply; only a team's own pairs raise a hint (lib/listening/analyze-reply.ts).
    await page.keyboard.type('Hi Daniel, are you sure the app hangs when you export the invoice?');
    await expect.poll(() => hint(page, 'doubting').count()).toBe(1);
    expect(await hint(page, 'doubting').locator('[data-testid="lf-hint-words"]').textContent()).toBe('“are you sure”');
    const crashes = sidebarPart(page, 'lf-key-term').filter({ hasText: /crashes/i });
    await expect.poll(() => crashes.first().getAttribute('data-reply-state')).toBe('renamed');
    expect(await crashes.first().getAttribute('aria-label')).toContain('(as “hangs”)');
    expect(await hint(page, 'term-mismatch').count()).toBe(0);
    await page.close();
  });

  it("applies a suggestion through CKEditor's model, where its undo takes it back", async () => {
    const page = await open(`${zendeskTicketUrl('1202', 'demo')}?late=0`);
    const fixture = zendeskFixture(page);
    await zendeskEditor(page, '1202').click();
    await page.keyboard.type('Hi Daniel, are you sure you exported it as PDF?');
    await hint(page, 'doubting').locator('[data-testid="lf-hint-apply"]').click();
    await expect.poll(() => fixture.getEditorData('1202')).toContain('Hi Daniel, Could you walk me through');
    expect(await fixture.getEditorData('1202')).not.toContain('are you sure');
    await zendeskEditor(page, '1202').click();
    await page.keyboard.press('Control+z');
    await expect.poll(() => fixture.getEditorData('1202')).toContain('are you sure you exported it as PDF?');
    await page.close();
  });

  it('selects the words of a hint in the editor when the hint is clicked', async () => {
    const page = await open(`${zendeskTicketUrl('1202', 'demo')}?late=0`);
    await zendeskEditor(page, '1202').click();
    await page.keyboard.type('That is obviously a problem on your side.');
    const words = page.locator('listen-first-sidebar [data-testid="lf-hint"] [data-testid="lf-hint-words"]').first();
    const expected = (await words.textContent())!.replace(/[“”]/g, '');
    await words.click();
    await expect.poll(() => page.evaluate(() => document.getSelection()?.toString())).toBe(expected);
    await page.close();
  });

  it('updates the key terms as the restatement is typed, and a click puts a term in it', async () => {
    const page = await open(`${zendeskTicketUrl('1202', 'demo')}?late=0`);
    const terms = sidebarPart(page, 'lf-key-terms');
    await terms.waitFor();
    await typeRestatement(page, 'Exporting crashes the app for');
    const missing = page.locator('listen-first-sidebar [data-testid="lf-key-term"][data-state="missing"]').first();
    const name = (await missing.getAttribute('aria-label'))!.split(':')[0]!;
    await page.locator(`listen-first-sidebar [data-testid="lf-key-term"][aria-label^="${name}:"]`).click();
    await expect.poll(() => sidebarPart(page, 'lf-restatement').inputValue()).toBe(`Exporting crashes the app for ${name}`);
    await expect
      .poll(() => page.locator('listen-first-sidebar [data-testid="lf-key-term"][data-state="covered"]').evaluateAll((els) => els.map((e) => e.getAttribute('aria-label')!.split(':')[0])))
      .toContain(name);
    await page.close();
  });

  it('ticks "thank them" and "next step" by itself when the reply does them, marked auto, and they can be unticked', async () => {
    const page = await open(`${zendeskTicketUrl('1201', 'demo')}?late=0`);
    expect(await checkbox(page, 'thank-them').isChecked()).toBe(false);
    await zendeskEditor(page, '1201').click();
    await page.keyboard.type("Thanks for your patience, Marta. I'll check the key with our licensing team and update you by 3 pm today.");
    await expect.poll(() => checkbox(page, 'thank-them').isChecked()).toBe(true);
    await expect.poll(() => checkbox(page, 'advise-next-step').isChecked()).toBe(true);
    expect(await page.locator('listen-first-sidebar [data-item-id="thank-them"] .lf-auto').count()).toBe(1);
    expect(await page.locator('listen-first-sidebar [data-testid="lf-progress"]').textContent()).toBe('2/8');
    await checkbox(page, 'thank-them').uncheck();
    await page.keyboard.type(' Thanks again!');
    await page.waitForTimeout(300);
    expect(await checkbox(page, 'thank-them').isChecked()).toBe(false);
    await page.close();
  });

  it("inserts the restatement at the top of the reply, in CKEditor's model", async () => {
    const page = await open(`${zendeskTicketUrl('1201', 'demo')}?late=0`);
    await zendeskEditor(page, '1201').click();
    await page.keyboard.type('I have asked our licensing team.');
    await typeRestatement(page, 'every seat shows LK-403 since 4.2.1');
    await sidebarPart(page, 'lf-insert-restatement').click();
    await expect
      .poll(() => zendeskFixture(page).getEditorData('1201'))
      .toBe("<p>Just to make sure I've understood: every seat shows LK-403 since 4.2.1</p><p>I have asked our licensing team.</p>");
    await page.close();
  });

  it("shows the other ticket's state after an in-page switch, with nothing carried over", async () => {
    const page = await open(`${zendeskTicketUrl('1202', 'demo')}?late=0`);
    await zendeskEditor(page, '1202').click();
    await page.keyboard.type('Are you sure the receipt is right?');
    await expect.poll(() => hint(page, 'doubting').count()).toBe(1);
    await zendeskFixture(page).switchTab('1201');
    await expect.poll(() => sidebarPart(page, 'lf-ticket').textContent()).toContain('#1201');
    await expect.poll(() => page.locator('listen-first-sidebar [data-testid="lf-hint"]').count()).toBe(0);
    const terms = await page.locator('listen-first-sidebar [data-testid="lf-key-term"]').evaluateAll((els) => els.map((e) => e.textContent));
    expect(terms.join(' ')).not.toContain('INV-2291');
    await zendeskFixture(page).switchTab('1202');
    await expect.poll(() => hint(page, 'doubting').count()).toBe(1);
    await page.close();
  });

  it('switches to the outage checklist when the agent tags the ticket "outage", keeping the restatement', async () => {
    const page = await open(`${zendeskTicketUrl('1201', 'tags')}?late=0`);
    const title = () => page.locator('listen-first-sidebar #lf-checklist-title').textContent();
    await expect.poll(title).toBe('Listening checklist');
    await typeRestatement(page, 'Every seat shows LK-403 since the 4.2.1 upgrade');
    await zendeskFixture(page).addTag('1201', 'outage');
    await expect.poll(title).toBe('Outage');
    expect(await page.locator('listen-first-sidebar [data-item-id="outage-impact"]').count()).toBe(1);
    expect(await sidebarPart(page, 'lf-restatement').inputValue()).toBe('Every seat shows LK-403 since the 4.2.1 upgrade');
    // The other ticket, untagged, keeps the everyday checklist.
    await zendeskFixture(page).switchTab('1202');
    await expect.poll(() => sidebarPart(page, 'lf-ticket').textContent()).toContain('#1202');
    await expect.poll(title).toBe('Listening checklist');
    await page.close();
  });

  it('remembers a dismissed hint for the ticket across a reload', async () => {
    const page = await open(`${zendeskTicketUrl('1202', 'demo')}?late=0`);
    await zendeskEditor(page, '1202').click();
    await page.keyboard.type('Are you sure it crashes?');
    await hint(page, 'doubting').locator('[data-testid="lf-hint-dismiss"]').click();
    await expect.poll(() => hint(page, 'doubting').count()).toBe(0);
    await expect.poll(() => sidebarPart(page, 'lf-draft-status').textContent()).toContain('Saved locally');
    await page.reload();
    await waitForSidebar(page);
    await zendeskEditor(page, '1202').click();
    await page.keyboard.type('Are you sure it crashes?');
    await page.waitForTimeout(300);
    expect(await hint(page, 'doubting').count()).toBe(0);
    await page.close();
  });
});

describe('Freshdesk (Froala)', () => {
  it('hints on the reply typed in Froala and applies a suggestion through its API', async () => {
    const page = await open(freshdeskTicketUrl('302', 'demo'));
    await page.locator('button[data-test-id="ticket-action-reply"]').click();
    await freshdeskEditor(page).click();
    await page.keyboard.type('Hi Luis, are you sure you have the receipt number?');
    await expect.poll(() => hint(page, 'doubting').count()).toBe(1);
    expect(await hint(page, 'doubting').locator('[data-testid="lf-hint-words"]').textContent()).toBe('“are you sure”');
    await hint(page, 'doubting').locator('[data-testid="lf-hint-apply"]').click();
    await expect.poll(() => freshdeskFixture(page).getEditorText()).toContain('Could you walk me through');
    expect(await freshdeskFixture(page).getEditorText()).not.toContain('are you sure');
    await page.close();
  });

  it('ticks the thank-you item from a reply in Froala', async () => {
    const page = await open(freshdeskTicketUrl('301', 'demo'));
    await page.locator('button[data-test-id="ticket-action-reply"]').click();
    await freshdeskEditor(page).click();
    await page.keyboard.type('Thank you for the details, Aiko.');
    await expect.poll(() => checkbox(page, 'thank-them').isChecked()).toBe(true);
    await page.close();
  });
});
