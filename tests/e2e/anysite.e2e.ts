import { readFile } from 'node:fs/promises';
import path from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { fixtureEditorBundle } from '../fixtures/editors/editor-bundles';
import { copyExtension, launchExtensionCopy, type ExtensionCopy, type LaunchedCopy } from './support/extension-copy';
import { registeredContentScripts, storedDraftRows } from './support/extension-storage';
import { fixtureEditorText, waitForFixtureEditor } from './support/fixture-editors';
import { HELPDESK_CSP } from './support/helpdesk-routes';
import { SIDEBAR_TAG, sidebarPart } from './support/helpdesk-pages';
import { hintOf, typeRestatementAndSave } from './support/sidebar-actions';
import { REPO_ROOT } from './support/repo-paths';

// "Use ListenFirst on this page" on sites no adapter knows (lib/anysite), in real Chromium. The
// toolbar button can't be clicked from automation and an activeTab grant needs that click, so the
// fixture origin is granted at install (copyExtension's grantHosts) and the popup's own button is
// clicked, in a popup page whose "active tab" is the fixture tab: the same message and injection
// the click runs. The click handler itself has its unit test (components/popup/PageStart.test.tsx).

const SITE = 'https://crm.anysite.test';
const OTHER_SITE = 'https://other.anysite.test';
const PLAIN_CASE = `${SITE}/cases/12`;
// Another site, so the first test's "Remember this site" does not start the sidebar on it by itself.
const APP_SITE = 'https://app.anysite.test';
const PROSEMIRROR_TICKET = `${APP_SITE}/tickets?id=7`;

let copy: ExtensionCopy;
let browser: LaunchedCopy;

async function fixture(file: string) {
  return readFile(path.join(REPO_ROOT, 'tests/fixtures/anysite', file), 'utf8');
}

beforeAll(async () => {
  copy = await copyExtension({ grantHosts: [`${SITE}/*`, `${APP_SITE}/*`] });
  browser = await launchExtensionCopy(copy);
  await browser.context.route(/^https:\/\/[a-z]+\.anysite\.test\//, async (route) => {
    const url = new URL(route.request().url());
    const html = (body: string) => route.fulfill({ status: 200, contentType: 'text/html; charset=utf-8', headers: { 'Content-Security-Policy': HELPDESK_CSP }, body });
    if (url.pathname === '/vendor/editors/prosemirror.js') return route.fulfill({ status: 200, contentType: 'text/javascript', body: await fixtureEditorBundle('prosemirror') });
    if (url.pathname.startsWith('/cases/')) return html(await fixture('plain-form.html'));
    if (url.pathname === '/tickets') return html(await fixture('prosemirror-app.html'));
    return html('<!doctype html><title>Elsewhere</title><p>Nothing to see.</p>');
  });
});

afterAll(async () => {
  await browser?.close();
  await copy?.remove();
});

/** The toolbar popup with `tab` as the active tab (what a click on the toolbar button over it opens). */
async function popupOver(tab: Page): Promise<Page> {
  const tabUrl = tab.url();
  const popup = await browser.context.newPage();
  await popup.addInitScript((url) => {
    const chromeApi = (globalThis as unknown as { chrome: { tabs: { query(filter: object): Promise<unknown[]> } } }).chrome;
    const query = chromeApi.tabs.query.bind(chromeApi.tabs);
    chromeApi.tabs.query = (filter: object) => ('active' in filter ? query({ url }) : query(filter));
  }, tabUrl);
  await popup.goto(`chrome-extension://${browser.extensionId}/popup.html`);
  return popup;
}

async function startOnPage(tab: Page): Promise<void> {
  const popup = await popupOver(tab);
  await popup.getByTestId('lf-use-on-page').click();
  await expect.poll(() => popup.getByTestId('lf-page-start').getAttribute('data-state')).toBe('running');
  await popup.close();
  await sidebarPart(tab, 'lf-checklist').first().waitFor({ timeout: 15_000 });
}

const picks = (page: Page, testId: string) => page.locator(`${SIDEBAR_TAG} [data-testid="${testId}"]`);

/** Selects the text of `selector` on the page, as the agent would with the mouse. */
async function selectText(page: Page, selector: string) {
  await page.locator(selector).evaluate((element) => {
    const range = document.createRange();
    range.selectNodeContents(element);
    const selection = document.getSelection()!;
    selection.removeAllRanges();
    selection.addRange(range);
  });
}

/** Whether this extension's sidebar script runs in the tab, asked in the background (scripting, for a granted origin). */
async function sidebarScriptRunsIn(url: string): Promise<boolean> {
  return browser.worker.evaluate(async (tabUrl) => {
    interface WorkerChrome {
      tabs: { query(filter: { url: string }): Promise<{ id: number }[]> };
      scripting: { executeScript(details: { target: { tabId: number }; func: () => boolean }): Promise<{ result: unknown }[]> };
    }
    const chromeApi = (globalThis as unknown as { chrome: WorkerChrome }).chrome;
    const [tab] = await chromeApi.tabs.query({ url: tabUrl });
    const [probe] = await chromeApi.scripting.executeScript({ target: { tabId: tab!.id }, func: () => (globalThis as Record<symbol, unknown>)[Symbol.for('listenfirst.sidebar-script')] === true });
    return probe!.result === true;
  }, url);
}

describe('ListenFirst on a page no adapter knows', () => {
  it('runs on a plain form after the toolbar button, hints on the textarea, inserts into it, and keeps its draft after "Remember this site"', async () => {
    const page = await browser.context.newPage();
    await page.goto(PLAIN_CASE);
    const sameSite = await browser.context.newPage();
    await sameSite.goto(`${SITE}/cases/13`);
    const otherSite = await browser.context.newPage();
    await otherSite.goto(`${OTHER_SITE}/inbox`);
    // Nothing runs before the agent asks.
    expect(await page.locator(SIDEBAR_TAG).count()).toBe(0);

    await startOnPage(page);
    await expect.poll(() => picks(page, 'lf-reply-box-pick').getAttribute('data-state')).toBe('picking');
    await page.locator('textarea[name="reply"]').click();
    await expect.poll(() => picks(page, 'lf-reply-box-pick').getAttribute('data-state')).toBe('picked');
    await selectText(page, 'article.case-message');
    await picks(page, 'lf-use-selection').click();
    await expect.poll(() => sidebarPart(page, 'lf-customer-message').textContent()).toContain('CSV export stops after a minute');
    expect(await picks(page, 'lf-page-identity').getAttribute('data-stable')).toBe('true');

    await page.locator('textarea[name="reply"]').click();
    await page.keyboard.type('Hi Marta, are you sure you clicked Export?');
    await expect.poll(() => hintOf(page, 'doubting').count()).toBe(1);
    await typeRestatementAndSave(page, 'the CSV export stops after a minute');
    await sidebarPart(page, 'lf-insert-restatement').click();
    await expect.poll(() => page.locator('textarea[name="reply"]').inputValue()).toMatch(/^Just to make sure I've understood: the CSV export stops after a minute\nHi Marta/);

    // Injected into that tab only: not the same site's other tab, not another site's.
    expect(await sameSite.locator(SIDEBAR_TAG).count()).toBe(0);
    expect(await otherSite.locator(SIDEBAR_TAG).count()).toBe(0);
    expect(await sidebarScriptRunsIn(`${SITE}/cases/13`)).toBe(false);
    expect(await sidebarScriptRunsIn(PLAIN_CASE)).toBe(true);

    // Drafts are keyed by the page's address, in a shape no helpdesk key can have.
    await expect.poll(async () => (await storedDraftRows(browser.worker)).map((row) => row.key)).toContain(`page@${SITE}/cases/12`);

    const popup = await popupOver(page);
    await expect.poll(() => popup.getByTestId('lf-page-start').getAttribute('data-state')).toBe('running');
    await popup.getByTestId('lf-remember-site').click();
    await expect.poll(() => popup.getByTestId('lf-page-start').getAttribute('data-state')).toBe('remembered');
    await popup.close();
    await expect.poll(async () => (await registeredContentScripts(browser.worker)).map((script) => script.id)).toContain(`lf-site:${SITE}/*#helpdesk`);
    const options = await browser.context.newPage();
    await options.goto(`chrome-extension://${browser.extensionId}/options.html`);
    await expect.poll(() => options.locator(`[data-testid="lf-remembered-site"][data-origin="${SITE}"]`).textContent()).toContain('opens on its own');
    await options.close();

    // After a reload the sidebar comes back on its own, with the same picks, and offers the reply back.
    await page.reload();
    await sidebarPart(page, 'lf-checklist').first().waitFor({ timeout: 15_000 });
    await expect.poll(() => picks(page, 'lf-reply-box-pick').getAttribute('data-state')).toBe('picked');
    await expect.poll(() => sidebarPart(page, 'lf-restatement').inputValue()).toBe('the CSV export stops after a minute');
    await expect.poll(() => sidebarPart(page, 'lf-customer-message').textContent()).toContain('CSV export stops after a minute');
    await sidebarPart(page, 'lf-restore-draft-button').click();
    await expect.poll(() => page.locator('textarea[name="reply"]').inputValue()).toContain('are you sure you clicked Export?');
    for (const tab of [page, sameSite, otherSite]) await tab.close();
  });

  it('writes into a real ProseMirror editor through its model, with the ticket named by a query parameter', async () => {
    const page = await browser.context.newPage();
    await page.goto(PROSEMIRROR_TICKET);
    await waitForFixtureEditor(page, '#composer');
    await startOnPage(page);
    // /tickets names no ticket until the agent names the parameter.
    await expect.poll(() => picks(page, 'lf-page-identity').getAttribute('data-stable')).toBe('false');
    await picks(page, 'lf-ticket-parameter').fill('id');
    await picks(page, 'lf-ticket-parameter').press('Enter');
    await expect.poll(() => picks(page, 'lf-page-identity').getAttribute('data-stable')).toBe('true');

    await page.locator('#composer .ProseMirror').click();
    await expect.poll(() => picks(page, 'lf-reply-box-pick').getAttribute('data-state')).toBe('picked');
    await picks(page, 'lf-paste-message').fill("I returned the blue suitcase three weeks ago and the refund of £120 still hasn't arrived.");
    await expect.poll(() => sidebarPart(page, 'lf-customer-message').textContent()).toContain('blue suitcase');

    // Into the empty reply (the ProseMirror driver's known defect with a caret already in the
    // reply is the Intercom test's it.fails in sidebar-helpscout-intercom.e2e.ts).
    await typeRestatementAndSave(page, 'your £120 refund for the suitcase has not arrived');
    await sidebarPart(page, 'lf-insert-restatement').click();
    await expect.poll(() => fixtureEditorText(page, '#composer')).toBe("Just to make sure I've understood: your £120 refund for the suitcase has not arrived");

    await page.locator('#composer .ProseMirror').click();
    await page.keyboard.press('End');
    await page.keyboard.type(' Are you sure you sent it back?');
    await expect.poll(() => hintOf(page, 'doubting').count()).toBe(1);
    await hintOf(page, 'doubting').locator('[data-testid="lf-hint-apply"]').click();
    await expect.poll(() => fixtureEditorText(page, '#composer')).not.toContain('Are you sure');
    await expect.poll(async () => (await storedDraftRows(browser.worker)).map((row) => row.key)).toContain(`page@${APP_SITE}/tickets?id=7`);
    await page.close();
  });
});
