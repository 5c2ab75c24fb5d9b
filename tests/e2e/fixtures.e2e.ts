import type { Page } from 'playwright-core';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { launchBrowser, type LaunchedBrowser } from './support/browser';
import { freshdeskFixture, waitForFixture, zendeskFixture } from './support/fixture-hooks';
import { FRESHDESK_TICKETS, ZENDESK_TICKETS } from '../fixtures/fixture-tickets';
import {
  freshdeskEditor,
  freshdeskSelectors as fd,
  freshdeskTicketUrl,
  zendeskEditor,
  zendeskSelectors as zd,
  zendeskTicketUrl,
} from './support/helpdesk-pages';
import { routeHelpdesks, type HelpdeskRoutes } from './support/helpdesk-routes';

// The fixture pages themselves, without the extension: if these fail, every extension e2e test
// built on them proves nothing.

let browser: LaunchedBrowser;
let routes: HelpdeskRoutes;
const openPages: Page[] = [];

beforeAll(async () => {
  browser = await launchBrowser({ withExtension: false });
  routes = await routeHelpdesks(browser.context);
});

afterEach(async () => {
  routes.setZendeskPage('agent-workspace');
  await Promise.all(openPages.splice(0).map((page) => page.close()));
});

afterAll(async () => {
  await browser?.close();
});

async function open(url: string, { waitForHooks = true } = {}): Promise<Page> {
  const page = await browser.context.newPage();
  openPages.push(page);
  const response = await page.goto(url);
  expect(response?.status(), url).toBe(200);
  if (waitForHooks) await waitForFixture(page);
  return page;
}

const textOf = (page: Page, selector: string) => page.locator(selector).allTextContents();

/** The text of the last customer entry in a pane, and of its quoted history. */
async function latestCustomerMessage(page: Page, ticketId: string) {
  const entry = page.locator(`${zd.pane(ticketId)} ${zd.customerEntry}`).last();
  const content = entry.locator('[data-test-id="omni-log-message-content"] .zd-comment');
  return { text: await content.textContent(), quoted: await content.locator('blockquote').first().textContent() };
}

/** Proves the page's CSP is on: an inline script added to the DOM must not run. */
async function expectInlineScriptsBlocked(page: Page) {
  const result = await page.evaluate(
    () =>
      new Promise<{ ran: boolean; directive: string }>((resolve) => {
        let directive = '';
        document.addEventListener('securitypolicyviolation', (event) => {
          directive = event.effectiveDirective;
        });
        const script = document.createElement('script');
        script.textContent = 'window.__lfInlineScriptRan = true;';
        document.head.append(script);
        setTimeout(() => resolve({ ran: (window as { __lfInlineScriptRan?: boolean }).__lfInlineScriptRan === true, directive }), 200);
      }),
  );
  expect(result).toEqual({ ran: false, directive: 'script-src-elem' });
}

describe('Zendesk Agent Workspace fixture', () => {
  it('mounts both tickets with only the URL’s ticket active, in the shape docs/helpdesks.md describes', async () => {
    // ?late=0: the shape on load, without the entry that arrives 1.5 s later (on a loaded machine it
    // can arrive before the counts below are read; its own test is further down).
    const page = await open(`${zendeskTicketUrl('1201')}?late=0`);
    await expect(page.locator(zd.activePane).locator('[data-side-conversations-anchor-id]').getAttribute('data-side-conversations-anchor-id')).resolves.toBe('1201');
    await expect.poll(() => page.locator('.ticket-panes-grid-layout').count()).toBe(2);
    expect(await page.locator(zd.pane('1202')).isVisible()).toBe(false);
    expect(await page.locator(zd.pane('1201')).isVisible()).toBe(true);

    for (const [id, ticket] of Object.entries(ZENDESK_TICKETS)) {
      expect(await page.locator(`${zd.pane(id)} ${zd.subject}`).inputValue()).toBe(ticket.subject);
      const latest = await latestCustomerMessage(page, id);
      expect(latest.text).toContain(ticket.latestMessageSays);
      expect(latest.quoted).toContain(ticket.quotedHistorySays);
      expect(latest.quoted).toMatch(/^\s*On (Tue|Wed), .* wrote:/);
      const first = page.locator(`${zd.pane(id)} ${zd.customerEntry}`).first();
      expect(await first.locator('[data-test-id="omni-log-item-sender"]').textContent()).toBe(ticket.customer);
      expect(await first.textContent()).toContain(ticket.firstMessageSays);
    }
    // The two tickets' latest customer messages differ, so a mix-up is visible.
    expect((await latestCustomerMessage(page, '1201')).text).not.toContain(ZENDESK_TICKETS['1202'].latestMessageSays);

    const pane = page.locator(zd.pane('1201'));
    await expect.poll(() => pane.locator(`${zd.log} ${zd.entry}`).count()).toBe(5);
    await expect.poll(() => pane.locator('[data-test-id="omni-log-item-message"][type="agent"]:has([data-test-id="omni-log-internal-note-tag"])').count()).toBe(1);
    await expect.poll(() => pane.locator(`${zd.entry}[aria-hidden="true"]`).count()).toBe(1);
    await expect.poll(() => pane.locator('div[data-test-id="omni-log-item-sender"]').count()).toBe(4);
    await expect.poll(() => pane.locator('time[data-test-id^="timestamp-"][datetime]').count()).toBe(4);
    await expect.poll(() => pane.locator('.zd-comment ol li a[href]').count()).toBe(1);
    for (const selector of [zd.showMore, zd.channelSwitcher, zd.submit, `${zd.editorWrapper} ${zd.editor}`]) {
      await expect.poll(() => pane.locator(selector).count(), { message: selector }).toBe(1);
    }
  });

  it('selects ticket 1202 when the page is loaded at its URL', async () => {
    const page = await open(zendeskTicketUrl('1202', 'other-account'));
    expect(await zendeskFixture(page).activeTicketId()).toBe('1202');
    expect(await page.locator(zd.pane('1202')).isVisible()).toBe(true);
    expect(await page.locator(zd.pane('1201')).isVisible()).toBe(false);
    expect(await page.title()).toContain(ZENDESK_TICKETS['1202'].subject);
  });

  it('runs a real CKEditor 5 in every pane, on the element with the documented test id', async () => {
    const page = await open(zendeskTicketUrl('1201'));
    const editables = await page.evaluate(() =>
      [...document.querySelectorAll<HTMLElement & { ckeditorInstance?: { getData(): string } }>('[data-test-id="omnicomposer-rich-text-ckeditor"]')].map((el) => ({
        pane: el.closest('[data-side-conversations-anchor-id]')?.getAttribute('data-side-conversations-anchor-id'),
        ckeditor: el.classList.contains('ck-editor__editable'),
        contenteditable: el.getAttribute('contenteditable'),
        role: el.getAttribute('role'),
        hasInstance: typeof el.ckeditorInstance?.getData === 'function',
      })),
    );
    expect(editables).toEqual([
      { pane: '1201', ckeditor: true, contenteditable: 'true', role: 'textbox', hasInstance: true },
      { pane: '1202', ckeditor: true, contenteditable: 'true', role: 'textbox', hasInstance: true },
    ]);
  });

  it('keeps typed text in the typed-in ticket’s CKEditor model only', async () => {
    const page = await open(zendeskTicketUrl('1201'));
    const hooks = zendeskFixture(page);
    await zendeskEditor(page).click();
    await page.keyboard.type('Thanks Marta, I can see the LK-403 error.');
    await page.keyboard.press('Enter');
    await page.keyboard.type('Second line.');
    expect(await hooks.getEditorData('1201')).toBe('<p>Thanks Marta, I can see the LK-403 error.</p><p>Second line.</p>');
    expect(await hooks.getEditorData('1202')).toBe('');
  });

  it('undoes text written straight into the editor DOM, like the real CKEditor 5', async () => {
    const page = await open(zendeskTicketUrl('1201'));
    const editor = zendeskEditor(page, '1201');
    await editor.evaluate((el) => {
      el.textContent = 'written into the DOM';
    });
    await page.waitForTimeout(200);
    expect(await zendeskFixture(page).getEditorData('1201')).toBe('');
    expect(await editor.textContent()).not.toContain('written into the DOM');
  });

  it('setEditorData writes through the editor API and shows in the editable', async () => {
    const page = await open(zendeskTicketUrl('1201'));
    await zendeskFixture(page).setEditorData('1202', '<p>Hello <strong>Daniel</strong></p>');
    expect(await zendeskFixture(page).getEditorData('1202')).toBe('<p>Hello <strong>Daniel</strong></p>');
    expect(await zendeskEditor(page, '1202').textContent()).toBe('Hello Daniel');
  });

  it('switches tickets in-page: the tab click changes the active pane and pushes the URL, back restores', async () => {
    const page = await open(zendeskTicketUrl('1201'));
    await page.evaluate(() => {
      (window as { __sameDocument?: boolean }).__sameDocument = true;
    });
    await page.locator(zd.tab('1202')).click();
    expect(new URL(page.url()).pathname).toBe('/agent/tickets/1202');
    expect(await zendeskFixture(page).activeTicketId()).toBe('1202');
    expect(await page.locator(zd.pane('1201')).isVisible()).toBe(false);
    expect(await zendeskEditor(page).evaluate((el) => el.closest('[data-side-conversations-anchor-id]')?.getAttribute('data-side-conversations-anchor-id'))).toBe('1202');

    await page.goBack();
    await page.waitForFunction(() => location.pathname === '/agent/tickets/1201');
    expect(await zendeskFixture(page).activeTicketId()).toBe('1201');
    await page.goForward();
    await page.waitForFunction(() => location.pathname === '/agent/tickets/1202');
    expect(await zendeskFixture(page).activeTicketId()).toBe('1202');

    await zendeskFixture(page).switchTab('1201');
    expect(new URL(page.url()).pathname).toBe('/agent/tickets/1201');
    expect(await page.evaluate(() => (window as { __sameDocument?: boolean }).__sameDocument)).toBe(true);
  });

  it('delivers a late customer message to the active ticket about 1.5 s after load', async () => {
    const page = await open(zendeskTicketUrl('1202'));
    const customerEntries = (id: string) => page.locator(`${zd.pane(id)} ${zd.customerEntry}`).count();
    const before = { '1201': await customerEntries('1201'), '1202': await customerEntries('1202') };
    expect((await latestCustomerMessage(page, '1202')).text).not.toContain(ZENDESK_TICKETS['1202'].lateMessageSays);

    const started = Date.now();
    await zendeskFixture(page).lateEntryArrived();
    expect(Date.now() - started).toBeGreaterThan(500);
    expect(await customerEntries('1202')).toBe(before['1202'] + 1);
    expect(await customerEntries('1201')).toBe(before['1201']);
    const latest = await latestCustomerMessage(page, '1202');
    expect(latest.text).toContain(ZENDESK_TICKETS['1202'].lateMessageSays);
    expect(latest.quoted).toContain(ZENDESK_TICKETS['1202'].quotedHistorySays);
  });

  it('sends no late message with ?late=0', async () => {
    const page = await open(`${zendeskTicketUrl('1201')}?late=0`);
    const count = await page.locator(`${zd.pane('1201')} ${zd.entry}`).count();
    await page.waitForTimeout(2000);
    await expect.poll(() => page.locator(`${zd.pane('1201')} ${zd.entry}`).count()).toBe(count);
  });

  it('replaces the editor element wholesale with a fresh CKEditor, keeping the draft', async () => {
    const page = await open(zendeskTicketUrl('1201'));
    const hooks = zendeskFixture(page);
    await hooks.setEditorData('1201', '<p>Draft before the re-render</p>');
    const oldEditable = await zendeskEditor(page, '1201').elementHandle();
    await oldEditable!.evaluate((el) => {
      (el as HTMLElement & { ckeditorInstance: { __old?: boolean } }).ckeditorInstance.__old = true;
    });

    await hooks.replaceEditor('1201');

    expect(await oldEditable!.evaluate((el) => el.isConnected)).toBe(false);
    const fresh = zendeskEditor(page, '1201');
    await expect.poll(() => fresh.count()).toBe(1);
    expect(
      await fresh.evaluate((el) => {
        const instance = (el as HTMLElement & { ckeditorInstance?: { __old?: boolean } }).ckeditorInstance;
        return { instance: Boolean(instance), old: instance?.__old === true, ckeditor: el.classList.contains('ck-editor__editable'), wrapped: Boolean(el.closest('[data-test-id="ticket-rich-text-editor"]')) };
      }),
    ).toEqual({ instance: true, old: false, ckeditor: true, wrapped: true });
    expect(await hooks.getEditorData('1201')).toBe('<p>Draft before the re-render</p>');

    await fresh.click();
    await page.keyboard.press('ControlOrMeta+End');
    await page.keyboard.type(' and after');
    expect(await hooks.getEditorData('1201')).toBe('<p>Draft before the re-render and after</p>');
    await expect.poll(() => zendeskEditor(page, '1202').count()).toBe(1);
  });

  it('adds customer messages and submits replies and internal notes as agent entries', async () => {
    const page = await open(`${zendeskTicketUrl('1201')}?late=0`);
    const hooks = zendeskFixture(page);
    await hooks.addCustomerMessage('1202', 'Any news on the export?\n\nThe accountant is asking.');
    const latest = page.locator(`${zd.pane('1202')} ${zd.customerEntry}`).last();
    expect(await latest.locator('.zd-comment p').allTextContents()).toEqual(['Any news on the export?', 'The accountant is asking.']);
    expect(await latest.locator('[data-test-id="omni-log-item-sender"]').textContent()).toBe('Daniel Okafor');

    await hooks.setEditorData('1201', '<p>We are on it, Marta.</p>');
    await page.locator(`${zd.pane('1201')} ${zd.submit}`).click();
    const lastEntry = page.locator(`${zd.pane('1201')} ${zd.entry}`).last();
    expect(await lastEntry.locator('[data-test-id="omni-log-item-message"]').getAttribute('type')).toBe('agent');
    expect(await lastEntry.locator('.zd-comment').textContent()).toBe('We are on it, Marta.');
    expect(await hooks.getEditorData('1201')).toBe('');

    await page.locator(`${zd.pane('1201')} ${zd.channelSwitcher}`).click();
    await hooks.setEditorData('1201', '<p>Escalated to LIC-88.</p>');
    await hooks.submit('1201');
    await expect.poll(() => page.locator(`${zd.pane('1201')} ${zd.entry}`).last().locator('[data-test-id="omni-log-internal-note-tag"]').count()).toBe(1);
  });

  it('loads older entries above the first one with "Show more"', async () => {
    const page = await open(zendeskTicketUrl('1201'));
    const entries = page.locator(`${zd.pane('1201')} ${zd.entry}`);
    const count = await entries.count();
    await page.locator(`${zd.pane('1201')} ${zd.showMore}`).click();
    await expect.poll(() => entries.count()).toBe(count + 2);
    expect(await entries.first().textContent()).toContain('Is the 4.2 upgrade free');
    await expect.poll(() => page.locator(`${zd.pane('1201')} ${zd.showMore}`).count()).toBe(0);
  });

  it('churns the active log many times a second on demand, and stops', async () => {
    const page = await open(`${zendeskTicketUrl('1201')}?late=0`);
    const countMutations = (ms: number) =>
      page.evaluate(
        (duration) =>
          new Promise<number>((resolve) => {
            let records = 0;
            const observer = new MutationObserver((batch) => {
              records += batch.length;
            });
            observer.observe(document.body, { childList: true, subtree: true, characterData: true });
            setTimeout(() => {
              observer.disconnect();
              resolve(records);
            }, duration);
          }),
        ms,
      );
    expect(await countMutations(300)).toBe(0);
    await zendeskFixture(page).startChurn(50);
    expect(await countMutations(1000)).toBeGreaterThan(40);
    expect(await zendeskFixture(page).churnTicks()).toBeGreaterThanOrEqual(10);
    await zendeskFixture(page).stopChurn();
    expect(await countMutations(300)).toBe(0);

    const churning = await open(`${zendeskTicketUrl('1201')}?late=0&churn=1`);
    await churning.waitForTimeout(300);
    expect(await zendeskFixture(churning).churnTicks()).toBeGreaterThan(2);
  });

  it('serves an unknown layout on which none of the documented selectors match', async () => {
    const selectors = [
      zd.activePane,
      '.ticket-panes-grid-layout',
      '[data-side-conversations-anchor-id]',
      zd.subject,
      zd.log,
      zd.entry,
      '[data-test-id="omni-log-item-message"]',
      '[data-test-id="omni-log-message-content"]',
      '.zd-comment',
      zd.editor,
      '[data-test-id="omnicomposer-plain-text-ckeditor"]',
      '.ck-editor__editable',
      zd.editorWrapper,
      zd.channelSwitcher,
      zd.submit,
    ];
    const byQuery = await open(`${zendeskTicketUrl('1201')}?lf-fixture=unknown-layout`, { waitForHooks: false });
    routes.setZendeskPage('unknown-layout');
    const byOption = await open(zendeskTicketUrl('1202'), { waitForHooks: false });
    for (const page of [byQuery, byOption]) {
      for (const selector of selectors) await expect.poll(() => page.locator(selector).count(), { message: selector }).toBe(0);
      // Still a ticket page with a working reply box, just not one the extension knows.
      expect(await page.locator('input[aria-label="Subject"]').inputValue()).toBe(ZENDESK_TICKETS['1201'].subject);
      await page.locator('[contenteditable="true"]').click();
      await page.keyboard.type('typed');
      expect(await page.locator('[contenteditable="true"]').textContent()).toContain('typed');
    }
  });
});

describe('Freshdesk fixture', () => {
  it('renders ticket 301 with requester, agent and private-note entries in the documented shape', async () => {
    const page = await open(freshdeskTicketUrl('301'));
    const ticket = FRESHDESK_TICKETS['301'];
    expect(await page.locator(`.sentiment-ticket-heading ${fd.subject}`).textContent()).toBe(ticket.subject);
    expect(await page.locator(fd.ticketNumber).textContent()).toBe('#301');
    await expect.poll(() => page.locator(fd.entry).count()).toBe(4);
    expect(await page.locator(fd.firstMessage).textContent()).toContain(ticket.firstMessageSays);
    await expect.poll(() => page.locator(`${fd.entry}${fd.requesterEntry}`).count()).toBe(1);
    await expect.poll(() => page.locator(`${fd.entry}${fd.privateNote} .emails-info.notify`).count()).toBe(1);
    const latest = page.locator(`${fd.requesterEntry} .text__content`).last();
    expect(await latest.textContent()).toContain(ticket.latestMessageSays);
    expect(await latest.locator('.freshdesk_quote blockquote').textContent()).toContain(ticket.quotedHistorySays);
    expect(await textOf(page, `${fd.requesterEntry} .user-name`)).toEqual([ticket.customer]);
    // The editor exists only after Reply is clicked.
    await expect.poll(() => page.locator('.fr-element').count()).toBe(0);
    await expect.poll(() => page.locator(fd.activeEditor).count()).toBe(0);
  });

  it('renders ticket 302 at its URL and at the legacy /helpdesk path', async () => {
    for (const url of [freshdeskTicketUrl('302'), freshdeskTicketUrl('302', 'acme', { legacy: true })]) {
      const page = await open(url);
      const ticket = FRESHDESK_TICKETS['302'];
      expect(await page.locator(fd.subject).textContent()).toBe(ticket.subject);
      expect(await page.locator(fd.ticketNumber).textContent()).toBe('#302');
      expect(await page.locator(`${fd.requesterEntry} .text__content`).last().textContent()).toContain(ticket.latestMessageSays);
      expect(await page.locator(`${fd.requesterEntry} blockquote`).textContent()).toContain(ticket.quotedHistorySays);
      // An emailed agent reply carries the private-note class, told apart by its To/Cc block.
      await expect.poll(() => page.locator(`${fd.privateNote}:has(.emails-info:not(.notify))`).count()).toBe(1);
      expect(await page.locator(fd.firstMessage).textContent()).toContain(ticket.firstMessageSays);
      expect(await freshdeskFixture(page).currentTicketId()).toBe('302');
    }
  });

  it('opens the real Froala editor from Reply and keeps typed text in it', async () => {
    const page = await open(freshdeskTicketUrl('301'));
    const hooks = freshdeskFixture(page);
    expect(await hooks.getEditorHtml()).toBeNull();
    await page.locator(fd.replyButton).click();
    const editor = freshdeskEditor(page);
    await editor.waitFor();
    expect(await page.evaluate(() => (window as { FroalaEditor?: { INSTANCES: unknown[] } }).FroalaEditor?.INSTANCES.length)).toBe(1);
    await expect.poll(() => page.locator(`${fd.activeEditor} ${fd.submit}`).count()).toBe(1);
    await editor.click();
    await page.keyboard.type('Hi Aiko, I forced a resync.');
    await page.keyboard.press('Enter');
    await page.keyboard.type('Tom');
    expect(await hooks.getEditorHtml()).toBe('<p>Hi Aiko, I forced a resync.</p><p>Tom</p>');
    expect(await hooks.getEditorText()).toBe('Hi Aiko, I forced a resync.\nTom');
  });

  it('navigates in-page from the ticket list: URL pushed, view replaced wholesale, back restores', async () => {
    const page = await open(freshdeskTicketUrl('301'));
    await freshdeskFixture(page).openReply();
    const oldView = await page.locator('[data-fixture-view]').elementHandle();
    await page.evaluate(() => {
      (window as { __sameDocument?: boolean }).__sameDocument = true;
    });

    await page.locator(fd.ticketLink('302')).click();
    await page.waitForFunction(() => location.pathname === '/a/tickets/302');
    expect(await oldView!.evaluate((el) => el.isConnected)).toBe(false);
    expect(await page.locator(fd.ticketNumber).textContent()).toBe('#302');
    expect(await page.locator(fd.subject).textContent()).toBe(FRESHDESK_TICKETS['302'].subject);
    await expect.poll(() => page.locator('.fr-element').count()).toBe(0);

    await page.goBack();
    await page.waitForFunction(() => document.querySelector('.breadcrumb__item.active')?.textContent === '#301');
    expect(new URL(page.url()).pathname).toBe('/a/tickets/301');
    await freshdeskFixture(page).navigateTo('302');
    expect(new URL(page.url()).pathname).toBe('/a/tickets/302');
    expect(await page.evaluate(() => (window as { __sameDocument?: boolean }).__sameDocument)).toBe(true);
  });

  it('sends the reply as an agent entry and closes the editor', async () => {
    const page = await open(freshdeskTicketUrl('302'));
    const hooks = freshdeskFixture(page);
    await hooks.openReply();
    await hooks.setEditorHtml('<p>Refund confirmation attached, Luis.</p>');
    await page.locator(fd.submit).click();
    const last = page.locator(fd.entry).last();
    expect(await last.locator('.text__content').textContent()).toBe('Refund confirmation attached, Luis.');
    expect(await last.evaluate((el) => el.classList.contains('ticket-details__requestor'))).toBe(false);
    await expect.poll(() => page.locator(fd.activeEditor).count()).toBe(0);
    expect(await hooks.getEditorHtml()).toBeNull();
  });
});

describe('helpdesk routing', () => {
  it.each([zendeskTicketUrl('1201'), freshdeskTicketUrl('301')])('serves %s with a CSP that blocks inline scripts', async (url) => {
    const page = await browser.context.newPage();
    openPages.push(page);
    const response = await page.goto(url);
    expect(response?.headers()['content-security-policy']).toContain("script-src 'self'");
    await waitForFixture(page);
    await expectInlineScriptsBlocked(page);
  });

  it('answers 404 for anything that is not a fixture, and records it', async () => {
    const page = await browser.context.newPage();
    openPages.push(page);
    const before = routes.unmatchedRequests.length;
    for (const url of ['https://example.com/', zendeskTicketUrl('99'), 'https://acme.freshdesk.com/a/tickets/303', 'https://acme.zendesk.com/__fixture__/../../package.json']) {
      expect((await page.goto(url))?.status(), url).toBe(404);
    }
    expect(routes.unmatchedRequests.length - before).toBe(4);
  });

  it('serves the fixture pages without any request leaving the fixtures', async () => {
    const before = routes.unmatchedRequests.length;
    await open(zendeskTicketUrl('1201'));
    const freshdesk = await open(freshdeskTicketUrl('301'));
    await freshdeskFixture(freshdesk).openReply();
    expect(routes.unmatchedRequests.slice(before)).toEqual([]);
  });
});
