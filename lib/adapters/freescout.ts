/**
 * FreeScout (self-hosted at a team's own origin): HOST/conversation/ID, one conversation a page,
 * a full page load to the next. Selectors come from FreeScout 1.8.145's own templates
 * (freescout-helpdesk/freescout, resources/views/conversations/view.blade.php and
 * partials/thread.blade.php; the editor from public/js/main.js), checked 2026-12 against the agent
 * page of a FreeScout 1.8.145 brought up from its release (tests/live/freescout/).
 *
 * Threads are listed newest first. One reply block serves the reply, the note and the forward: a
 * Summernote editor on textarea#body, created hidden with the block; the Reply action shows it as a
 * reply, the Note action as a note (class conv-note-block), Forward as a forward (conv-forward-block).
 * Only the reply is the reply to the customer: a note is the team's, a forward goes to someone else,
 * so neither is offered as the reply box (findOpenNoteEditor tells the sidebar the agent writes a note).
 * Summernote's own `note-` class prefix (note-editor, note-editable) has nothing to do with notes.
 */
import { queryFirst } from './dom-query';
import { plainTextOf } from './plain-text';
import { helpdeskDefinition } from './registry';
import { hostedAdapter, type HelpdeskPageReader, type ConversationMessage, type MessageRole, type ReplyEditor, type TicketContent } from './types';

/** The conversation's layout: header, reply block, customer sidebar and threads (view.blade.php). */
const CONVERSATION = ['#conv-layout'];
const SUBJECT = [
  '.conv-subjtext > span', // the subject as shown; a hidden input beside it edits it (view.blade.php)
];
/** Threads, newest first; a thread arriving while the page is open is put in a `.thread-type-new` wrapper at the top. */
const THREAD = '#conv-layout-main .thread';
/** thread-type-{customer|message|note}: Thread::getTypeName(); lineitem (status changes) and draft are skipped. */
const ROLE_BY_TYPE_CLASS: Record<string, MessageRole> = {
  'thread-type-customer': 'customer',
  'thread-type-message': 'agent',
  'thread-type-note': 'internal',
};
const THREAD_BODY = ['.thread-body > .thread-content', '.thread-content'];
/** The author's name; "you" for the agent looking at the page (partials/thread.blade.php). */
const THREAD_AUTHOR = ['.thread-person strong', '.thread-person'];
/** #conv-layout's class conv-type-{email|phone|chat|custom} (Conversation::getTypeName) → a playbook's channel names. */
const CHANNEL_BY_TYPE_CLASS: Record<string, string> = {
  'conv-type-email': 'email',
  'conv-type-phone': 'phone',
  'conv-type-chat': 'chat',
};
const REPLY_BLOCK = ['.conv-reply-block'];
/** The block in note or forward mode (main.js showNoteForm, and the forward action). */
const NOT_A_REPLY = ['conv-note-block', 'conv-forward-block'];
const EDITABLE = [
  '.note-editor .note-editable[contenteditable="true"]', // Summernote 0.8.9 beside textarea#body
];
const REPLY_ACTION = ['.conv-actions .conv-reply'];
const SUBMIT = [
  '.btn-send-text', // "Send Reply"; the block's copy in Summernote's status bar is the one shown
];

function roleOf(thread: Element): MessageRole | null {
  for (const name of thread.classList) {
    const role = ROLE_BY_TYPE_CLASS[name];
    if (role) return role;
  }
  return null;
}

function channelOf(root: Element): string | undefined {
  for (const name of root.classList) {
    const channel = CHANNEL_BY_TYPE_CLASS[name];
    if (channel) return channel;
  }
  return undefined;
}

/** The reply block while it is open (FreeScout hides it with the class `hidden`), else null. */
function openBlock(root: Element): Element | null {
  const block = queryFirst(root, REPLY_BLOCK);
  return block && !block.classList.contains('hidden') ? block : null;
}

function isReplyMode(block: Element): boolean {
  return !NOT_A_REPLY.some((name) => block.classList.contains(name));
}

function editableIn(block: Element): HTMLElement | null {
  return queryFirst(block, EDITABLE) as HTMLElement | null;
}

/** What freescout's pages hold; its adapter script carries only this (see provided-adapter.ts). */
export const freescoutPage: HelpdeskPageReader = {
  editorSelector: EDITABLE.join(','),
  submitSelector: SUBMIT.join(','),

  findTicketRoot(doc, ticket) {
    // The page names its conversation on <body>: never read a page that shows another one.
    if (doc.body?.getAttribute('data-conversation_id') !== ticket.ticketId) return null;
    return queryFirst(doc, CONVERSATION);
  },

  readTicket(root) {
    const messages: ConversationMessage[] = [];
    for (const thread of root.querySelectorAll(THREAD)) {
      const role = roleOf(thread);
      const body = role && queryFirst(thread, THREAD_BODY);
      if (!role || !body) continue;
      messages.push({
        role,
        author: queryFirst(thread, THREAD_AUTHOR)?.textContent?.replace(/\s+/g, ' ').trim() ?? '',
        // The page shows only a localised date in a tooltip ("Dec 2, 2026 09:53"), no zone: not read.
        time: null,
        text: plainTextOf(body),
      });
    }
    // Newest first on the page; oldest first here, as every adapter gives them.
    messages.reverse();
    const content: TicketContent = { subject: queryFirst(root, SUBJECT)?.textContent?.trim() ?? '', messages };
    const channel = channelOf(root);
    if (channel) content.channel = channel;
    return content;
  },

  /** The reply editor while the block is open as a reply; null while it is closed, a note or a forward. */
  findActiveReplyEditor(root): ReplyEditor | null {
    const block = openBlock(root);
    const editable = block && isReplyMode(block) ? editableIn(block) : null;
    return editable ? { element: editable, kind: 'summernote' } : null;
  },

  /**
   * The Reply action while the block is closed. Not while a note or forward is open: FreeScout's Reply
   * does not switch an open block (main.js), and a note's text must never become a reply.
   */
  findReplyOpener(root) {
    if (!queryFirst(root, REPLY_BLOCK) || openBlock(root)) return null;
    return queryFirst(root, REPLY_ACTION) as HTMLElement | null;
  },

  findOpenNoteEditor(root) {
    const block = openBlock(root);
    return block?.classList.contains('conv-note-block') ? editableIn(block) : null;
  },
};

// Pure: an adapter script takes only freescoutPage, and the registry stays out of it.
export const freescout = /* @__PURE__ */ hostedAdapter(/* @__PURE__ */ helpdeskDefinition('freescout'), freescoutPage);
