/**
 * Freshservice (https://SUB.freshservice.com/a/tickets/ID; legacy /helpdesk/tickets/ID), Freshworks'
 * IT service desk: an Ember app like Freshdesk, one ticket shown at a time.
 *
 * What public code shows of its agent page (gathered 2026-12) is little: the ticket's display id and
 * its subject. Nothing public names who wrote a conversation entry, nor the reply editor. So:
 * - the ticket is found only when the page shows exactly one display id and it is the URL's ticket;
 * - no conversation message is read: with no public marker for the requester, an agent's reply or a
 *   private note could be taken for the customer's words. The sidebar works from the subject;
 * - the reply editor is Froala's editable (Freshworks runs Froala in Freshdesk; that Freshservice does
 *   is likely but unverified), taken only when exactly one is open: with a reply and a note box open
 *   at once, nothing public tells them apart, and the sidebar says it can't find the reply box
 *   (lf-status) rather than write into a private note;
 * - there is no public selector for its Send button: none is assumed (see SUBMIT).
 */
import { isRendered, queryFirst } from './dom-query';
import { FROALA_EDITABLE } from './froala-editable';
import { helpdeskDefinition } from './registry';
import { hostedAdapter, type HelpdeskPageReader, type TicketContent } from './types';

/** "#INC-41", "#SR-42" or "#41": its digits are the id in the ticket's URL. */
const DISPLAY_ID = [
  '[data-test-id="ticket-human-display-id"]', // ticket page since the March 2023 UI (clockify/browser-extension src/integrations/freshservice.js, 2026-03)
  '.ember-breadcrumbs h3', // breadcrumb heading (toggl/track-extension src/content/freshservice.js, 2025-03)
  '.ticket_header span', // legacy /helpdesk/tickets/ID page (clockify freshservice.js, 2026-03)
];
const SUBJECT = [
  '[data-test-id="subject-text"]', // since the March 2023 UI (clockify freshservice.js, 2026-03)
  '.summary-content .subject-text', // (toggl freshservice.js, 2025-03)
  '#ticket_original_request_section .subject', // legacy /helpdesk/tickets/ID page (clockify freshservice.js, 2026-03)
];
/**
 * No public selector for Freshservice's Send button (2026-12): this matches nothing, so a sent reply
 * stays in the local draft (the sidebar offers it back) rather than a guess clearing a draft unsent.
 */
const SUBMIT = ':not(*)';

/** The display ids the page shows, by the first selector that finds any; hidden ones left out. */
function shownDisplayIds(doc: Document): string[] {
  for (const selector of DISPLAY_ID) {
    const found = [...doc.querySelectorAll(selector)].filter(isRendered);
    if (found.length) return found.map((element) => element.textContent?.match(/\d+/)?.[0] ?? '');
  }
  return [];
}

/** What freshservice's pages hold; its adapter script carries only this (see provided-adapter.ts). */
export const freshservicePage: HelpdeskPageReader = {
  editorSelector: FROALA_EDITABLE,
  submitSelector: SUBMIT,

  findTicketRoot(doc, ticket) {
    // One ticket at a time, whose view Ember swaps on navigation: the page is the ticket's when it
    // shows one display id, the URL's. Mid-navigation (the old id still shown) or two ids: not yet.
    const ids = shownDisplayIds(doc);
    if (ids.length !== 1 || ids[0] !== ticket.ticketId) return null;
    return queryFirst(doc.body, SUBJECT) ? doc.body : null;
  },

  readTicket(root): TicketContent {
    const subject = queryFirst(root, SUBJECT)?.textContent?.trim() ?? '';
    return { subject, messages: [] };
  },

  findActiveReplyEditor(root) {
    const open = [...root.querySelectorAll<HTMLElement>(FROALA_EDITABLE)].filter(isRendered);
    return open.length === 1 ? { element: open[0]!, kind: 'froala' } : null;
  },
};

// Pure: an adapter script takes only freshservicePage, and the registry stays out of it.
export const freshservice = /* @__PURE__ */ hostedAdapter(/* @__PURE__ */ helpdeskDefinition('freshservice'), freshservicePage);

