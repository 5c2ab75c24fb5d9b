/**
 * Zendesk Agent Workspace (https://SUB.zendesk.com/agent/tickets/ID).
 * Class names are generated hashes; data-test-id attributes have lasted 2020–2026 (docs/helpdesks.md).
 * Several tickets' panes and editors are mounted at once: everything is scoped to one ticket's pane.
 */
import { queryFirst, queryRendered } from './dom-query';
import { plainTextOf } from './plain-text';
import { helpdeskDefinition } from './registry';
import { hostedAdapter, type HelpdeskPageReader, type ConversationMessage, type MessageRole, type TicketContent } from './types';

/** An element inside a ticket's pane that names the ticket id (`ID`). */
const TICKET_ID_ANCHOR = [
  '[data-side-conversations-anchor-id="ID"]', // side-conversations anchor, one per mounted ticket
];
/** A whole ticket pane, the ancestor of that anchor. */
const PANE = [
  '.ticket-panes-grid-layout', // pane layout, since 2023-09
];
/** The visible pane, when no element names the ticket id. Checked to hold no other ticket's id. */
const ACTIVE_PANE = [
  '.ticket-panes-grid-layout[data-is-active="true"]', // since 2023-09
];
/** One ticket's conversation log: a pane holds exactly one. */
const LOG_CONTAINER = '[data-test-id="omni-log-container"]';
const SUBJECT = [
  'input[data-test-id="omni-header-subject"]', // since 2020-07; read .value
];
const LOG_ENTRY = [
  'article[data-test-id="omni-log-comment-item"]', // conversation log entries
];
const ENTRY_MESSAGE = '[data-test-id="omni-log-item-message"]'; // carries type="end-user" | "agent"
const INTERNAL_NOTE_TAG = '[data-test-id="omni-log-internal-note-tag"]';
const ENTRY_BODY = [
  '[data-test-id="omni-log-message-content"] .zd-comment', // rendered HTML of the comment
  '[data-test-id="omni-log-message-content"]', // plain-text channels have no .zd-comment
];
/** The channel a message came in by, on its body: "EmailInteraction" (public overlay code, 2025). */
const ENTRY_ORIGIN_ATTRIBUTE = 'data-originated-from';
const TAG_ITEMS = [
  '[data-test-id="ticket-system-field-tags-item-selected"]', // Tags field, newer (public overlay code, 2025)
  '[data-test-id="ticket-fields-tags"] .zd-tag-item', // Tags field, older (public overlay code, 2019-2024)
];
/** Quoted history besides blockquotes (a .zd-comment keeps the email's own blockquote). */
const QUOTES = [
  '.zd-quoted', // the older rendering of quoted text
];
const ENTRY_SENDER = '[data-test-id="omni-log-item-sender"]'; // a span until 2024-08, a div since
const ENTRY_TIME = 'time[data-test-id^="timestamp-"][datetime]';
const REPLY_EDITOR = [
  '[data-test-id="omnicomposer-rich-text-ckeditor"]', // email/web: the CKEditor 5 editable itself
  '[data-test-id="omnicomposer-plain-text-ckeditor"]', // messaging channels
  '[data-test-id="ticket-rich-text-editor"] [contenteditable="true"]', // wrapper, if the editable loses its id
];

const SUBMIT = [
  '[data-test-id="submit_button-button"]', // "Submit as Open" and its status menu
];

/** "EmailInteraction" → "email"; the names a team writes in a playbook's `channels`. */
const CHANNEL_NAMES: Record<string, string> = {
  EmailInteraction: 'email',
  WebInteraction: 'web',
  WebFormInteraction: 'web',
  ChatInteraction: 'chat',
  ChatStartedInteraction: 'chat',
  MessagingInteraction: 'messaging',
  VoiceInteraction: 'phone',
  VoiceCommentInteraction: 'phone',
  MobileSdkInteraction: 'mobile',
  ApiInteraction: 'api',
};

function channelOf(origin: string | null | undefined): string | undefined {
  if (!origin) return undefined;
  return CHANNEL_NAMES[origin] ?? (origin.replace(/Interaction$/, '').toLowerCase() || undefined);
}

function tagsOf(root: Element): string[] | undefined {
  for (const selector of TAG_ITEMS) {
    const tags = [...root.querySelectorAll(selector)].map((item) => item.textContent?.trim() ?? '').filter(Boolean);
    if (tags.length > 0) return tags;
  }
  return undefined;
}

function roleOf(entry: Element): MessageRole | null {
  const message = entry.querySelector(ENTRY_MESSAGE);
  if (!message) return null;
  if (entry.querySelector(INTERNAL_NOTE_TAG)) return 'internal';
  const type = message.getAttribute('type');
  if (type === 'end-user') return 'customer';
  if (type === 'agent') return 'agent';
  return null;
}

/**
 * The widest ancestor of a ticket's anchor that still holds that ticket only (one conversation log,
 * one subject, no other ticket's anchor): the pane, when its class name has changed.
 */
function paneAround(anchor: Element, ticketId: string): Element {
  let pane = anchor;
  for (let el = anchor.parentElement; el && el !== el.ownerDocument.body; el = el.parentElement) {
    const otherTicket = [...el.querySelectorAll('[data-side-conversations-anchor-id]')].some(
      (other) => other.getAttribute('data-side-conversations-anchor-id') !== ticketId,
    );
    if (otherTicket || el.querySelectorAll(LOG_CONTAINER).length > 1 || el.querySelectorAll(SUBJECT.join(',')).length > 1) break;
    pane = el;
  }
  return pane;
}

/** What zendesk's pages hold; its adapter script carries only this (see provided-adapter.ts). */
export const zendeskPage: HelpdeskPageReader = {
  editorSelector: REPLY_EDITOR.slice(0, 2).join(','),
  submitSelector: SUBMIT.join(','),

  findTicketRoot(doc, ticket) {
    for (const selector of TICKET_ID_ANCHOR) {
      const anchor = doc.querySelector(selector.replace('ID', CSS.escape(ticket.ticketId)));
      if (anchor) return anchor.closest(PANE.join(',')) ?? paneAround(anchor, ticket.ticketId);
    }
    const active = queryFirst(doc, ACTIVE_PANE);
    if (!active) return null;
    // An active pane naming another ticket is mid-switch: never read ticket A's pane for ticket B.
    const named = active.querySelector('[data-side-conversations-anchor-id]');
    if (named && named.getAttribute('data-side-conversations-anchor-id') !== ticket.ticketId) return null;
    return active;
  },

  readTicket(root) {
    const subjectInput = queryFirst(root, SUBJECT) as HTMLInputElement | null;
    const messages: ConversationMessage[] = [];
    let channel: string | undefined;
    for (const selector of LOG_ENTRY) {
      for (const entry of root.querySelectorAll(selector)) {
        if (entry.closest('[aria-hidden="true"]') || entry.querySelector(`${ENTRY_MESSAGE}[aria-hidden="true"]`)) continue;
        const role = roleOf(entry);
        const body = queryFirst(entry, ENTRY_BODY);
        if (!role || !body) continue;
        if (role === 'customer') channel = channelOf(entry.querySelector(`[${ENTRY_ORIGIN_ATTRIBUTE}]`)?.getAttribute(ENTRY_ORIGIN_ATTRIBUTE)) ?? channel;
        messages.push({
          role,
          author: entry.querySelector(ENTRY_SENDER)?.textContent?.trim() ?? '',
          time: entry.querySelector(ENTRY_TIME)?.getAttribute('datetime') ?? null,
          text: plainTextOf(body, { quoteSelectors: QUOTES }),
        });
      }
      if (messages.length) break;
    }
    const content: TicketContent = { subject: subjectInput?.value?.trim() ?? '', messages };
    const tags = tagsOf(root);
    if (tags) content.tags = tags;
    if (channel) content.channel = channel;
    return content;
  },

  findActiveReplyEditor(root) {
    const editor = queryRendered(root, REPLY_EDITOR);
    return editor ? { element: editor, kind: 'ckeditor5' } : null;
  },
};

// Pure: an adapter script takes only zendeskPage, and the registry stays out of it.
export const zendesk = /* @__PURE__ */ hostedAdapter(/* @__PURE__ */ helpdeskDefinition('zendesk'), zendeskPage);
