import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { BrowserContext, Page } from 'playwright-core';
import { EDITOR_REQUEST_EVENT, EDITOR_RESPONSE_EVENT } from '../../lib/editor-bridge/protocol';
import { copyExtension, launchExtensionCopy, openOptionsPage, type ExtensionCopy, type LaunchedCopy } from './support/extension-copy';
import { readLocalItem, registeredContentScripts, storedDraftRows } from './support/extension-storage';
import { routeHelpdesks } from './support/helpdesk-routes';
import { sidebarPart, waitForSidebar } from './support/helpdesk-pages';

// A helpdesk on a team's own domain: the options page adds the origin, the extension registers
// both content scripts there (the editor bridge in the page's world), and removing the origin
// unregisters them. The copy grants the test origin at install: Chromium's permission prompt
// can't be answered from automation; with the host granted, `permissions.request` resolves as
// after "Allow".

const ORIGIN = 'https://support.example.test';
let copy: ExtensionCopy;
let browser: LaunchedCopy;

beforeAll(async () => {
  copy = await copyExtension({ grantHosts: [`${ORIGIN}/*`] });
  browser = await launchExtensionCopy(copy);
  // The Zendesk fixture at the team's own domain for ticket 1201; a bare page for ticket 77.
  await routeHelpdesks(browser.context, { customOrigins: { [ORIGIN]: 'zendesk' } });
  await browser.context.route(`${ORIGIN}/agent/tickets/77`, (route) =>
    route.fulfill({ contentType: 'text/html; charset=utf-8', body: '<!doctype html><title>Support</title><div contenteditable="true" id="reply">Hello</div>' }),
  );
});
afterAll(async () => {
  await browser?.close();
  await copy?.remove();
});

/** Opens a page at the custom origin and reports which of our two scripts ran in it. */
async function openHelpdeskPage(
  context: BrowserContext,
): Promise<{ page: Page; isolatedScriptRan: boolean; pageWorldBridgeAnswered: boolean; sidebarCssStatus: number | null }> {
  const page = await context.newPage();
  const cdp = await context.newCDPSession(page);
  const worlds: { origin: string; id: number }[] = [];
  cdp.on('Runtime.executionContextCreated', ({ context: created }) => {
    const aux = created.auxData as { type?: string } | undefined;
    if (aux?.type === 'isolated') worlds.push({ origin: created.origin, id: created.id });
  });
  await cdp.send('Runtime.enable');
  await page.goto(`${ORIGIN}/agent/tickets/77`);
  await page.waitForTimeout(500); // document_idle, then the scripts' first turn
  const pageWorldBridgeAnswered = await page.evaluate(
    ([requestEvent, responseEvent]) =>
      new Promise<boolean>((resolve) => {
        const reply = document.getElementById('reply')!;
        document.addEventListener(responseEvent!, (event) => resolve(String((event as CustomEvent).detail).includes('"probe"')), { once: true });
        reply.dispatchEvent(new CustomEvent(requestEvent!, { detail: JSON.stringify({ id: 'probe', op: 'select', start: 0, end: 0, expected: '' }), bubbles: true }));
        setTimeout(() => resolve(false), 1_000);
      }),
    [EDITOR_REQUEST_EVENT, EDITOR_RESPONSE_EVENT],
  );
  const ours = worlds.filter((world) => world.origin.startsWith(`chrome-extension://${copy.extensionId}`)).at(-1);
  // The sidebar's shadow root fetches its CSS from the content script: it must be web-accessible here.
  const sidebarCssStatus = ours
    ? ((
        await cdp.send('Runtime.evaluate', {
          contextId: ours.id,
          awaitPromise: true,
          expression: "fetch(chrome.runtime.getURL('/content-scripts/helpdesk.css')).then((response) => response.status, () => 0)",
        })
      ).result.value as number)
    : null;
  await cdp.detach();
  return { page, isolatedScriptRan: ours !== undefined, pageWorldBridgeAnswered, sidebarCssStatus };
}

describe('a helpdesk on its own domain', () => {
  it('runs none of our scripts before it is added', async () => {
    const { page, isolatedScriptRan, pageWorldBridgeAnswered } = await openHelpdeskPage(browser.context);
    expect({ isolatedScriptRan, pageWorldBridgeAnswered }).toEqual({ isolatedScriptRan: false, pageWorldBridgeAnswered: false });
    await page.close();
  });

  it('is added from the options page, and both content scripts run there, starting in its tab open at that moment', async () => {
    const openBefore = await browser.context.newPage();
    await openBefore.goto(`${ORIGIN}/agent/tickets/1201?late=0`);
    const options = await openOptionsPage(browser.context, copy.extensionId);
    await options.getByTestId('lf-origin-input').fill('support.example.test/agent/tickets/77');
    await options.getByTestId('lf-origin-helpdesk').selectOption('zendesk');
    await options.getByTestId('lf-origin-add').click();
    await expect.poll(() => options.getByTestId('lf-origin-message').textContent(), { timeout: 10_000 }).toBe(`ListenFirst now runs on ${ORIGIN}, and in its open tab.`);
    // The tab open before: the sidebar without a reload.
    await waitForSidebar(openBefore);
    expect(await sidebarPart(openBefore, 'lf-ticket').textContent()).toContain('#1201');
    await openBefore.close();
    await expect.poll(() => options.locator(`[data-origin="${ORIGIN}"] [data-testid="lf-origin-state"]`).textContent()).toBe('Active');
    expect(await readLocalItem(browser.worker, 'helpdesk-origins')).toEqual([{ origin: ORIGIN, helpdesk: 'zendesk' }]);

    const scripts = await registeredContentScripts(browser.worker);
    expect(scripts.map(({ js, matches, world }) => ({ js, matches, world }))).toEqual([
      { js: ['editor-bridge.js'], matches: [`${ORIGIN}/*`], world: 'MAIN' },
      { js: ['editor-key.js'], matches: [`${ORIGIN}/*`], world: 'ISOLATED' },
      { js: ['adapters/zendesk.js', 'content-scripts/helpdesk.js'], matches: [`${ORIGIN}/*`], world: 'ISOLATED' },
    ]);

    const { page, isolatedScriptRan, pageWorldBridgeAnswered, sidebarCssStatus } = await openHelpdeskPage(browser.context);
    expect({ isolatedScriptRan, pageWorldBridgeAnswered, sidebarCssStatus }).toEqual({ isolatedScriptRan: true, pageWorldBridgeAnswered: true, sidebarCssStatus: 200 });
    await page.close();
    await options.close();
  });

  it("shows the sidebar for a Zendesk ticket there, and keeps its draft under that origin's own key", async () => {
    const page = await browser.context.newPage();
    await page.goto(`${ORIGIN}/agent/tickets/1201?late=0`);
    await waitForSidebar(page);
    expect(await sidebarPart(page, 'lf-ticket').textContent()).toContain('#1201');
    expect(await sidebarPart(page, 'lf-customer-message').textContent()).toContain('LK-403');
    const field = sidebarPart(page, 'lf-restatement');
    await expect.poll(() => field.isEnabled()).toBe(true);
    await field.fill('Every seat shows LK-403');
    // Saved means the background accepted the sender: a tab on a configured origin, for its own account.
    await expect.poll(() => sidebarPart(page, 'lf-draft-status').textContent()).toContain('Saved locally');
    // Keyed by its origin, so no hosted account (support-example-test.zendesk.com) can ever share it.
    expect((await storedDraftRows(browser.worker)).map((row) => [row.key, row.origin])).toEqual([[`zendesk:${ORIGIN}#1201`, ORIGIN]]);
    await page.close();
  });

  it('refuses an address it cannot use, saying why', async () => {
    const options = await openOptionsPage(browser.context, copy.extensionId);
    await options.getByTestId('lf-origin-input').fill('https://acme.zendesk.com');
    await options.getByTestId('lf-origin-add').click();
    await expect.poll(() => options.getByTestId('lf-origin-message').textContent()).toBe('Not added. Helpdesk address: acme.zendesk.com is already supported; no need to add it.');
    await options.close();
  });

  it('is removed: the scripts are unregistered and stop running there', async () => {
    const options = await openOptionsPage(browser.context, copy.extensionId);
    await options.getByRole('button', { name: `Remove ${ORIGIN}` }).click();
    await expect.poll(() => options.getByTestId('lf-origin-message').textContent(), { timeout: 10_000 }).toBe(`ListenFirst no longer runs on ${ORIGIN}.`);
    expect(await registeredContentScripts(browser.worker)).toEqual([]);
    const { page, isolatedScriptRan, pageWorldBridgeAnswered } = await openHelpdeskPage(browser.context);
    expect({ isolatedScriptRan, pageWorldBridgeAnswered }).toEqual({ isolatedScriptRan: false, pageWorldBridgeAnswered: false });
    await page.close();
    await options.close();
  });
});
