/**
 * Intercom Inbox (https://app.intercom.com/a/inbox/WS/inbox/…/conversation/ID): an Ember app
 * showing one conversation beside the inbox's list and swapping it in-page. WS, the workspace (app)
 * id, is the account; the conversation id is the ticket.
 *
 * Evidence (public overlay code; dates are those files' last commits), and where it is thin:
 * - the conversation element names its id, [data-conversation-id] (toggl/track-extension
 *   src/content/intercom.js, 2021-12; the oldest evidence here, so a single conversation view that
 *   names no other conversation is accepted too); title [data-inbox-conversation-header-title],
 *   toolbar [data-intercom-target="conversation-toolbar"] (clockify/browser-extension
 *   src/integrations/intercom.js, 2026-03).
 * - the stream, its parts, their roles, bodies, the email marker and the composer: a public
 *   "Support Copilot for Intercom" extension (its content script, and its CHANGELOG: 2.0.0 2026-02,
 *   3.1.0 2026-04-27). A part's data-part-group-category says who wrote it: 1 the customer, 3 a
 *   teammate, 5 a bot, 20 the system; 4 is a note (a public Selenium script that checks for one).
 *   Since 2026-04 parts may carry only a Tailwind class (group/content-part) and no category:
 *   then data-author-type is tried, and a part still unknown is read as 'internal', never as what
 *   the customer said. Bot parts are public replies from the workspace's side: 'agent'.
 * - Shadow roots: since about 2026-04 some parts render inside shadow roots (that extension walks
 *   them). Everything inside the conversation is looked up through open shadow roots, and through
 *   closed ones where the browser lets an extension in (shadow-dom-query.ts); what stays out of
 *   reach is missing from the messages, never an error. The page watcher's observer does not see
 *   changes made inside a shadow root: a part is re-read when its host is added or moved, which is
 *   how a new part arrives.
 * - Nothing public shows how the note composer differs from the reply composer, or the Send button.
 *   Assumed, and said here: in note mode the composer carries Intercom's note modifier class
 *   (o__note, as note parts did in the older stream); Send is the composer's submit button
 *   (Ctrl/Cmd+Enter is caught either way).
 * - Tags and authors' names: no public selector; not read.
 */
import { isRendered } from './dom-query';
import { plainTextOf } from './plain-text';
import { closestAcrossShadow, parentAcrossShadow, queryAllDeep, queryFirstDeep } from './shadow-dom-query';
import { helpdeskDefinition } from './registry';
import { hostedAdapter, type ConversationMessage, type HelpdeskPageReader, type MessageRole, type TicketContent, type TicketRef } from './types';

/** An element naming the conversation it shows: `[data-conversation-id="ID"]` (toggl, 2021-12). */
const CONVERSATION_ID_ATTRIBUTE = 'data-conversation-id';
const STREAM = [
  '[data-testid="conversation-stream-scroll-container"]', // (Support Copilot, 2026-04)
  '[data-conversation-stream]',
  '[data-intercom-target-conversation-stream]',
  '.inbox-2__conversation-stream', // class names since the 2026-04 rename
  '.inbox2__conversation-stream', // before it
];
const TITLE = [
  '[data-inbox-conversation-header-title]', // (clockify, 2026-03; its text is in a span)
  '[data-conversation-title]', // (Support Copilot, 2026-04)
  '.inbox-2__conversation-title',
  '.inbox2__conversation-title',
];
const PART = [
  '[data-part-group-id]', // a part group, with its category (Support Copilot 2.0.0, 2026-02)
  '[class*="group/content-part"]', // Tailwind markup since 2026-04, category not always there
];
const PART_CATEGORY_ATTRIBUTE = 'data-part-group-category';
const AUTHOR_TYPE_ATTRIBUTE = 'data-author-type';
const ROLE_BY_CATEGORY: Record<string, MessageRole | 'skip'> = {
  '1': 'customer', // the customer (user or lead)
  '3': 'agent', // a teammate
  '4': 'internal', // a note
  '5': 'agent', // a bot, answering in the workspace's name
  '20': 'skip', // system events (assignments, snoozes)
};
const NOTE_PART = '.o__note'; // older stream: .conversation__text.o__note
const PART_BODY = [
  '.interblocks-html', // rendered message blocks (Support Copilot, 2026-04)
  '.inbox-2__user-email-content', // an email's content
  '.inbox2__user-email-content',
  '.inbox-2__break-words', // a chat message's text
  '.inbox2__break-words',
  '.inbox-2__renderable-part',
  '.inbox2__renderable-part',
];
const PART_TIME = 'time[datetime]';
const EMAIL_PART = [
  '.channels__inbox__email-metadata-container', // the From/To block of an email part (Support Copilot, 2026-04)
  '.inbox-2__user-email-part',
  '.inbox2__user-email-part',
];
const COMPOSER = '[data-conversation-reply-composer]';
const REPLY_EDITOR = [
  `${COMPOSER} .ProseMirror[contenteditable="true"]`, // (Support Copilot, 2026-04)
  '.ProseMirror.embercom-prosemirror-composer-editor[contenteditable="true"]', // Intercom's ProseMirror composer
];
/** Assumed, no public evidence: the composer in note mode carries the note modifier class. */
const NOTE_COMPOSER = `${COMPOSER}.o__note, ${COMPOSER} .o__note`;
const SUBMIT = [
  `${COMPOSER} button[type="submit"]`, // assumed: the composer's submit button
];

/** The elements that name `conversationId` and hold a conversation stream (list rows name ids too). */
function namedViews(doc: Document, conversationId: string): Element[] {
  const selector = `[${CONVERSATION_ID_ATTRIBUTE}="${CSS.escape(conversationId)}"]`;
  const light = [...doc.querySelectorAll(selector)];
  const candidates = light.length > 0 ? light : queryAllDeep(doc, selector);
  return candidates.filter((el) => queryFirstDeep(el, STREAM));
}

/** The one conversation view on the page when no element names an id: the stream's widest ancestor holding one stream. */
function soleView(doc: Document): Element | null {
  const streams = STREAM.flatMap((selector) => queryAllDeep(doc, selector));
  const stream = streams[0];
  if (!stream || streams.some((other) => !stream.contains(other) && !other.contains(stream))) return null;
  let view = stream;
  for (let el = stream.parentElement; el && el !== doc.body && el !== doc.documentElement; el = el.parentElement) {
    if (STREAM.some((selector) => queryAllDeep(el, selector).length > 1)) break;
    view = el;
    if (queryFirstDeep(el, TITLE)) break;
  }
  return view;
}

function roleOf(part: Element): MessageRole | 'skip' | null {
  const categorised = closestAcrossShadow(part, `[${PART_CATEGORY_ATTRIBUTE}]`);
  const category = categorised?.getAttribute(PART_CATEGORY_ATTRIBUTE);
  if (category && ROLE_BY_CATEGORY[category]) return ROLE_BY_CATEGORY[category];
  if (closestAcrossShadow(part, NOTE_PART) || part.querySelector(NOTE_PART)) return 'internal';
  const authorType = closestAcrossShadow(part, `[${AUTHOR_TYPE_ATTRIBUTE}]`)?.getAttribute(AUTHOR_TYPE_ATTRIBUTE)?.toLowerCase() ?? '';
  if (['user', 'lead', 'contact', 'customer'].includes(authorType)) return 'customer';
  if (['admin', 'teammate', 'bot'].includes(authorType)) return 'agent';
  return null;
}

/** The parts of the stream, outermost only (a part group may hold Tailwind part rows). */
function partsOf(root: Element): Element[] {
  for (const selector of PART) {
    const parts = new Set(queryAllDeep(root, selector));
    if (parts.size === 0) continue;
    const outermost = (part: Element) => {
      for (let el = parentAcrossShadow(part); el && el !== root; el = parentAcrossShadow(el)) if (parts.has(el)) return false;
      return true;
    };
    return [...parts].filter(outermost);
  }
  return [];
}

/** The DOM half of the adapter: what Intercom's inbox shows of a conversation. */
export const intercomPage = {
  editorSelector: REPLY_EDITOR.join(','),
  submitSelector: SUBMIT.join(','),

  /**
   * The view of the conversation the URL names: the element naming its id (holding a stream), or
   * the only conversation view on the page if that names no other conversation.
   */
  findTicketRoot(doc: Document, ticket: Pick<TicketRef, 'ticketId'>): Element | null {
    const named = namedViews(doc, ticket.ticketId);
    if (named.length > 0) return named.length === 1 ? named[0]! : null;
    const view = soleView(doc);
    if (!view) return null;
    // A view naming another conversation is mid-switch: never read conversation A for B.
    const namesOther = closestAcrossShadow(view, `[${CONVERSATION_ID_ATTRIBUTE}]`) ?? queryFirstDeep(view, [`[${CONVERSATION_ID_ATTRIBUTE}]`]);
    return namesOther ? null : view;
  },

  readTicket(root: Element): TicketContent {
    const title = queryFirstDeep(root, TITLE)?.textContent?.replace(/\s+/g, ' ').trim() ?? '';
    const messages: ConversationMessage[] = [];
    let channel: string | undefined;
    for (const part of partsOf(root)) {
      const role = roleOf(part);
      if (role === 'skip') continue;
      const body = queryFirstDeep(part, PART_BODY);
      if (!body) continue;
      const text = plainTextOf(body);
      if (!text) continue;
      // Unknown authorship is read as internal: never shown as the customer's words.
      const message: ConversationMessage = { role: role ?? 'internal', author: '', time: queryFirstDeep(part, [PART_TIME])?.getAttribute('datetime') ?? null, text };
      if (message.role === 'customer') channel = queryFirstDeep(part, EMAIL_PART) ? 'email' : undefined;
      messages.push(message);
    }
    const content: TicketContent = { subject: title, messages };
    if (channel) content.channel = channel;
    return content;
  },

  findActiveReplyEditor(root: Element) {
    for (const selector of REPLY_EDITOR) {
      const editables = (queryAllDeep(root, selector) as HTMLElement[]).filter((el) => !closestAcrossShadow(el, NOTE_COMPOSER));
      const element = editables.find(isRendered) ?? editables[0];
      if (element) return { element, kind: element.matches('.ProseMirror') ? ('prosemirror' as const) : ('contenteditable' as const) };
    }
    return null;
  },
} satisfies HelpdeskPageReader;

// Pure: an adapter script takes only intercomPage, and the registry stays out of it.
export const intercom = /* @__PURE__ */ hostedAdapter(/* @__PURE__ */ helpdeskDefinition('intercom'), intercomPage);
