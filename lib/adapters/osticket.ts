/**
 * osTicket (self-hosted; added by its origin), the staff panel's ticket page,
 * PREFIX/scp/tickets.php?id=ID. Read 2026-12 from osTicket v1.18.1 as it renders, run here from its
 * release (osTicket/osTicket, include/staff/ticket-view.inc.php and include/staff/templates/
 * thread-entry.tmpl.php; docs/helpdesks.md has the list):
 * - The page lives in #pjax-container; moving to another ticket from a list or a link is a pjax
 *   load (history.pushState, the container's content replaced, osTicket's setup re-run on
 *   pjax:end). The ticket is only taken as shown once the header's own link names the URL's id, so a
 *   half-swapped container never gives the old ticket's text to the new one.
 * - Entries are .thread-entry.message (the customer), .response (an agent's reply) and .note (an
 *   internal note), in the order of the agent's thread preference.
 * - Redactor 3 runs on both textarea#response (form#reply) and textarea#internal_note (form#note);
 *   the Post Reply / Post Internal Note tabs show one form and hide the other, and the active tab's
 *   <li> has class "active". The reply editor is ours only while Post Reply is the active tab: a
 *   note is not the customer's reply, so hints and the mirrored reply never read or write a note.
 */
import { queryFirst, queryRendered } from './dom-query';
import { plainTextOf } from './plain-text';
import { helpdeskDefinition } from './registry';
import { hostedAdapter, type ConversationMessage, type MessageRole, type ReplyEditor, type TicketContent } from './types';

const PAGE_ROOT = [
  '#pjax-container', // scp/header.inc.php: everything pjax replaces
  '#content', // if the pjax container goes
];
/** The header's "Ticket #NUMBER" link to tickets.php?id=ID (ticket-view.inc.php, div.sticky.bar). */
const TICKET_LINK = '.sticky.bar h2 a[href*="tickets.php?id="]';
const SUBJECT = [
  '.tixTitle h3', // ticket-view.inc.php
];
const ENTRY = '#thread-items .thread-entry';
const ROLE_CLASSES: Record<string, MessageRole> = { message: 'customer', response: 'agent', note: 'internal' };
const ENTRY_BODY = [
  '.thread-body', // thread-entry.tmpl.php
];
/** The poster's name is the header's first <b> ("<b>Maya Lindqvist</b> posted …"). */
const ENTRY_AUTHOR = '.header > b';
const ENTRY_TIME = '.header time[datetime]';
/** "Source:" in the ticket's info table: Email, Web, Phone, API, Other. */
const SOURCE_CHANNELS: Record<string, string> = { email: 'email', web: 'web', phone: 'phone' };

const REPLY_FORM = 'form#reply';
const NOTE_FORM = 'form#note';
const REPLY_EDITOR = [
  `${REPLY_FORM} .redactor-in[contenteditable="true"]`, // Redactor 3 started on textarea#response
  `${REPLY_FORM} textarea#response`, // Redactor did not start (a plain textarea, still posted)
];
const NOTE_EDITOR = [`${NOTE_FORM} .redactor-in[contenteditable="true"]`, `${NOTE_FORM} textarea#internal_note`];
/** The tabs over the forms; the active one's <li> has class "active" (scp/js/scp.js, ul.tabs click). */
const ACTIVE_TAB = '#response-tabs > li.active > a[href]';
const REPLY_TAB = '#response-tabs a[href="#reply"]';

function ticketIdOfLink(link: Element, doc: Document): string | null {
  try {
    return new URL(link.getAttribute('href') ?? '', doc.baseURI).searchParams.get('id');
  } catch {
    return null;
  }
}

function channelOf(root: Element): string | undefined {
  for (const th of root.querySelectorAll('table.ticket_info th')) {
    if (th.textContent?.trim() !== 'Source:') continue;
    const source = th.nextElementSibling?.textContent?.trim().toLowerCase() ?? '';
    return SOURCE_CHANNELS[source];
  }
  return undefined;
}

/** Which form the tabs show: 'reply', 'note', or null where there are no tabs (an agent without the reply permission). */
function activeForm(root: Element): 'reply' | 'note' | null {
  const href = root.querySelector(ACTIVE_TAB)?.getAttribute('href');
  return href === '#reply' ? 'reply' : href === '#note' ? 'note' : null;
}

function editorIn(root: Element, selectors: readonly string[]): ReplyEditor | null {
  const element = queryRendered(root, selectors);
  if (!element) return null;
  return { element, kind: element instanceof HTMLTextAreaElement ? 'plain' : 'redactor' };
}

export const osticket = hostedAdapter(helpdeskDefinition('osticket'), {
  editorSelector: REPLY_EDITOR.join(','),
  submitSelector: `${REPLY_FORM} input[type="submit"]`,

  findTicketRoot(doc, ticket) {
    const root = queryFirst(doc, PAGE_ROOT);
    const link = root?.querySelector(TICKET_LINK);
    return root && link && ticketIdOfLink(link, doc) === ticket.ticketId ? root : null;
  },

  readTicket(root) {
    const messages: (ConversationMessage & { order: number })[] = [];
    for (const [index, entry] of [...root.querySelectorAll(ENTRY)].entries()) {
      const role = [...entry.classList].map((name) => ROLE_CLASSES[name]).find(Boolean);
      const body = queryFirst(entry, ENTRY_BODY);
      if (!role || !body) continue;
      messages.push({
        role,
        author: entry.querySelector(ENTRY_AUTHOR)?.textContent?.trim() ?? '',
        time: entry.querySelector(ENTRY_TIME)?.getAttribute('datetime') ?? null,
        text: plainTextOf(body),
        order: index,
      });
    }
    // Oldest first whatever the agent's thread order (newest first is a preference); page order breaks ties.
    messages.sort((a, b) => (a.time && b.time && a.time !== b.time ? Date.parse(a.time) - Date.parse(b.time) : a.order - b.order));
    const content: TicketContent = {
      subject: queryFirst(root, SUBJECT)?.textContent?.trim() ?? '',
      messages: messages.map(({ order: _order, ...message }) => message),
    };
    const channel = channelOf(root);
    if (channel) content.channel = channel;
    return content;
  },

  findActiveReplyEditor(root) {
    return activeForm(root) === 'note' ? null : editorIn(root, REPLY_EDITOR);
  },

  findOpenNoteEditor(root) {
    return activeForm(root) === 'note' ? (editorIn(root, NOTE_EDITOR)?.element ?? null) : null;
  },

  /** While the note tab is shown: the Post Reply tab, which shows the reply form (the note's text stays in its own form). */
  findReplyOpener(root) {
    return activeForm(root) === 'note' ? root.querySelector<HTMLElement>(REPLY_TAB) : null;
  },
});
