/**
 * Help Scout (https://secure.helpscout.net/conversation/ID/NUMBER): a React app showing one
 * conversation at a time and swapping it in-page (Previous/Next, the mailbox list).
 *
 * Identity: every account shares secure.helpscout.net, so the host names no account. ID is the
 * conversation's unique id, NUMBER the number the UI shows ("#349") and Help Scout's own web link
 * puts both in the path (developer.helpscout.com, webhooks/objects/conversation). A ticket is the
 * origin plus ID; NUMBER is only used to check that the view on screen is the one the URL names.
 *
 * Evidence (public overlay code; dates are those files' last commits), and where it is thin:
 * - subject, tags, header: clockify/browser-extension src/integrations/helpscout.js (2026-03);
 *   toggl/track-extension src/content/helpscout.js (2024-09; its 2021-12 version for the legacy UI).
 * - threads, author, editor, Reply button: zackkatz/freescout-gpt-assistant
 *   adapters/helpscoutAdapter.js (2025-09); legacy thread markup: trentslutzky/helpscout-thread-hider
 *   threadhider.js (2023-04).
 * - Who wrote a thread is most reliable in the page's own data (window.appData threads[].type),
 *   which a content script cannot read. The DOM shows it only by a class (`is-customer`) and an
 *   aria-label ("customer", "user reply"; Help Scout calls agents users). A thread marked neither
 *   way is read as 'internal': never shown as what the customer said, never counted as a reply.
 * - Nothing public shows how the note editor differs from the reply editor, or the Send button.
 *   Assumed, and said here: an editor whose aria-label names a note is the note editor; the send
 *   button is the submit button of the editor's form (Ctrl/Cmd+Enter is caught either way).
 */
import { isRendered, queryFirst, queryRendered } from './dom-query';
import { plainTextOf } from './plain-text';
import { HELPSCOUT_CONVERSATION_PATH, helpdeskDefinition } from './registry';
import { hostedAdapter, type ConversationMessage, type HelpdeskPageReader, type MessageRole, type TicketContent, type TicketRef } from './types';

const SUBJECT = [
  '[aria-label="Conversation Subject"]', // editable subject line (clockify, 2026-03)
  '#subjectLine', // legacy UI (toggl 2021-12, clockify's legacy theme)
];
/** The number the header shows for the open conversation: "#349". */
const CONVERSATION_NUMBER = [
  '[data-cy="Text"]', // first Text in the header holds "#NUMBER" (toggl, 2024-09); only "#digits" is taken
  '#tkHeader strong', // legacy header, digits only (toggl, 2021-12)
];
const THREAD_ITEM = [
  'li > div[id^="thread-"]', // one per thread, id="thread-THREADID" (zackkatz, 2025-09)
  'article.thread[id^="thread-"]', // legacy UI (trentslutzky, 2023-04)
];
const THREAD_BODY = [
  '.thread-content', // the thread's rendered message (zackkatz, 2025-09)
  'section.messageBody', // legacy UI (trentslutzky, 2023-04)
];
const THREAD_AUTHOR = [
  'span[data-nocollapse="true"]', // the author's name in the thread header (zackkatz, 2025-09)
];
const THREAD_TIME = ['time[datetime]'];
const TAGS = [
  '[data-cy="Tag"]', // conversation tags (clockify, 2026-03)
  '.tag', // legacy theme (clockify)
];
const REPLY_OPENER = [
  '[data-cy="reply-button"]', // (zackkatz, 2025-09)
  '[data-testid="reply-button"]',
  'button[aria-label="Reply"]',
];
const REPLY_EDITOR = [
  '[data-cy="ConvoEditor"][data-slate-editor]', // the Slate editable itself (zackkatz, 2025-09)
  '[data-cy="ConvoEditor"] [data-slate-editor]', // if the data-cy moves to a wrapper
  '[data-slate-editor][contenteditable="true"]', // any Slate editable in the conversation
  '[role="textbox"][aria-label="Reply Editor"]', // if Slate's attribute goes (zackkatz, 2025-09)
];
/** Assumed, no public evidence: the note editor names itself in its aria-label. */
const NOTE_EDITOR = '[aria-label*="note" i]';
const SUBMIT = [
  'form:has([data-slate-editor]) button[type="submit"]', // assumed: the editor form's submit button
];

/** The conversation a Help Scout path names: its id, and the number when the path carries it. */
export function helpscoutConversationFromPath(pathname: string): { conversationId: string; number: string | null } | null {
  const match = HELPSCOUT_CONVERSATION_PATH.exec(pathname);
  return match ? { conversationId: match[1]!, number: match[2] ?? null } : null;
}

/** A thread's author kind from the marks the DOM carries; null when none is there. */
function roleOf(thread: Element): MessageRole | null {
  const label = (thread.getAttribute('aria-label') ?? '').toLowerCase();
  if (thread.classList.contains('is-customer') || thread.classList.contains('customer') || label.includes('customer')) return 'customer';
  if (thread.classList.contains('note') || label.includes('note')) return 'internal';
  if (thread.classList.contains('message') || label.includes('user reply')) return 'agent';
  return null;
}

/** The number the open conversation's header shows, or null where the page shows none. */
function shownNumber(root: Element): string | null {
  for (const selector of CONVERSATION_NUMBER) {
    for (const el of root.querySelectorAll(selector)) {
      const text = el.textContent?.trim() ?? '';
      const number = selector.startsWith('#') ? /^#?(\d{1,20})$/.exec(text)?.[1] : /^#\s?(\d{1,20})$/.exec(text)?.[1];
      if (number) return number;
    }
  }
  return null;
}

/** The conversation view: the widest ancestor of the subject that holds one subject, with its threads. */
function conversationView(doc: Document): Element | null {
  const subjects = SUBJECT.flatMap((selector) => [...doc.querySelectorAll(selector)]);
  if (subjects.length !== 1) return null;
  const threadSelector = THREAD_ITEM.join(',');
  let view: Element | null = null;
  for (let el = subjects[0]!.parentElement; el && el !== doc.documentElement; el = el.parentElement) {
    if (el.querySelectorAll(SUBJECT.join(',')).length > 1) break;
    if (el.querySelector(threadSelector)) {
      view = el;
      break;
    }
  }
  return view;
}

/**
 * The messages oldest first, as the sidebar reads them. Help Scout can list threads newest first
 * (an agent's preference), so the threads' times decide; where a time is missing, the page's order stands.
 */
function oldestFirst(messages: ConversationMessage[]): ConversationMessage[] {
  const times = messages.map((message) => Date.parse(message.time ?? ''));
  if (times.some(Number.isNaN)) return messages;
  return messages.map((message, i) => ({ message, time: times[i]! })).sort((a, b) => a.time - b.time).map(({ message }) => message);
}

/** An input's or textarea's value (the subject is editable in place), any other element's text. */
function textOrValue(el: Element | null): string {
  if (!el) return '';
  const value = (el as Partial<HTMLInputElement>).value;
  return (typeof value === 'string' ? value : el.textContent ?? '').trim();
}

/** The DOM half of the adapter: what Help Scout's page shows of a conversation. */
export const helpscoutPage = {
  editorSelector: REPLY_EDITOR.join(','),
  submitSelector: SUBMIT.join(','),

  /**
   * The open conversation, if it is the one the URL names. The page names no conversation id, so
   * the header's number is checked against the number in the document's URL (the URL changes a
   * moment before the view does); where either is missing the view is taken as it is.
   */
  findTicketRoot(doc: Document, ticket: Pick<TicketRef, 'ticketId'>): Element | null {
    const view = conversationView(doc);
    if (!view) return null;
    const inUrl = helpscoutConversationFromPath(new URL(doc.URL, 'https://invalid.invalid').pathname);
    if (inUrl && inUrl.conversationId !== ticket.ticketId) return null;
    const shown = shownNumber(view);
    if (inUrl?.number && shown && shown !== inUrl.number) return null;
    return view;
  },

  readTicket(root: Element): TicketContent {
    const subject = textOrValue(queryFirst(root, SUBJECT));
    const messages: ConversationMessage[] = [];
    for (const selector of THREAD_ITEM) {
      for (const thread of root.querySelectorAll(selector)) {
        const body = queryFirst(thread, THREAD_BODY);
        if (!body) continue;
        messages.push({
          role: roleOf(thread) ?? 'internal',
          author: queryFirst(thread, THREAD_AUTHOR)?.textContent?.trim() ?? '',
          time: queryFirst(thread, THREAD_TIME)?.getAttribute('datetime') ?? null,
          text: plainTextOf(body),
        });
      }
      if (messages.length) break;
    }
    const content: TicketContent = { subject, messages: oldestFirst(messages) };
    const tags = TAGS.map((selector) => [...root.querySelectorAll(selector)].map((tag) => tag.textContent?.trim() ?? '').filter(Boolean)).find(
      (found) => found.length > 0,
    );
    if (tags) content.tags = tags;
    return content;
  },

  findReplyOpener(root: Element): HTMLElement | null {
    return queryRendered<HTMLElement>(root, REPLY_OPENER);
  },

  findActiveReplyEditor(root: Element) {
    for (const selector of REPLY_EDITOR) {
      const editables = [...root.querySelectorAll<HTMLElement>(selector)].filter((el) => !el.matches(NOTE_EDITOR));
      const element = editables.find(isRendered) ?? editables[0];
      if (element) return { element, kind: element.hasAttribute('data-slate-editor') ? ('slate' as const) : ('contenteditable' as const) };
    }
    return null;
  },
} satisfies HelpdeskPageReader;

// Pure: an adapter script takes only helpscoutPage, and the registry stays out of it.
export const helpscout = /* @__PURE__ */ hostedAdapter(/* @__PURE__ */ helpdeskDefinition('helpscout'), helpscoutPage);
