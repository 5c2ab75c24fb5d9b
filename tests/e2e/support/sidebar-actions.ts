import { expect } from 'vitest';
import type { BrowserContext, Locator, Page } from 'playwright-core';
import { openFixturePage, sidebarPart, waitForSidebar } from './helpdesk-pages';

/** Opens a fixture ticket page and waits for the sidebar's checklist. */
export async function openWithSidebar(context: BrowserContext, url: string): Promise<Page> {
  const page = await openFixturePage(context, url);
  await waitForSidebar(page);
  return page;
}

/** Types the restatement in the sidebar and waits until the draft says it is saved. */
export async function typeRestatementAndSave(page: Page, text: string): Promise<void> {
  const field = sidebarPart(page, 'lf-restatement');
  await expect.poll(() => field.isEnabled()).toBe(true);
  await field.fill(text);
  await expect.poll(() => sidebarPart(page, 'lf-draft-status').textContent()).toContain('Saved locally');
}

/** The sidebar's hint of one category. */
export function hintOf(page: Page, category: string): Locator {
  return page.locator(`listen-first-sidebar [data-testid="lf-hint"][data-category="${category}"]`);
}

/** The restatement the sidebar shows after it was typed and saved, then the page reloaded. */
export async function restatementAfterReload(page: Page, text: string): Promise<string> {
  await typeRestatementAndSave(page, text);
  await page.reload();
  await waitForSidebar(page);
  await expect.poll(() => sidebarPart(page, 'lf-restatement').inputValue()).not.toBe('');
  return sidebarPart(page, 'lf-restatement').inputValue();
}

/**
 * Opens a page whose layout the adapter does not understand and checks the sidebar says so in plain
 * words, with no page error, its checklist and restatement still usable.
 */
export async function expectLayoutNotUnderstood(context: BrowserContext, url: string): Promise<void> {
  const page = await context.newPage();
  const errors: Error[] = [];
  page.on('pageerror', (error) => errors.push(error));
  await page.goto(url);
  await expect.poll(() => sidebarPart(page, 'lf-status').textContent(), { timeout: 10_000 }).toContain("Can't find the reply box on this page");
  await sidebarPart(page, 'lf-checklist-item').first().locator('input').check();
  await typeRestatementAndSave(page, 'still usable');
  expect(errors).toEqual([]);
  await page.close();
}
