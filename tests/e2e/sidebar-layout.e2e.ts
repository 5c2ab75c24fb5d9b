import AxeBuilder from '@axe-core/playwright';
import { describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { HELPDESKS } from '../../lib/adapters/registry';
import { useExtensionSession } from './support/extension-session';

// Docking, collapsing, resizing, the keyboard toggle, the popup and an accessibility check.

const ZENDESK_1201 = 'https://demo.zendesk.com/agent/tickets/1201?late=0';
const FRESHDESK_301 = 'https://demo.freshdesk.com/a/tickets/301';
const inSidebar = (page: Page, testId: string) => page.locator(`listen-first-sidebar [data-testid="${testId}"]`);

const session = useExtensionSession();

async function open(url: string): Promise<Page> {
  const page = await session.context.newPage();
  await page.goto(url);
  await page.locator('listen-first-sidebar').waitFor({ state: 'attached' });
  return page;
}

async function hostWidth(page: Page): Promise<number> {
  return page.evaluate(() => document.querySelector('listen-first-sidebar')!.getBoundingClientRect().width);
}

describe('sidebar layout', () => {
  it('docks beside the helpdesk without covering its submit button', async () => {
    for (const [url, submit] of [
      [ZENDESK_1201, '[data-side-conversations-anchor-id="1201"] [data-test-id="submit_button-button"]'],
      [FRESHDESK_301, '[data-test-id="ticket-action-reply"]'],
    ] as const) {
      const page = await open(url);
      await inSidebar(page, 'lf-checklist').waitFor();
      const sidebarLeft = await page.evaluate(() => document.querySelector('listen-first-sidebar')!.getBoundingClientRect().left);
      const button = await page.locator(submit).boundingBox();
      expect(button).not.toBeNull();
      expect(button!.x + button!.width).toBeLessThanOrEqual(sidebarLeft);
      await page.close();
    }
  });

  it('collapses to a slim tab, stays collapsed after a reload, and opens again', async () => {
    const page = await open(ZENDESK_1201);
    await inSidebar(page, 'lf-collapse').click();
    await inSidebar(page, 'lf-expand').waitFor();
    expect(await hostWidth(page)).toBeLessThan(40);
    expect(await page.evaluate(() => parseFloat(getComputedStyle(document.documentElement).marginRight))).toBeLessThan(40);
    await page.reload();
    await inSidebar(page, 'lf-expand').waitFor();
    expect(await inSidebar(page, 'lf-checklist').count()).toBe(0);
    await inSidebar(page, 'lf-expand').click();
    await inSidebar(page, 'lf-checklist').waitFor();
    expect(await hostWidth(page)).toBeGreaterThan(250);
    await page.close();
  });

  it('resizes from the keyboard and remembers the width for that helpdesk only', async () => {
    const page = await open(ZENDESK_1201);
    const handle = page.locator('listen-first-sidebar [role="separator"]');
    const before = await hostWidth(page);
    await handle.focus();
    await page.keyboard.press('ArrowLeft');
    await page.keyboard.press('ArrowLeft');
    await expect.poll(() => hostWidth(page)).toBe(before + 40);
    await page.reload();
    await inSidebar(page, 'lf-checklist').waitFor();
    expect(await hostWidth(page)).toBe(before + 40);
    const freshdesk = await open(FRESHDESK_301);
    await inSidebar(freshdesk, 'lf-checklist').waitFor();
    expect(await hostWidth(freshdesk)).toBe(before);
    await handle.focus();
    await page.keyboard.press('ArrowRight');
    await page.keyboard.press('ArrowRight');
    await expect.poll(() => hostWidth(page)).toBe(before);
    await page.close();
    await freshdesk.close();
  });

  it('toggles when the keyboard shortcut command reaches the tab', async () => {
    const page = await open(FRESHDESK_301);
    await inSidebar(page, 'lf-checklist').waitFor();
    const worker = session.worker;
    // What the background does on the `toggle-sidebar` command, for the active tab.
    const toggle = () =>
      worker.evaluate(async () => {
        type Tabs = { query(q: object): Promise<{ id?: number }[]>; sendMessage(id: number, message: unknown): Promise<unknown> };
        const { tabs } = (globalThis as unknown as { chrome: { tabs: Tabs } }).chrome;
        const [tab] = await tabs.query({ active: true, url: 'https://demo.freshdesk.com/*' });
        await tabs.sendMessage(tab!.id!, { type: 'sidebar/toggle' });
      });
    await toggle();
    await inSidebar(page, 'lf-expand').waitFor();
    await toggle();
    await inSidebar(page, 'lf-checklist').waitFor();
    await page.close();
  });

  it('goes away when the agent pauses the site from the popup, and comes back on resume', async () => {
    const page = await open(FRESHDESK_301);
    await inSidebar(page, 'lf-checklist').waitFor();
    const worker = session.worker;
    // What the popup's switch writes (lib/settings/ui-prefs.ts setSitePaused).
    const setPaused = (sites: string[]) =>
      worker.evaluate(
        (value) => (globalThis as unknown as { chrome: { storage: { local: { set(v: object): Promise<void> } } } }).chrome.storage.local.set({ 'paused-sites': value }),
        sites,
      );
    await setPaused(['demo.freshdesk.com']);
    await expect.poll(() => page.locator('listen-first-sidebar').count()).toBe(0);
    expect(await page.evaluate(() => getComputedStyle(document.documentElement).marginRight)).toBe('0px');
    await setPaused([]);
    await inSidebar(page, 'lf-checklist').waitFor();
    await page.close();
  });

  it('keeps the helpdesk shortcuts from seeing keys typed in the sidebar', async () => {
    const page = await open(ZENDESK_1201);
    await page.evaluate(() => {
      (window as unknown as { seenKeys: string[] }).seenKeys = [];
      document.addEventListener('keydown', (e) => (window as unknown as { seenKeys: string[] }).seenKeys.push(e.key));
    });
    await inSidebar(page, 'lf-restatement').click();
    await page.keyboard.type('jk?');
    expect(await page.evaluate(() => (window as unknown as { seenKeys: string[] }).seenKeys)).toEqual([]);
    await page.close();
  });

  it('has no serious or critical accessibility violations, on either helpdesk', async () => {
    for (const url of [ZENDESK_1201, FRESHDESK_301]) {
      const page = await open(url);
      await inSidebar(page, 'lf-checklist').waitFor();
      const results = await new AxeBuilder({ page }).include('listen-first-sidebar').analyze();
      const serious = results.violations.filter((v) => v.impact === 'serious' || v.impact === 'critical');
      expect(serious.map((v) => `${v.id}: ${v.help} (${v.nodes.map((n) => n.target.join(' ')).join(', ')})`)).toEqual([]);
      await page.close();
    }
  });
});

describe('popup', () => {
  it('explains how to use ListenFirst away from a helpdesk, and links to the settings', async () => {
    const page = await session.context.newPage();
    await page.goto(`chrome-extension://${session.browser.extensionId}/popup.html`);
    await expect.poll(() => page.locator('[data-testid="lf-popup-state"]').textContent()).toContain('Open a ticket in Zendesk');
    // Every helpdesk the registry knows is named.
    const explanation = await page.locator('[data-testid="lf-popup-state"]').textContent();
    for (const row of HELPDESKS) expect(explanation).toContain(row.label);
    const [options] = await Promise.all([session.context.waitForEvent('page'), page.getByRole('button', { name: 'Settings' }).click()]);
    await options.waitForLoadState();
    expect(options.url()).toBe(`chrome-extension://${session.browser.extensionId}/options.html`);
    await options.locator('[data-testid="lf-options-categories"]').waitFor();
    await options.close();
    await page.close();
  });
});
