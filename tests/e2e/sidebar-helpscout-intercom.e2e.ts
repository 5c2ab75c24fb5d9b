import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { helpdeskDefinition, hostMatchPatterns } from '../../lib/adapters/registry';
import { HELPSCOUT_CONVERSATIONS, INTERCOM_TICKET_IDS, INTERCOM_WORKSPACE } from '../fixtures/fixture-pages';
import { copyExtension, launchExtensionCopy, type ExtensionCopy, type LaunchedCopy } from './support/extension-copy';
import type { HelpScoutFixtureHooks, IntercomFixtureHooks } from './support/fixture-hooks';
import { waitForFixture } from './support/fixture-hooks';
import { routeHelpdesks } from './support/helpdesk-routes';
import { sidebarPart, waitForSidebar } from './support/helpdesk-pages';

// Help Scout (Slate) and Intercom Inbox (ProseMirror), two optional helpdesks: their host
// permissions are granted at install (as IT departments do, and as Chromium's prompt can't be
// answered from automation), which is what turning them on means: the extension registers its
// scripts there. The fixtures run the real editors; every write is read back from their models.

const HELPSCOUT = `https://${helpdeskDefinition('helpscout').hosts[0]}`;
const INTERCOM = `https://${helpdeskDefinition('intercom').hosts[0]}`;
const [EMAIL, CHAT] = INTERCOM_TICKET_IDS;

const helpscoutUrl = (id: keyof typeof HELPSCOUT_CONVERSATIONS) => `${HELPSCOUT}/conversation/${id}/${HELPSCOUT_CONVERSATIONS[id]}`;
const intercomUrl = (id: string) => `${INTERCOM}${helpdeskDefinition('intercom').ticketPath({ account: INTERCOM_WORKSPACE, ticketId: id })}`;

let copy: ExtensionCopy;
let browser: LaunchedCopy;

beforeAll(async () => {
  copy = await copyExtension({ grantHosts: [...hostMatchPatterns(helpdeskDefinition('helpscout')), ...hostMatchPatterns(helpdeskDefinition('intercom'))] });
  browser = await launchExtensionCopy(copy);
  await routeHelpdesks(browser.context);
});
afterAll(async () => {
  await browser?.close();
  await copy?.remove();
});

/** Opens a ticket page; the scripts are registered a moment after the worker starts, so a first load may come too early. */
async function open(url: string): Promise<Page> {
  const page = await browser.context.newPage();
  for (let attempt = 0; ; attempt++) {
    await page.goto(url);
    await waitForFixture(page);
    try {
      await waitForSidebar(page, 5_000);
      return page;
    } catch (error) {
      if (attempt >= 2) throw error;
    }
  }
}

async function typeRestatement(page: Page, text: string) {
  const field = sidebarPart(page, 'lf-restatement');
  await expect.poll(() => field.isEnabled()).toBe(true);
  await field.fill(text);
  await expect.poll(() => sidebarPart(page, 'lf-draft-status').textContent()).toContain('Saved locally');
}

const hint = (page: Page, category: string) => page.locator(`listen-first-sidebar [data-testid="lf-hint"][data-category="${category}"]`);
const helpscoutHooks = (page: Page) => ({
  editorText: () => page.evaluate(() => (window.__lfFixture as HelpScoutFixtureHooks).getEditorText()),
});
const intercomHooks = (page: Page) => ({
  editorText: () => page.evaluate(() => (window.__lfFixture as IntercomFixtureHooks).getEditorText()),
  setMode: (mode: 'reply' | 'note') => page.evaluate((m) => (window.__lfFixture as IntercomFixtureHooks).setMode(m), mode),
});

describe('Help Scout (Slate)', () => {
  it("shows the open conversation and its customer's latest message, though the page lists it first, without the quoted reply", async () => {
    const page = await open(helpscoutUrl('2718401'));
    await expect.poll(() => sidebarPart(page, 'lf-ticket').textContent()).toContain('Shipping labels still print the old warehouse address');
    const message = await sidebarPart(page, 'lf-customer-message').textContent();
    expect(message).toContain('Rua do Norte 12');
    expect(message).not.toContain('wrote:');
    expect(message).not.toContain('SHIP-212');
    await page.close();
  });

  it('swaps to the other conversation on in-page navigation (the URL moves before the view), and back, without mixing', async () => {
    const page = await open(helpscoutUrl('2718401'));
    await typeRestatement(page, 'your labels still show the old warehouse address');
    await page.locator('[data-fixture-conversation-link="2718455"]').click();
    await expect.poll(() => sidebarPart(page, 'lf-ticket').textContent()).toContain('Two-factor codes never arrive by SMS');
    expect(await sidebarPart(page, 'lf-customer-message').textContent()).toContain('+46 70 123 45 67');
    expect(await sidebarPart(page, 'lf-customer-message').textContent()).not.toContain('Rua do Norte');
    await expect.poll(() => sidebarPart(page, 'lf-restatement').inputValue()).toBe('');
    await page.goBack();
    await expect.poll(() => sidebarPart(page, 'lf-ticket').textContent()).toContain('Shipping labels still print the old warehouse address');
    await expect.poll(() => sidebarPart(page, 'lf-restatement').inputValue()).toBe('your labels still show the old warehouse address');
    await page.close();
  });

  it('keeps the restatement and ticks across a reload', async () => {
    const page = await open(helpscoutUrl('2718455'));
    await typeRestatement(page, 'the SMS codes never arrive');
    await sidebarPart(page, 'lf-checklist-item').last().locator('input').check();
    await expect.poll(() => sidebarPart(page, 'lf-draft-status').textContent()).toContain('Saved locally');
    await page.reload();
    await waitForSidebar(page);
    await expect.poll(() => sidebarPart(page, 'lf-restatement').inputValue()).toBe('the SMS codes never arrive');
    expect(await sidebarPart(page, 'lf-checklist-item').last().locator('input').isChecked()).toBe(true);
    await page.close();
  });

  it("opens the reply form and inserts the restatement at the top of Slate's own model, never into a note", async () => {
    const page = await open(helpscoutUrl('2718401'));
    await expect.poll(() => sidebarPart(page, 'lf-status').getAttribute('data-state')).toBe('reply-closed');
    await page.locator('[data-testid="note-button"]').click();
    await page.locator('[data-slate-editor][aria-label="Note Editor"]').waitFor();
    // The note editor is not the reply box: the sidebar still offers to open the reply.
    await expect.poll(() => sidebarPart(page, 'lf-status').getAttribute('data-state')).toBe('reply-closed');
    await page.locator('[data-cy="reply-button"]').click();
    await page.locator('[data-slate-editor][aria-label="Reply Editor"]').click();
    await page.keyboard.type('I have asked Ops to clear the label cache.');
    await typeRestatement(page, 'the labels for #5521 and #5524 still print the old address');
    await sidebarPart(page, 'lf-insert-restatement').click();
    await expect
      .poll(() => helpscoutHooks(page).editorText())
      .toBe("Just to make sure I've understood: the labels for #5521 and #5524 still print the old address\nI have asked Ops to clear the label cache.");
    await page.close();
  });

  it("applies a hint's suggestion in Slate's model", async () => {
    const page = await open(helpscoutUrl('2718455'));
    await page.locator('[data-cy="reply-button"]').click();
    await page.locator('[data-slate-editor][aria-label="Reply Editor"]').click();
    await page.keyboard.type('Hi Jonas, are you sure the number is right?');
    await hint(page, 'doubting').locator('[data-testid="lf-hint-apply"]').click();
    await expect.poll(() => helpscoutHooks(page).editorText()).toContain('Hi Jonas, Could you walk me through');
    expect(await helpscoutHooks(page).editorText()).not.toContain('are you sure');
    await page.close();
  });

  it('says plainly when the page layout is not understood, and keeps the checklist usable', async () => {
    const page = await browser.context.newPage();
    await page.goto(`${helpscoutUrl('2718401')}?lf-fixture=unknown-layout`);
    await expect.poll(() => sidebarPart(page, 'lf-status').textContent(), { timeout: 15_000 }).toContain("Can't find the reply box on this page");
    await typeRestatement(page, 'still usable');
    await page.close();
  });
});

describe('Intercom Inbox (ProseMirror)', () => {
  it("shows the conversation and the customer's latest email, read from its shadow root, without the quoted reply", async () => {
    const page = await open(intercomUrl(EMAIL));
    await expect.poll(() => sidebarPart(page, 'lf-ticket').textContent()).toContain('Webhook deliveries fail with 401 after rotating the secret');
    const message = await sidebarPart(page, 'lf-customer-message').textContent();
    expect(message).toContain('dlv_8Q2kX91');
    expect(message).not.toContain('wrote:');
    expect(message).not.toContain('HOOK-77');
    await page.close();
  });

  it('swaps to the other conversation on in-page navigation, and back, without mixing', async () => {
    const page = await open(intercomUrl(EMAIL));
    await typeRestatement(page, 'deliveries fail with 401 since the secret was rotated');
    await page.locator(`[data-fixture-conversation-link="${CHAT}"]`).click();
    await expect.poll(() => sidebarPart(page, 'lf-ticket').textContent()).toContain('Export to CSV stops at 10,000 rows');
    expect(await sidebarPart(page, 'lf-customer-message').textContent()).toContain('all 14,230 rows in one file');
    expect(await sidebarPart(page, 'lf-customer-message').textContent()).not.toContain('dlv_8Q2kX91');
    await expect.poll(() => sidebarPart(page, 'lf-restatement').inputValue()).toBe('');
    await page.goBack();
    await expect.poll(() => sidebarPart(page, 'lf-ticket').textContent()).toContain('Webhook deliveries fail with 401');
    await expect.poll(() => sidebarPart(page, 'lf-restatement').inputValue()).toBe('deliveries fail with 401 since the secret was rotated');
    await page.close();
  });

  it('keeps the restatement and ticks across a reload', async () => {
    const page = await open(intercomUrl(CHAT));
    await typeRestatement(page, 'the CSV export stops at 10,000 rows');
    await sidebarPart(page, 'lf-checklist-item').last().locator('input').check();
    await expect.poll(() => sidebarPart(page, 'lf-draft-status').textContent()).toContain('Saved locally');
    await page.reload();
    await waitForSidebar(page);
    await expect.poll(() => sidebarPart(page, 'lf-restatement').inputValue()).toBe('the CSV export stops at 10,000 rows');
    expect(await sidebarPart(page, 'lf-checklist-item').last().locator('input').isChecked()).toBe(true);
    await page.close();
  });

  it("inserts the restatement into ProseMirror's own model, and leaves a note alone", async () => {
    const page = await open(intercomUrl(EMAIL));
    await typeRestatement(page, 'delivery dlv_8Q2kX91 still fails with 401 Invalid signature');
    await sidebarPart(page, 'lf-insert-restatement').click();
    await expect.poll(() => intercomHooks(page).editorText()).toBe("Just to make sure I've understood: delivery dlv_8Q2kX91 still fails with 401 Invalid signature");
    // In note mode the composer is not the reply box: the sidebar says it can't find one.
    await intercomHooks(page).setMode('note');
    await expect.poll(() => sidebarPart(page, 'lf-status').textContent(), { timeout: 15_000 }).toContain("Can't find the reply box on this page");
    await page.close();
  });

  // Once the agent has typed and clicked the sidebar, ProseMirror would keep its own caret (the end
  // of their text) over the driver's one at the top, put there just after the focus came back
  // (see SelectionDrivenOptions in lib/editor-bridge/drivers/selection-driven-editor.ts).
  it("inserts the restatement at the top of ProseMirror's model, above what the agent typed", async () => {
    const page = await open(intercomUrl(EMAIL));
    try {
      await page.locator('.ProseMirror.embercom-prosemirror-composer-editor').click();
      await page.keyboard.type('Thanks, I am checking dlv_8Q2kX91 now.');
      await typeRestatement(page, 'delivery dlv_8Q2kX91 still fails with 401 Invalid signature');
      await sidebarPart(page, 'lf-insert-restatement').click();
      await expect
        .poll(() => intercomHooks(page).editorText())
        .toBe("Just to make sure I've understood: delivery dlv_8Q2kX91 still fails with 401 Invalid signature\nThanks, I am checking dlv_8Q2kX91 now.");
    } finally {
      await page.close();
    }
  });

  it("applies a hint's suggestion in ProseMirror's model", async () => {
    const page = await open(intercomUrl(CHAT));
    await page.locator('.ProseMirror.embercom-prosemirror-composer-editor').click();
    await page.keyboard.type('Hi Tomás, are you sure you used Contacts › Export?');
    await hint(page, 'doubting').locator('[data-testid="lf-hint-apply"]').click();
    await expect.poll(() => intercomHooks(page).editorText()).toContain('Hi Tomás, Could you walk me through');
    expect(await intercomHooks(page).editorText()).not.toContain('are you sure');
    await page.close();
  });

  it('says plainly when the page layout is not understood, and keeps the checklist usable', async () => {
    const page = await browser.context.newPage();
    await page.goto(`${intercomUrl(EMAIL)}?lf-fixture=unknown-layout`);
    await expect.poll(() => sidebarPart(page, 'lf-status').textContent(), { timeout: 15_000 }).toContain("Can't find the reply box on this page");
    await typeRestatement(page, 'still usable');
    await page.close();
  });
});
