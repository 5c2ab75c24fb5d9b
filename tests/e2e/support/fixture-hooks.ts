import type { Page } from 'playwright-core';

/**
 * The test hooks the fixture pages put on `window.__lfFixture` (in the page's main world), and
 * typed Node-side wrappers for them. They read the editors' own models (CKEditor's getData(),
 * Froala's html.get()), not the DOM, so a test can tell text the editor accepted from text that
 * was merely written into its element.
 */

export interface ZendeskFixtureHooks {
  helpdesk: 'zendesk';
  /** Resolves once every pane's CKEditor is mounted. */
  ready: Promise<void>;
  /** Resolves when the late customer message has been appended (never with ?late=0). */
  lateEntryArrived: Promise<void>;
  activeTicketId(): string | undefined;
  getEditorData(ticketId: string): string;
  setEditorData(ticketId: string, html: string): void;
  /** Like clicking the ticket's tab: pane made active, URL pushed. */
  switchTab(ticketId: string): void;
  /** Destroys the pane's editor element and mounts a fresh element and CKEditor (draft kept unless keepDraft is false). */
  replaceEditor(ticketId: string, options?: { keepDraft?: boolean }): Promise<void>;
  addCustomerMessage(ticketId: string, text: string): void;
  /** Adds a tag in the ticket's Tags field, as an agent would. */
  addTag(ticketId: string, tag: string): void;
  /** Re-renders the active log every intervalMs (relative times, a typing indicator). */
  startChurn(intervalMs?: number): void;
  stopChurn(): void;
  churnTicks(): number;
  /** The draft becomes an agent entry (internal note if switched); the editor empties. */
  submit(ticketId: string): void;
  editableFor(ticketId: string): Element | null;
}

export interface FreshdeskFixtureHooks {
  helpdesk: 'freshdesk';
  ready: Promise<void>;
  currentTicketId(): string | null;
  /** Froala's html.get(), or null while the reply box is closed. */
  getEditorHtml(): string | null;
  getEditorText(): string | null;
  setEditorHtml(html: string): void;
  /** Like clicking Reply; resolves when Froala is initialised. */
  openReply(): Promise<void>;
  /** Like clicking the ticket in the list: pushState + the view replaced wholesale. */
  navigateTo(ticketId: string): Promise<void>;
  submit(): void;
}

export interface HelpScoutFixtureHooks {
  helpdesk: 'helpscout';
  ready: Promise<void>;
  currentConversationId(): string | null;
  /** Like clicking the conversation in the list: the URL is pushed first, the view re-rendered a moment later. */
  navigateTo(conversationId: string): Promise<void>;
  /** Like clicking Reply / Note: the reply form gets a real Slate editor in that mode. */
  openReply(): Promise<void>;
  openNote(): Promise<void>;
  /** The Slate model's text (one line per block), or null while the form is closed. */
  getEditorText(): string | null;
  submit(): void;
}

export interface IntercomFixtureHooks {
  helpdesk: 'intercom';
  /** Resolves once the open conversation's ProseMirror composer is mounted. */
  ready: Promise<void>;
  currentConversationId(): string | null;
  /** Like clicking the conversation in the list: pushState, the view replaced, its composer mounted. */
  navigateTo(conversationId: string): Promise<void>;
  /** Like clicking the composer's Reply or Note tab. */
  setMode(mode: 'reply' | 'note'): void;
  /** The ProseMirror model's text (one line per block). */
  getEditorText(): string | null;
  submit(): Promise<void>;
}

export interface FreshserviceFixtureHooks {
  helpdesk: 'freshservice';
  ready: Promise<void>;
  currentTicketId(): string | null;
  /** Froala's html.get() of the reply box, or null while it is closed. */
  getEditorHtml(): string | null;
  getEditorText(): string | null;
  setEditorHtml(html: string): void;
  /** Like clicking Reply / Add note; resolves when that box's Froala is initialised. */
  openReply(): Promise<void>;
  openNote(): Promise<void>;
  navigateTo(ticketId: string): Promise<void>;
  submit(): void;
}

export interface ZohoDeskFixtureHooks {
  helpdesk: 'zohodesk';
  ready: Promise<void>;
  activeTicketId(): string | null;
  /** Like clicking the ticket's sub-tab: view shown, URL pushed. */
  switchTab(ticketId: string): void;
  /** Like clicking Reply All / Comment in the ticket's view; resolves when the editor frame is editable. */
  openReply(ticketId: string): Promise<void>;
  openComment(ticketId: string): Promise<void>;
  /** Squire's getHTML() of the ticket's reply editor, or null while it is closed. */
  getEditorHtml(ticketId: string): string | null;
  getEditorText(ticketId: string): string | null;
  setEditorHtml(ticketId: string, html: string): void;
  /** How many states back Zoho's own undo stack can go. */
  undoDepth(ticketId: string): number | null;
  submit(ticketId: string): void;
}

export type FixtureHooks = ZendeskFixtureHooks | FreshdeskFixtureHooks | HelpScoutFixtureHooks | IntercomFixtureHooks | FreshserviceFixtureHooks | ZohoDeskFixtureHooks;

declare global {
  interface Window {
    __lfFixture?: FixtureHooks;
  }
}

/** Waits until the fixture's script has run and its editors are ready. */
export async function waitForFixture(page: Page, timeout = 15_000): Promise<void> {
  await page.waitForFunction(() => window.__lfFixture !== undefined, undefined, { timeout });
  await page.evaluate(() => window.__lfFixture?.ready);
}

/** Typed access to the Zendesk fixture's hooks from Node. */
export function zendeskFixture(page: Page) {
  return {
    activeTicketId: () => page.evaluate(() => (window.__lfFixture as ZendeskFixtureHooks).activeTicketId() ?? null),
    getEditorData: (ticketId: string) => page.evaluate((id) => (window.__lfFixture as ZendeskFixtureHooks).getEditorData(id), ticketId),
    setEditorData: (ticketId: string, html: string) =>
      page.evaluate(([id, value]) => (window.__lfFixture as ZendeskFixtureHooks).setEditorData(id, value), [ticketId, html] as const),
    switchTab: (ticketId: string) => page.evaluate((id) => (window.__lfFixture as ZendeskFixtureHooks).switchTab(id), ticketId),
    replaceEditor: (ticketId: string, options?: { keepDraft?: boolean }) =>
      page.evaluate(([id, keep]) => (window.__lfFixture as ZendeskFixtureHooks).replaceEditor(id, keep), [ticketId, options] as const),
    addCustomerMessage: (ticketId: string, text: string) =>
      page.evaluate(([id, value]) => (window.__lfFixture as ZendeskFixtureHooks).addCustomerMessage(id, value), [ticketId, text] as const),
    addTag: (ticketId: string, tag: string) =>
      page.evaluate(([id, value]) => (window.__lfFixture as ZendeskFixtureHooks).addTag(id, value), [ticketId, tag] as const),
    lateEntryArrived: () => page.evaluate(() => (window.__lfFixture as ZendeskFixtureHooks).lateEntryArrived),
    startChurn: (intervalMs = 50) => page.evaluate((ms) => (window.__lfFixture as ZendeskFixtureHooks).startChurn(ms), intervalMs),
    stopChurn: () => page.evaluate(() => (window.__lfFixture as ZendeskFixtureHooks).stopChurn()),
    churnTicks: () => page.evaluate(() => (window.__lfFixture as ZendeskFixtureHooks).churnTicks()),
    submit: (ticketId: string) => page.evaluate((id) => (window.__lfFixture as ZendeskFixtureHooks).submit(id), ticketId),
  };
}

/** Typed access to the Freshdesk fixture's hooks from Node. */
export function freshdeskFixture(page: Page) {
  return {
    currentTicketId: () => page.evaluate(() => (window.__lfFixture as FreshdeskFixtureHooks).currentTicketId()),
    getEditorHtml: () => page.evaluate(() => (window.__lfFixture as FreshdeskFixtureHooks).getEditorHtml()),
    getEditorText: () => page.evaluate(() => (window.__lfFixture as FreshdeskFixtureHooks).getEditorText()),
    setEditorHtml: (html: string) => page.evaluate((value) => (window.__lfFixture as FreshdeskFixtureHooks).setEditorHtml(value), html),
    openReply: () => page.evaluate(() => (window.__lfFixture as FreshdeskFixtureHooks).openReply()),
    navigateTo: (ticketId: string) => page.evaluate((id) => (window.__lfFixture as FreshdeskFixtureHooks).navigateTo(id), ticketId),
    submit: () => page.evaluate(() => (window.__lfFixture as FreshdeskFixtureHooks).submit()),
  };
}

/** Typed access to the Freshservice fixture's hooks from Node. */
export function freshserviceFixture(page: Page) {
  return {
    currentTicketId: () => page.evaluate(() => (window.__lfFixture as FreshserviceFixtureHooks).currentTicketId()),
    getEditorHtml: () => page.evaluate(() => (window.__lfFixture as FreshserviceFixtureHooks).getEditorHtml()),
    getEditorText: () => page.evaluate(() => (window.__lfFixture as FreshserviceFixtureHooks).getEditorText()),
    setEditorHtml: (html: string) => page.evaluate((value) => (window.__lfFixture as FreshserviceFixtureHooks).setEditorHtml(value), html),
    openReply: () => page.evaluate(() => (window.__lfFixture as FreshserviceFixtureHooks).openReply()),
    openNote: () => page.evaluate(() => (window.__lfFixture as FreshserviceFixtureHooks).openNote()),
    navigateTo: (ticketId: string) => page.evaluate((id) => (window.__lfFixture as FreshserviceFixtureHooks).navigateTo(id), ticketId),
  };
}

/** Typed access to the Zoho Desk fixture's hooks from Node. */
export function zohoDeskFixture(page: Page) {
  return {
    activeTicketId: () => page.evaluate(() => (window.__lfFixture as ZohoDeskFixtureHooks).activeTicketId()),
    switchTab: (ticketId: string) => page.evaluate((id) => (window.__lfFixture as ZohoDeskFixtureHooks).switchTab(id), ticketId),
    openReply: (ticketId: string) => page.evaluate((id) => (window.__lfFixture as ZohoDeskFixtureHooks).openReply(id), ticketId),
    openComment: (ticketId: string) => page.evaluate((id) => (window.__lfFixture as ZohoDeskFixtureHooks).openComment(id), ticketId),
    getEditorHtml: (ticketId: string) => page.evaluate((id) => (window.__lfFixture as ZohoDeskFixtureHooks).getEditorHtml(id), ticketId),
    getEditorText: (ticketId: string) => page.evaluate((id) => (window.__lfFixture as ZohoDeskFixtureHooks).getEditorText(id), ticketId),
    setEditorHtml: (ticketId: string, html: string) =>
      page.evaluate(([id, value]) => (window.__lfFixture as ZohoDeskFixtureHooks).setEditorHtml(id, value), [ticketId, html] as const),
    undoDepth: (ticketId: string) => page.evaluate((id) => (window.__lfFixture as ZohoDeskFixtureHooks).undoDepth(id), ticketId),
  };
}
