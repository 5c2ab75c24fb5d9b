import AxeBuilder from '@axe-core/playwright';
import { describe, expect, it } from 'vitest';
import { useExtensionSession } from './support/extension-session';
import { freshdeskTicketUrl, openFixturePage, sidebarPart, waitForSidebar, zendeskTicketUrl } from './support/helpdesk-pages';

// The popup's list of recent drafts: listed newest first, searchable, linked, deletable.

const session = useExtensionSession();

async function writeRestatement(url: string, text: string) {
  const page = await openFixturePage(session.context, url);
  await waitForSidebar(page);
  const field = sidebarPart(page, 'lf-restatement');
  await expect.poll(() => field.isEnabled()).toBe(true);
  await field.fill(text);
  await expect.poll(() => sidebarPart(page, 'lf-draft-status').textContent()).toContain('Saved locally');
  await page.close();
}

describe('recent drafts in the popup', () => {
  it('lists, searches, links and deletes drafts', async () => {
    await writeRestatement(`${zendeskTicketUrl('1201', 'popup')}?late=0`, 'Every seat shows LK-403 since 4.2.1');
    await writeRestatement(freshdeskTicketUrl('302', 'popup'), 'You were charged twice and need the refund confirmation');

    const popup = await session.context.newPage();
    await popup.goto(`chrome-extension://${session.browser.extensionId}/popup.html`);
    const items = popup.getByTestId('lf-draft-item');
    await expect.poll(() => items.count()).toBe(2);
    // Newest first, by the save times the background stored (a ticket may be saved again after
    // its restatement, when the checklist ticks itself).
    const stored = await session.worker.evaluate(
      () =>
        new Promise<{ key: string; updatedAt: number }[]>((resolve, reject) => {
          const request = indexedDB.open('listen-first');
          request.onerror = () => reject(request.error);
          request.onsuccess = () => {
            const all = request.result.transaction('drafts').objectStore('drafts').getAll();
            all.onsuccess = () => resolve(all.result as { key: string; updatedAt: number }[]);
          };
        }),
    );
    const newestFirst = stored.sort((a, b) => b.updatedAt - a.updatedAt).map((draft) => draft.key);
    expect(await items.evaluateAll((els) => els.map((el) => el.getAttribute('data-key')))).toEqual(newestFirst);
    const item = (key: string) => popup.locator(`[data-testid="lf-draft-item"][data-key="${key}"]`);
    expect(await item('freshdesk:https://popup.freshdesk.com#302').locator('a').getAttribute('href')).toBe('https://popup.freshdesk.com/a/tickets/302');
    expect(await item('zendesk:https://popup.zendesk.com#1201').locator('a').getAttribute('href')).toBe('https://popup.zendesk.com/agent/tickets/1201');

    await popup.getByTestId('lf-drafts-search').fill('refund');
    await expect.poll(() => items.count()).toBe(1);
    expect(await items.first().textContent()).toContain('charged twice');
    await popup.getByTestId('lf-drafts-search').fill('1201');
    await expect.poll(() => items.first().getAttribute('data-key')).toBe('zendesk:https://popup.zendesk.com#1201');

    const serious = (await new AxeBuilder({ page: popup }).analyze()).violations.filter((v) => v.impact === 'serious' || v.impact === 'critical');
    expect(serious.map((v) => v.id)).toEqual([]);

    await items.first().getByRole('button', { name: /Delete the draft for ticket #1201/ }).click();
    // The delete is done once the popup says so; only then does the full list show what is left.
    await expect.poll(() => popup.getByRole('status').textContent()).toBe('Deleted the draft for ticket #1201.');
    await popup.getByTestId('lf-drafts-search').fill('');
    const keys = () => items.evaluateAll((els) => els.map((el) => el.getAttribute('data-key')));
    await expect.poll(keys).toEqual(['freshdesk:https://popup.freshdesk.com#302']);
    await popup.close();
  });
});
