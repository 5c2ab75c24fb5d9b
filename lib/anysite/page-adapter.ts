/**
 * The sidebar's adapter on a page no adapter knows, made from what the agent picked there: the
 * ticket is the page's address (page-ticket.ts), the reply box the element they clicked into, the
 * customer's message what they selected or pasted (or, on a later visit, the text of the element
 * their selection was in). Nothing here guesses at the page's layout.
 */
import { plainTextOf } from '../adapters/plain-text';
import type { ConversationMessage, SidebarAdapter, TicketRef } from '../adapters/types';
import { elementFor } from './element-selector';
import { PAGE_TICKETS, pageTicketAt } from './page-ticket';
import { replyBoxAt, replyEditorFor } from './reply-box';
import type { SitePicks } from './site-picks';

export interface PagePicksSource {
  picks(): SitePicks;
  /** The message the agent gave for this ticket in this tab (a selection, a paste), or null. */
  givenMessage(ticketKey: string): string | null;
}

/** Attributes that open, hide or make editable (a page no adapter knows has no others we could name). */
const WATCHED_ATTRIBUTES = ['hidden', 'aria-hidden', 'contenteditable', 'disabled', 'readonly'] as const;
const MAX_SUBJECT_CHARS = 300;

/** The customer's message for the open ticket: what the agent gave in this tab, else the remembered area's text. */
function customerMessage(doc: Document, source: PagePicksSource, ticket: TicketRef | null): ConversationMessage[] {
  const given = ticket ? source.givenMessage(ticket.key) : null;
  const area = given === null ? elementFor(doc, source.picks().messageArea) : null;
  const text = given ?? (area ? plainTextOf(area) : '');
  return text.trim() ? [{ role: 'customer', author: '', time: null, text }] : [];
}

export function pageAdapter(source: PagePicksSource, doc: Document = document): SidebarAdapter {
  let open: TicketRef | null = null;
  const ticketFromUrl = (url: URL) => pageTicketAt(url, source.picks().ticketParameter)?.ticket ?? null;
  return {
    id: PAGE_TICKETS,
    label: doc.location?.host ?? 'this page',
    definition: { watchedAttributes: WATCHED_ATTRIBUTES },
    ownsUrl: (url) => url.protocol === 'https:' || url.protocol === 'http:',
    ticketFromUrl,
    findTicketRoot(document, ticket) {
      open = ticket;
      return document.body;
    },
    readTicket(root) {
      const subject = root.ownerDocument.title.trim().slice(0, MAX_SUBJECT_CHARS);
      return { subject, messages: customerMessage(root.ownerDocument, source, open) };
    },
    findActiveReplyEditor(root) {
      const picked = replyBoxAt(elementFor(root.ownerDocument, source.picks().replyBox));
      return picked?.isConnected ? replyEditorFor(picked) : null;
    },
    editorSelector: 'textarea, [contenteditable]',
    // The page's send button is unknown: a reply is never taken as sent from a click on this page.
    submitSelector: ':not(*)',
  };
}
