import { expect } from 'vitest';
import type { Page } from 'playwright-core';
import type { FixtureTicket } from '../../fixtures/fixture-tickets';
import { sidebarPart } from './helpdesk-pages';

/** A reply hint of one category in the sidebar. */
export const sidebarHint = (page: Page, category: string) => page.locator(`listen-first-sidebar [data-testid="lf-hint"][data-category="${category}"]`);

/** Types the restatement and waits until it is saved. */
export async function typeRestatement(page: Page, text: string): Promise<void> {
  const field = sidebarPart(page, 'lf-restatement');
  await expect.poll(() => field.isEnabled()).toBe(true);
  await field.fill(text);
  await expect.poll(() => sidebarPart(page, 'lf-draft-status').textContent()).toContain('Saved locally');
}

/**
 * Right ticket only, across an in-page switch: ticket A's restatement and tick stay A's, ticket B
 * starts empty and shows only B's words, and going back brings A's state back.
 */
export async function expectSwitchKeepsEachTicketsState(
  page: Page,
  tickets: { from: FixtureTicket; to: FixtureTicket; fromOnlySays: string },
  switchTicket: () => Promise<void>,
): Promise<void> {
  await typeRestatement(page, `Restated: ${tickets.from.subject}`);
  await sidebarPart(page, 'lf-checklist-item').first().locator('input').check();

  await switchTicket();
  await expect.poll(() => sidebarPart(page, 'lf-ticket').textContent()).toContain(tickets.to.subject);
  expect(await sidebarPart(page, 'lf-customer-message').textContent()).toContain(tickets.to.latestMessageSays);
  expect(await sidebarPart(page, 'lf-customer-message').textContent()).not.toContain(tickets.fromOnlySays);
  await expect.poll(() => sidebarPart(page, 'lf-restatement').inputValue()).toBe('');
  expect(await sidebarPart(page, 'lf-checklist-item').first().locator('input').isChecked()).toBe(false);

  await typeRestatement(page, `Restated: ${tickets.to.subject}`);
  await page.goBack();
  await expect.poll(() => sidebarPart(page, 'lf-ticket').textContent()).toContain(tickets.from.subject);
  await expect.poll(() => sidebarPart(page, 'lf-restatement').inputValue()).toBe(`Restated: ${tickets.from.subject}`);
  expect(await sidebarPart(page, 'lf-checklist-item').first().locator('input').isChecked()).toBe(true);
}

/** Drafts survive a reload: the restatement and a tick are there again afterwards. */
export async function expectReloadKeepsRestatementAndTicks(page: Page, restatement: string): Promise<void> {
  await typeRestatement(page, restatement);
  await sidebarPart(page, 'lf-checklist-item').nth(2).locator('input').check();
  await expect.poll(() => sidebarPart(page, 'lf-draft-status').textContent()).toContain('Saved locally');
  await page.reload();
  await sidebarPart(page, 'lf-checklist').waitFor();
  await expect.poll(() => sidebarPart(page, 'lf-restatement').inputValue()).toBe(restatement);
  expect(await sidebarPart(page, 'lf-checklist-item').nth(2).locator('input').isChecked()).toBe(true);
}

/** An unknown layout: lf-status says so, and the checklist and restatement still work. */
export async function expectUnknownLayoutSaysSo(page: Page): Promise<void> {
  await expect.poll(() => sidebarPart(page, 'lf-status').textContent(), { timeout: 10_000 }).toContain("Can't find the reply box on this page");
  await sidebarPart(page, 'lf-checklist-item').first().locator('input').check();
  await typeRestatement(page, 'still usable');
}
