/**
 * Zammad (self-hosted at a team's own origin, or hosted at SUB.zammad.com), classic agent UI:
 * HOST/#ticket/zoom/ID, hash routing. Every open ticket is a task mounted at once in its own
 * element, id "content_permanent_Ticket-ID"; only the active one is shown. Everything is scoped to
 * the task of the ticket the URL names, found by that id, so no other task's text is ever read.
 * Selectors come from Zammad's own templates (zammad/zammad, app/assets/javascripts/app/, read
 * 2026-12 at the commits named below) and public overlay code; docs/helpdesks.md has the list.
 *
 * The URL shapes are the registry row's. The new desktop UI (HOST/desktop/tickets/ID, Vue with a
 * TipTap/ProseMirror editor) is a Zammad ticket page too (drafts are keyed by the same ticket), but
 * this adapter reads none of it: there is no classic task there, so the sidebar says it can't find
 * the reply box and never writes into that editor.
 */
import { queryFirst, queryRendered } from './dom-query';
import { plainTextOf } from './plain-text';
import { helpdeskDefinition } from './registry';
import { hostedAdapter, type HelpdeskPageReader, type ConversationMessage, type MessageRole, type ReplyEditor, type TicketContent } from './types';

/**
 * The task element of ticket ID: TaskManager's domID("Ticket-ID"), "content_permanent_Ticket-ID",
 * class "content horizontal flex", plus "active" when shown and "hide" when not
 * (app/lib/app_post/task_manager.coffee, commit bfa96f0; task key from TicketZoomRouter).
 */
const TASK_ID_PREFIX = 'content_permanent_Ticket-';
const TITLE = [
  '.ticket-title-update', // contenteditable span in the title's h1 (ticket_zoom/title.jst.eco; clockify zammad.js, 2026-03)
];
/** One article; its sender's name lower-cased is a class: customer | agent | system (ticket_zoom/article_view.coffee, commit e438b3b). */
const ARTICLE = '.ticket-article-item[data-id]';
const INTERNAL_ARTICLE = [
  '.is-internal', // on the article item (article_view.coffee, commit e438b3b)
  '.text-bubble.internal', // older template: on the bubble (article_view.jst.eco, early versions)
];
const ARTICLE_BODY = [
  '.textBubble-content .richtext-content', // article_view.jst.eco, commit f75e18a
  '.textBubble-content', // if the richtext wrapper goes
];
/** The first row of the top meta block is "From" when the article has a sender address. */
const ARTICLE_FROM = '.article-meta.top .article-meta-row:first-child .article-meta-value';
const ARTICLE_TIME = 'time[datetime]'; // @humanTime renders <time class="humanTimeFromNow" datetime=…>
/** The channel icon in the bottom meta block: @Icon(type) is <svg class="icon icon-TYPE …">. */
const ARTICLE_CHANNEL_ICON = '.article-meta.bottom .article-meta-icon';
const TAG_ITEMS = [
  '.js-tag', // sidebar tag list (widget/tag.jst.eco)
];
/** The reply form: class is-internal or is-public, hidden input name="internal" (ticket_zoom/article_new.jst.eco, commit ada6efa). */
const REPLY_FORM = 'form.article-add';
const REPLY_EDITOR = [
  '.articleNewEdit-body[contenteditable="true"]', // js-textarea richtext-content articleNewEdit-body, data-name="body"
  '[data-name="body"][contenteditable="true"]', // if the class is renamed
];
/** "reply" on an article (ticket_zoom/article_view_actions.jst.eco; type from article_action/email_reply.coffee). */
const ARTICLE_REPLY_ACTION = '.js-ArticleAction[data-type="emailReply"]';
const SUBMIT = [
  '.attributeBar .js-submit', // "Update" (ticket_zoom/attribute_bar.jst.eco)
];

/** Article types as Zammad names them → the channel names a team writes in a playbook. */
const CHANNEL_NAMES: Record<string, string> = {
  email: 'email',
  web: 'web',
  phone: 'phone',
  chat: 'chat',
  sms: 'messaging',
  whatsapp: 'messaging',
  telegram: 'messaging',
  signal: 'messaging',
  twitter: 'social',
  facebook: 'social',
};

function roleOf(article: Element): MessageRole | null {
  if (article.classList.contains('system')) return null;
  const internal = INTERNAL_ARTICLE.some((selector) => article.matches(selector) || article.querySelector(selector) !== null);
  if (article.classList.contains('customer')) return internal ? 'internal' : 'customer';
  if (article.classList.contains('agent')) return internal ? 'internal' : 'agent';
  // A sender Zammad adds later: not guessed.
  return null;
}

function channelOf(article: Element): string | undefined {
  const icon = article.querySelector(ARTICLE_CHANNEL_ICON);
  if (!icon) return undefined;
  for (const name of icon.classList) {
    const channel = name.startsWith('icon-') ? CHANNEL_NAMES[name.slice('icon-'.length)] : undefined;
    if (channel) return channel;
  }
  return undefined;
}

/** "Sam Customer <sam@example.com>" → "Sam Customer"; an address alone stays as it is. */
function authorOf(article: Element): string {
  const from = article.querySelector(ARTICLE_FROM)?.textContent?.replace(/\s+/g, ' ').trim() ?? '';
  const name = from.split('<')[0]!.trim();
  return name || from;
}

function isInternalForm(form: Element): boolean {
  if (form.classList.contains('is-internal')) return true;
  if (form.classList.contains('is-public')) return false;
  return form.querySelector<HTMLInputElement>('input[name="internal"]')?.value === 'true';
}

function replyForm(root: Element): Element | null {
  return queryRendered(root, [REPLY_FORM]);
}

/** What zammad's pages hold; its adapter script carries only this (see provided-adapter.ts). */
export const zammadPage: HelpdeskPageReader = {
  editorSelector: REPLY_EDITOR.join(','),
  submitSelector: SUBMIT.join(','),

  findTicketRoot(doc, ticket) {
    // The task of the ticket the URL names, shown or not: never the active task of another ticket.
    return doc.getElementById(TASK_ID_PREFIX + ticket.ticketId);
  },

  readTicket(root) {
    const messages: ConversationMessage[] = [];
    let channel: string | undefined;
    for (const article of root.querySelectorAll(ARTICLE)) {
      const role = roleOf(article);
      const body = queryFirst(article, ARTICLE_BODY);
      if (!role || !body) continue;
      if (role === 'customer') channel = channelOf(article) ?? channel;
      messages.push({
        role,
        author: authorOf(article),
        time: article.querySelector(ARTICLE_TIME)?.getAttribute('datetime') ?? null,
        text: plainTextOf(body),
      });
    }
    const title = TITLE.flatMap((selector) => [...root.querySelectorAll(selector)]).find((el) => el.textContent?.trim());
    const content: TicketContent = { subject: title?.textContent?.trim() ?? '', messages };
    const tags = TAG_ITEMS.flatMap((selector) => [...root.querySelectorAll(selector)])
      .map((tag) => tag.textContent?.trim() ?? '')
      .filter(Boolean);
    if (tags.length > 0) content.tags = tags;
    if (channel) content.channel = channel;
    return content;
  },

  /** The reply box, only while it is set to public: an internal note is not a reply to the customer. */
  findActiveReplyEditor(root): ReplyEditor | null {
    const form = replyForm(root);
    if (!form || isInternalForm(form)) return null;
    const editor = queryRendered(form, REPLY_EDITOR);
    return editor ? { element: editor, kind: 'contenteditable' } : null;
  },

  /**
   * While the box is an internal note with nothing in it, "reply" on the customer's latest article
   * makes it a public e-mail reply (Zammad keeps the box's text and adds no quote unless text is
   * selected). A note with text in it is left alone: turning it public would expose it.
   */
  findReplyOpener(root) {
    const form = replyForm(root);
    if (!form || !isInternalForm(form)) return null;
    const body = queryFirst(form, REPLY_EDITOR);
    if (body?.textContent?.trim()) return null;
    const customerArticles = [...root.querySelectorAll(`${ARTICLE}.customer`)];
    for (let i = customerArticles.length - 1; i >= 0; i--) {
      const action = customerArticles[i]!.querySelector<HTMLElement>(ARTICLE_REPLY_ACTION);
      if (action) return action;
    }
    return null;
  },
};

// Pure: an adapter script takes only zammadPage, and the registry stays out of it.
export const zammad = /* @__PURE__ */ hostedAdapter(/* @__PURE__ */ helpdeskDefinition('zammad'), zammadPage);
