/**
 * Freshdesk (https://SUB.freshdesk.com/a/tickets/ID; legacy /helpdesk/tickets/ID).
 * An Ember app that shows one ticket at a time and swaps the whole view on in-page navigation;
 * the ticket number on the page is checked against the URL so a stale view is never read.
 */
import { queryFirst, queryRendered } from './dom-query';
import { FROALA_EDITABLE } from './froala-editable';
import { plainTextOf } from './plain-text';
import { helpdeskDefinition } from './registry';
import { hostedAdapter, type HelpdeskPageReader, type ConversationMessage, type MessageRole } from './types';

/** The ticket view: the part of the page that holds the subject, conversation and reply box. */
const TICKET_VIEW = [
  '.ticket-details-page', // agent portal ticket page wrapper
  '#ember-app-root', // Ember application root, when the wrapper class changes
  'body',
];
const TICKET_NUMBER = [
  '.breadcrumb__item.active', // "#301" in the breadcrumb
];
const SUBJECT = [
  '.ticket-subject-heading', // since the 2019 agent portal
  '.sentiment-ticket-heading', // 2024+ heading with the sentiment badge
];
const FIRST_MESSAGE = [
  '.ticket-description .text__content', // the requester's opening message
];
const CONVERSATION_ENTRY = [
  '.ticket-details__item', // replies and notes after the description
];
const REQUESTER_ENTRY = '.ticket-details__requestor';
const PRIVATE_NOTE = '.ticket-details__privatenote';
// Emailed agent replies carry the private-note class too, with a To/Cc block.
const EMAILED_REPLY_HEADER = '.emails-info:not(.notify)';
const ENTRY_BODY = ['.text__content'];
/** Quoted history besides blockquotes. */
const QUOTES = [
  '.freshdesk_quote', // the collapsed "show quoted text" block
];
const ENTRY_AUTHOR = ['.ticket-details__user-name', '.user-name', '.ticket-details__requestor-name'];
const ENTRY_TIME = ['time[datetime]'];
const REPLY_OPENER = [
  'button[data-test-id="ticket-action-reply"]', // "Reply" in the ticket's action bar
];
const REPLY_EDITOR = [
  `[data-test-id="active-editor"] ${FROALA_EDITABLE}`, // the open reply box
  FROALA_EDITABLE, // any Froala editable (pick a visible one)
  '[data-test-id="active-editor"] [contenteditable="true"]', // if Froala's classes change
];

const SUBMIT = [
  '[data-test-id="submit"]', // "Send" in the reply box
];

function roleOf(entry: Element): MessageRole {
  // The marker class may sit on the entry, inside it, or on a wrapper around it.
  const own = (selector: string) => entry.closest(selector) !== null || entry.querySelector(selector) !== null;
  if (own(REQUESTER_ENTRY)) return 'customer';
  if (own(PRIVATE_NOTE) && !entry.querySelector(EMAILED_REPLY_HEADER)) return 'internal';
  return 'agent';
}

function textOf(entry: Element, selectors: readonly string[]): string {
  return queryFirst(entry, selectors)?.textContent?.trim() ?? '';
}

/** What freshdesk's pages hold; its adapter script carries only this (see provided-adapter.ts). */
export const freshdeskPage: HelpdeskPageReader = {
  editorSelector: FROALA_EDITABLE,
  submitSelector: SUBMIT.join(','),

  findTicketRoot(doc, ticket) {
    const view = queryFirst(doc, TICKET_VIEW);
    if (!view || !queryFirst(view, SUBJECT)) return null;
    // Mid-navigation the URL already names the new ticket while the old view is still shown.
    const shown = queryFirst(view, TICKET_NUMBER)?.textContent?.match(/\d+/)?.[0];
    if (shown && shown !== ticket.ticketId) return null;
    return view;
  },

  readTicket(root) {
    const messages: ConversationMessage[] = [];
    const description = queryFirst(root, FIRST_MESSAGE);
    if (description) {
      const entry = description.closest('.ticket-description') ?? description;
      messages.push({
        role: 'customer',
        author: textOf(entry, ENTRY_AUTHOR),
        time: queryFirst(entry, ENTRY_TIME)?.getAttribute('datetime') ?? null,
        text: plainTextOf(description, { quoteSelectors: QUOTES }),
      });
    }
    for (const selector of CONVERSATION_ENTRY) {
      for (const entry of root.querySelectorAll(selector)) {
        const body = queryFirst(entry, ENTRY_BODY);
        if (!body || body === description) continue;
        messages.push({
          role: roleOf(entry),
          author: textOf(entry, ENTRY_AUTHOR),
          time: queryFirst(entry, ENTRY_TIME)?.getAttribute('datetime') ?? null,
          text: plainTextOf(body, { quoteSelectors: QUOTES }),
        });
      }
    }
    return { subject: queryFirst(root, SUBJECT)?.textContent?.trim() ?? '', messages };
  },

  findReplyOpener(root) {
    return queryRendered<HTMLElement>(root, REPLY_OPENER);
  },

  findActiveReplyEditor(root) {
    const editor = queryRendered(root, REPLY_EDITOR);
    return editor ? { element: editor, kind: editor.matches('.fr-element') ? 'froala' : 'contenteditable' } : null;
  },
};

// Pure: an adapter script takes only freshdeskPage, and the registry stays out of it.
export const freshdesk = /* @__PURE__ */ hostedAdapter(/* @__PURE__ */ helpdeskDefinition('freshdesk'), freshdeskPage);
