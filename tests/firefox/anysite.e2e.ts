import { readFile } from 'node:fs/promises';
import path from 'node:path';
import type { Page } from 'puppeteer-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { HELPDESK_CSP } from '../e2e/support/helpdesk-routes';
import { REPO_ROOT } from '../e2e/support/repo-paths';
import { inSidebar, launchFirefox, sidebarTestId, textsOf, type LaunchedFirefox } from './support/firefox';

// "Use ListenFirst on this page" in Firefox ESR, on the plain-form fixture no adapter knows. As in
// Chromium (tests/e2e/anysite.e2e.ts), the fixture origin is granted at install in place of the
// toolbar click's activeTab grant, and the popup's message is sent from an extension page.

const CASE = 'https://crm.anysite.test/cases/12';

let firefox: LaunchedFirefox;
beforeAll(async () => {
  firefox = await launchFirefox({ grantHosts: ['https://crm.anysite.test/*'] });
});
afterAll(async () => {
  await firefox?.close();
});

async function openCase(url: string): Promise<Page> {
  const page = await firefox.browser.newPage();
  const body = await readFile(path.join(REPO_ROOT, 'tests/fixtures/anysite/plain-form.html'), 'utf8');
  await page.setRequestInterception(true);
  page.on('request', (request) => {
    if (new URL(request.url()).protocol === 'moz-extension:') return void request.continue();
    void request.respond({ status: 200, contentType: 'text/html; charset=utf-8', headers: { 'Content-Security-Policy': HELPDESK_CSP }, body });
  });
  await page.goto(url);
  return page;
}

/** What the popup's "Use ListenFirst on this page" sends, for the tab showing `url`. */
async function startOnPage(url: string): Promise<unknown> {
  const popup = await firefox.openExtensionPage('popup.html');
  const response = await popup.evaluate(async (tabUrl) => {
    const api = (globalThis as unknown as { browser: { tabs: { query(q: object): Promise<{ id: number }[]> }; runtime: { sendMessage(m: unknown): Promise<unknown> } } }).browser;
    const [tab] = await api.tabs.query({ url: tabUrl });
    return api.runtime.sendMessage({ type: 'page/start', tabId: tab!.id });
  }, url);
  await popup.close();
  return response;
}

describe('ListenFirst on a page no adapter knows, in Firefox', () => {
  it('injects the sidebar into that tab only, takes the picked textarea and selected message, hints and inserts', async () => {
    const page = await openCase(CASE);
    const other = await openCase('https://crm.anysite.test/cases/13');
    expect(await startOnPage(CASE)).toEqual({ ok: true, started: true });
    await page.waitForSelector(sidebarTestId('lf-checklist'), { visible: true, timeout: 15_000 });

    // The agent works in the tab in front: a tab behind gets no focus events.
    await page.bringToFront();
    await page.click('textarea[name="reply"]');
    await expect.poll(() => page.$eval(sidebarTestId('lf-reply-box-pick'), (element) => element.getAttribute('data-state'))).toBe('picked');
    await page.evaluate(() => {
      const range = document.createRange();
      range.selectNodeContents(document.querySelector('article.case-message')!);
      document.getSelection()!.removeAllRanges();
      document.getSelection()!.addRange(range);
    });
    await page.click(sidebarTestId('lf-use-selection'));
    await expect.poll(async () => (await textsOf(page, sidebarTestId('lf-customer-message')))[0]).toContain('CSV export stops after a minute');

    await page.click('textarea[name="reply"]');
    await page.keyboard.type('Hi Marta, are you sure you clicked Export?');
    await expect.poll(() => textsOf(page, inSidebar('[data-testid="lf-hint"][data-category="doubting"] [data-testid="lf-hint-words"]'))).toEqual(['“are you sure”']);
    await page.click(inSidebar('[data-testid="lf-hint"][data-category="doubting"] [data-testid="lf-hint-apply"]'));
    await expect.poll(() => page.$eval('textarea[name="reply"]', (field) => (field as HTMLTextAreaElement).value)).toContain('Could you walk me through');

    expect(await other.$('listen-first-sidebar')).toBeNull();
    await page.close();
    await other.close();
  });
});
