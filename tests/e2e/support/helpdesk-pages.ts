import type { BrowserContext, Locator, Page } from 'playwright-core';
import { helpdeskDefinition, type HelpdeskId } from '../../../lib/adapters/registry';
import { waitForFixture } from './fixture-hooks';

/**
 * A ticket's URL in the real helpdesk's shape (its registry row's first host, SUB for a `*.` host, and
 * ticket path); routeHelpdesks() serves it from the fixtures.
 */
export function fixtureTicketUrl(helpdesk: HelpdeskId, ticketId: string, subdomain = 'acme'): string {
  const row = helpdeskDefinition(helpdesk);
  return `https://${row.hosts[0]!.replace('*', subdomain)}${row.ticketPath({ account: '', ticketId })}`;
}

export function zendeskTicketUrl(ticketId: string, subdomain = 'acme'): string {
  return fixtureTicketUrl('zendesk', ticketId, subdomain);
}

export function freshdeskTicketUrl(ticketId: string, subdomain = 'acme', { legacy = false } = {}): string {
  const url = fixtureTicketUrl('freshdesk', ticketId, subdomain);
  // The legacy path, /helpdesk/tickets/ID, still served by Freshdesk.
  return legacy ? url.replace('/a/tickets/', '/helpdesk/tickets/') : url;
}

export function freshserviceTicketUrl(ticketId: string, subdomain = 'northwind'): string {
  return fixtureTicketUrl('freshservice', ticketId, subdomain);
}

/** Zoho Desk names the portal and a department in its ticket paths, on a data centre's host. */
export function zohoDeskTicketUrl(ticketId: string, { host = 'desk.zoho.eu', portal = 'northwind', department = 'support' } = {}): string {
  return `https://${host}/agent/${portal}/${department}/tickets/details/${ticketId}`;
}

/** Opens a fixture URL in a new tab and waits until the fixture's script and editors are ready. */
export async function openFixturePage(context: BrowserContext, url: string): Promise<Page> {
  const page = await context.newPage();
  await page.goto(url);
  await waitForFixture(page);
  return page;
}

/** The page elements tests need, by the same selectors docs/helpdesks.md gives for the real pages. */
export const zendeskSelectors = {
  activePane: '.ticket-panes-grid-layout[data-is-active="true"]',
  pane: (ticketId: string) => `[data-side-conversations-anchor-id="${ticketId}"]`,
  subject: 'input[data-test-id="omni-header-subject"]',
  log: '[data-test-id="omni-log-container"]',
  entry: 'article[data-test-id="omni-log-comment-item"]',
  customerEntry: 'article[data-test-id="omni-log-comment-item"]:not([aria-hidden="true"]):has([data-test-id="omni-log-item-message"][type="end-user"])',
  editor: '[data-test-id="omnicomposer-rich-text-ckeditor"]',
  editorWrapper: '[data-test-id="ticket-rich-text-editor"]',
  channelSwitcher: 'button[data-test-id="omnichannel-channel-switcher-button"]',
  submit: '[data-test-id="submit_button-button"]',
  showMore: 'button[data-test-id="convolog-show-more-button"]',
  tab: (ticketId: string) => `[data-test-id="header-tab"][data-fixture-tab="${ticketId}"]`,
} as const;

export const freshdeskSelectors = {
  subject: '.ticket-subject-heading',
  ticketNumber: '.breadcrumb__item.active',
  entry: '.ticket-details__item',
  firstMessage: '.ticket-description .text__content',
  requesterEntry: '.ticket-details__requestor',
  privateNote: '.ticket-details__privatenote',
  replyButton: 'button[data-test-id="ticket-action-reply"]',
  activeEditor: '[data-test-id="active-editor"]',
  editor: '[data-test-id="active-editor"] div.fr-element.fr-view[contenteditable="true"]',
  submit: '[data-test-id="submit"]',
  ticketLink: (ticketId: string) => `a[data-fixture-ticket-link="${ticketId}"]`,
} as const;

export const freshserviceSelectors = {
  displayId: '[data-test-id="ticket-human-display-id"]',
  subject: '[data-test-id="subject-text"]',
  // Fixture-only: no public selector is known for these (tests/fixtures/freshservice/ticket-view.html).
  replyButton: '[data-fixture-action="reply"]',
  noteButton: '[data-fixture-action="note"]',
  replyEditor: '[data-fixture-box="reply"] div.fr-element.fr-view[contenteditable="true"]',
  ticketLink: (ticketId: string) => `a[data-fixture-ticket-link="${ticketId}"]`,
} as const;

export const zohoDeskSelectors = {
  view: (ticketId: string) => `.zd_v2-ticketdetailview-container[data-id="subTab_${ticketId}"]`,
  subject: '[data-id="caseSubjectText"]',
  replyAll: 'button[data-id="replyOption_Reply All"]',
  editorFrame: 'iframe.KB_Editor_iframe[name="deskEditor_New"]',
  send: 'div[data-title="Send"]',
  // Fixture-only.
  tab: (ticketId: string) => `[data-fixture-tab="${ticketId}"]`,
  commentButton: '[data-fixture-action="comment"]',
} as const;

/** The editable body inside the ticket's Zoho Desk reply editor frame. */
export function zohoDeskEditor(page: Page, ticketId: string): Locator {
  return page.frameLocator(`${zohoDeskSelectors.view(ticketId)} [data-fixture-composer="reply"] ${zohoDeskSelectors.editorFrame}`).locator('body');
}

/** The reply editor of a Zendesk ticket's pane (the active pane's when no id is given). */
export function zendeskEditor(page: Page, ticketId?: string): Locator {
  const scope = ticketId ? zendeskSelectors.pane(ticketId) : zendeskSelectors.activePane;
  return page.locator(`${scope} ${zendeskSelectors.editor}`);
}

/** Freshdesk's open Froala editable (exists only after Reply was clicked). */
export function freshdeskEditor(page: Page): Locator {
  return page.locator(freshdeskSelectors.editor);
}

// The extension's sidebar: a custom element with an open shadow root; Playwright's CSS locators
// pierce open shadow roots, so plain descendant selectors reach inside it.
export const SIDEBAR_TAG = 'listen-first-sidebar';

export type SidebarTestId =
  | 'lf-ticket'
  | 'lf-customer-message'
  | 'lf-checklist'
  | 'lf-checklist-item'
  | 'lf-restatement'
  | 'lf-status'
  | 'lf-insert-restatement'
  | 'lf-key-terms'
  | 'lf-key-term'
  | 'lf-hints'
  | 'lf-hint'
  | 'lf-draft-status'
  | 'lf-draft-conflict'
  | 'lf-conflict-theirs'
  | 'lf-conflict-mine'
  | 'lf-conflict-keep-mine'
  | 'lf-conflict-take-theirs'
  | 'lf-restore-draft'
  | 'lf-restore-draft-button';

/** The sidebar's host element; chain `.getByTestId('lf-…')` or `.locator(…)` to reach inside. */
export function sidebar(page: Page): Locator {
  return page.locator(SIDEBAR_TAG);
}

/** One part of the sidebar by its data-testid, e.g. sidebarPart(page, 'lf-restatement'). */
export function sidebarPart(page: Page, testId: SidebarTestId): Locator {
  return page.locator(`${SIDEBAR_TAG} [data-testid="${testId}"]`);
}

/** Waits for the sidebar to have rendered its checklist (what the demo and most tests wait for). */
export async function waitForSidebar(page: Page, timeout = 15_000): Promise<Locator> {
  const checklist = sidebarPart(page, 'lf-checklist');
  await checklist.first().waitFor({ state: 'visible', timeout });
  return sidebar(page);
}
