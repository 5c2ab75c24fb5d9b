import { describe, expect, it } from 'vitest';
import type { Page, Worker } from 'playwright-core';
import { useExtensionSession } from './support/extension-session';
import { storedDraftRows, type StoredDraft } from './support/extension-storage';
import { zendeskFixture } from './support/fixture-hooks';
import { openFixturePage, sidebar, sidebarPart, waitForSidebar, zendeskEditor, zendeskTicketUrl } from './support/helpdesk-pages';

// The extension reloaded (as an update applies it) while a sidebar is open with text not yet saved.

const session = useExtensionSession();

/** The running background worker: after a reload, the new one. */
async function currentWorker(): Promise<Worker> {
  await expect.poll(() => session.context.serviceWorkers().length, { timeout: 15_000 }).toBeGreaterThan(0);
  return session.worker;
}

async function storedDraft(key: string): Promise<StoredDraft | undefined> {
  return (await storedDraftRows(await currentWorker())).find((draft) => draft.key === key);
}

/** chrome.runtime.reload() from an extension page, as a developer's reload or an applied update does. */
async function reloadExtension(): Promise<void> {
  const page = await session.context.newPage();
  await page.goto(`chrome-extension://${session.browser.extensionId}/privacy.html`);
  const closed = page.waitForEvent('close').catch(() => undefined);
  await page.evaluate(() => setTimeout(() => (globalThis as unknown as { chrome: { runtime: { reload(): void } } }).chrome.runtime.reload(), 0));
  await closed;
}

async function open(url: string): Promise<Page> {
  const page = await openFixturePage(session.context, url);
  await waitForSidebar(page);
  await expect.poll(() => sidebarPart(page, 'lf-restatement').isEnabled()).toBe(true);
  return page;
}

describe('the extension reloaded under an open sidebar', () => {
  it('keeps the text typed just before, and brings back one sidebar that says what happened', async () => {
    const page = await open(`${zendeskTicketUrl('1201', 'reload')}?late=0`);
    await zendeskEditor(page, '1201').click();
    await page.keyboard.type('Hi Marta, I have asked our licensing team to reissue the key.');
    await expect.poll(async () => (await storedDraft('zendesk:https://reload.zendesk.com#1201'))?.reply).toBe('Hi Marta, I have asked our licensing team to reissue the key.');

    // Typed, and the extension reloads before the sidebar's save (300 ms after typing) goes out.
    await sidebarPart(page, 'lf-restatement').fill('Every seat shows LK-403 since the 4.2.1 upgrade');
    await reloadExtension();

    await expect.poll(() => page.locator('listen-first-sidebar [data-testid="lf-updated"]').count(), { timeout: 20_000 }).toBe(1);
    expect(await sidebar(page).count()).toBe(1);
    expect(await page.locator('listen-first-notice').count()).toBe(0);
    await expect.poll(() => sidebarPart(page, 'lf-restatement').inputValue()).toBe('Every seat shows LK-403 since the 4.2.1 upgrade');
    await expect.poll(async () => (await storedDraft('zendesk:https://reload.zendesk.com#1201'))?.restatement, { timeout: 10_000 }).toBe('Every seat shows LK-403 since the 4.2.1 upgrade');
    expect((await storedDraft('zendesk:https://reload.zendesk.com#1201'))?.reply).toBe('Hi Marta, I have asked our licensing team to reissue the key.');

    // The new sidebar still reaches the reply editor through the bridge already in the page.
    await sidebarPart(page, 'lf-insert-restatement').click();
    await expect.poll(() => zendeskFixture(page).getEditorData('1201')).toContain('Every seat shows LK-403 since the 4.2.1 upgrade');
    await page.close();
  });
});
