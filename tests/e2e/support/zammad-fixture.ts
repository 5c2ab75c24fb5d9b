import type { Page } from 'playwright-core';

/** The test hooks tests/fixtures/zammad/ticket-zoom.js puts on `window.__lfFixture`. */
export interface ZammadFixtureHooks {
  helpdesk: 'zammad';
  ready: Promise<void>;
  activeTicketId(): string | null;
  /** What Zammad would send as the article body: the reply box's lines as text. */
  getEditorText(ticketId: string): string;
  setEditorText(ticketId: string, text: string): void;
  isInternal(ticketId: string): boolean;
  /** Like clicking the ticket's task in the task bar (the hash changes). */
  showTicket(ticketId: string): void;
  setVisibility(ticketId: string, internal: boolean): void;
  addCustomerMessage(ticketId: string, text: string): void;
  submit(ticketId: string): void;
}

/** Typed access to the Zammad fixture's hooks from Node. */
export function zammadFixture(page: Page) {
  return {
    activeTicketId: () => page.evaluate(() => (window as unknown as { __lfFixture: ZammadFixtureHooks }).__lfFixture.activeTicketId()),
    getEditorText: (id: string) => page.evaluate((ticketId) => (window as unknown as { __lfFixture: ZammadFixtureHooks }).__lfFixture.getEditorText(ticketId), id),
    setEditorText: (id: string, text: string) =>
      page.evaluate(([ticketId, value]) => (window as unknown as { __lfFixture: ZammadFixtureHooks }).__lfFixture.setEditorText(ticketId!, value!), [id, text]),
    isInternal: (id: string) => page.evaluate((ticketId) => (window as unknown as { __lfFixture: ZammadFixtureHooks }).__lfFixture.isInternal(ticketId), id),
    addCustomerMessage: (id: string, text: string) =>
      page.evaluate(([ticketId, value]) => (window as unknown as { __lfFixture: ZammadFixtureHooks }).__lfFixture.addCustomerMessage(ticketId!, value!), [id, text]),
  };
}

/** The reply box of ticket ID's task. */
export const zammadEditorSelector = (ticketId: string) => `#content_permanent_Ticket-${ticketId} .articleNewEdit-body`;
