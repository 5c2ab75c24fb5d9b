/**
 * Jira Service Management (Jira Cloud, https://SITE.atlassian.net): a request opened at
 * /browse/KEY-N or in a service-desk queue, /jira/servicedesk/projects/KEY/queues/custom/N/KEY-N
 * (the URL shapes are the registry row's).
 * A React app that swaps the issue view in place when the agent opens another request from the
 * queue: the issue key the view shows is checked against the URL's, so a stale view is never read.
 * Class names are generated; data-testid attributes are the hooks public overlay code relies on
 * (docs/helpdesks.md "Jira Service Management" names the sources, dated).
 *
 * Where the evidence is thin, this adapter degrades rather than guesses:
 * - Who wrote a comment: no public selector marks a JSM comment as the customer's. The customer is
 *   the request's reporter, so comments by the reporter's name are the customer's, comments with a
 *   visibility or restriction marker are internal, and every other comment is read as an agent's
 *   (a request participant's comment is misread as an agent's: it never becomes "what the customer
 *   said"). Without a readable reporter, no comment is taken for the customer's.
 * - The composer's "Reply to customer" / "Add internal note" choice is read from its tabs' ids and
 *   English labels; in another language or after a rename the reply box is not found (the sidebar
 *   says so) rather than risk hints and insertions in an internal note.
 * - The channel a request came by is not read (no public selector).
 */
import { queryFirst, queryRendered } from './dom-query';
import { plainTextOf } from './plain-text';
import { helpdeskDefinition } from './registry';
import { hostedAdapter, type HelpdeskPageReader, type ConversationMessage, type MessageRole, type ReplyEditor, type TicketContent } from './types';

/** The issue key the issue view shows ("SUP-7"): one per issue view (toggl/track-extension atlassian.js, 2026-02). */
const CURRENT_KEY = '[data-testid="issue.views.issue-base.foundation.breadcrumbs.breadcrumb-current-issue-container"]';
/** The whole issue view, when its wrapper keeps this id (public overlay code, 2025-2026). */
const ISSUE_VIEW = [
  '[data-testid="issue.views.issue-details.issue-layout.issue-layout"]', // full page and queue panel
  '[data-testid="issue.views.issue-details.issue-modal.modal-dialog"]', // an issue opened in a modal
];
const SUMMARY = [
  'h1[data-testid="issue.views.issue-base.foundation.summary.heading"]', // toggl/track-extension atlassian.js, 2026-02
];
const DESCRIPTION = [
  '[data-testid="issue.views.field.rich-text.description"] .ak-renderer-document', // the rendered ADF
  '[data-testid="issue.views.field.rich-text.description"]',
];
const REPORTER = [
  '[data-testid="issue.views.field.user.reporter.name.wrapper"]', // the name alone (public userscript, 2024)
  '[data-testid="issue.views.field.user.reporter"]', // the field (public overlay code, 2024-2026)
];
/** One comment; its id is the suffix, and ids grow in creation order (public overlay code, 2026). */
const COMMENT = '[data-testid^="comment-base-item-"]';
const COMMENT_ID_PREFIX = 'comment-base-item-';
const COMMENT_AUTHOR = [
  '[data-testid$="-header"] [data-testid="profilecard-next.ui.profilecard.profilecard-trigger"]', // the author's name
  '[data-testid$="-header"] h3', // as a Markdown exporter reads it (2026)
];
const COMMENT_BODY = [
  '[data-testid^="issue-comment-base.ui.comment.ak-comment."][data-testid$="-body"] .ak-renderer-document',
  '[data-testid^="issue-comment-base.ui.comment.ak-comment."][data-testid$="-body"]',
];
const COMMENT_TIME = 'time[datetime]'; // not seen in public code: read where present, else null
/** Markers of a comment customers don't see. Thin evidence (public userscripts, 2024-2025). */
const INTERNAL_COMMENT = [
  '[data-testid="issue-comment-base.ui.comment.comment-visibility.comment-visibility-wrapper"]',
  '[data-testid="issue-comment-base.ui.comment.custom-comment.restricted-to"]',
];
const LABELS = [
  '[data-testid="issue.views.field.labels.label-link"]', // Labels field items (public overlay code, 2025)
];
/** The new-comment composer, one per issue view (measured on Jira Cloud, 2026-10-06). */
const COMPOSER = '[data-testid="issue.activity.comment"]';
const COMPOSER_EDITOR = [
  '[data-testid="issue.component.editor.default-editor"] .ProseMirror[contenteditable="true"]', // Atlassian editor, 2026-10
  '.ProseMirror#ak-editor-textarea[contenteditable="true"]', // its id (2025 userscripts; the description editor has it too)
];
/** The composer's tabs once open: -0 is "Add internal note", -1 "Reply to customer" (Liferay CSE userscript, 2025). */
const COMPOSER_TAB = '[role="tab"][id^="comment-editor-container-tabs-"]';
const REPLY_TAB_ID = 'comment-editor-container-tabs-1';
const REPLY_LABEL = 'Reply to customer';
const INTERNAL_LABEL = 'Add internal note';
/** Save in the composer; the description editor's save button has the same test id. */
const SUBMIT = [`${COMPOSER} [data-testid="comment-save-button"]`];

const labelOf = (el: Element | null) => el?.textContent?.replace(/\s+/g, ' ').trim() ?? '';

/** Is the composer set to reply to the customer? Only a positive reading counts. */
function replyTabSelected(composer: Element): boolean {
  const selected = composer.querySelector(`${COMPOSER_TAB}[aria-selected="true"]`);
  if (!selected) return false;
  const label = labelOf(selected);
  if (label === REPLY_LABEL) return true;
  return label !== INTERNAL_LABEL && selected.id === REPLY_TAB_ID;
}

/** The widest ancestor of the shown key that holds one issue view only (one key, one summary, one composer). */
function issueViewAround(keyElement: Element): Element {
  const known = keyElement.closest(ISSUE_VIEW.join(','));
  if (known) return known;
  let view = keyElement;
  for (let el = keyElement.parentElement; el && el !== el.ownerDocument.body; el = el.parentElement) {
    const more = (selector: string) => el.querySelectorAll(selector).length > 1;
    if (more(CURRENT_KEY) || more(SUMMARY.join(',')) || more(COMPOSER)) break;
    view = el;
  }
  return view;
}

function commentId(comment: Element): number {
  const id = Number(comment.getAttribute('data-testid')?.slice(COMMENT_ID_PREFIX.length));
  return Number.isFinite(id) ? id : Number.MAX_SAFE_INTEGER;
}

function roleOf(comment: Element, author: string, reporter: string): MessageRole {
  if (INTERNAL_COMMENT.some((selector) => comment.querySelector(selector))) return 'internal';
  return reporter && author === reporter ? 'customer' : 'agent';
}

/** What jira's pages hold; its adapter script carries only this (see provided-adapter.ts). */
export const jiraPage: HelpdeskPageReader = {
  editorSelector: COMPOSER_EDITOR.map((selector) => `${COMPOSER} ${selector}`).join(','),
  submitSelector: SUBMIT.join(','),

  findTicketRoot(doc, ticket) {
    const shown = [...doc.querySelectorAll(CURRENT_KEY)];
    const mine = shown.find((el) => labelOf(el) === ticket.ticketId);
    // Mid-navigation the URL already names the next request while the old view is still shown.
    return mine ? issueViewAround(mine) : null;
  },

  readTicket(root) {
    const reporter = labelOf(queryFirst(root, REPORTER));
    const messages: ConversationMessage[] = [];
    const description = queryFirst(root, DESCRIPTION);
    if (description) messages.push({ role: 'customer', author: reporter, time: null, text: plainTextOf(description) });
    const comments = [...root.querySelectorAll(COMMENT)].sort((a, b) => commentId(a) - commentId(b));
    for (const comment of comments) {
      const body = queryFirst(comment, COMMENT_BODY);
      if (!body) continue;
      const author = labelOf(queryFirst(comment, COMMENT_AUTHOR));
      messages.push({
        role: roleOf(comment, author, reporter),
        author,
        time: comment.querySelector(COMMENT_TIME)?.getAttribute('datetime') ?? null,
        text: plainTextOf(body),
      });
    }
    const content: TicketContent = { subject: queryFirst(root, SUMMARY)?.textContent?.trim() ?? '', messages };
    const labels = LABELS.flatMap((selector) => [...root.querySelectorAll(selector)]).map(labelOf).filter(Boolean);
    if (labels.length > 0) content.tags = labels;
    return content;
  },

  /** The composer's editor, only while "Reply to customer" is its selected tab. */
  findActiveReplyEditor(root): ReplyEditor | null {
    const composer = queryRendered(root, [COMPOSER]);
    if (!composer || !replyTabSelected(composer)) return null;
    const editor = queryRendered(composer, COMPOSER_EDITOR);
    return editor ? { element: editor, kind: 'prosemirror' } : null;
  },

  /**
   * "Reply to customer" while the composer is closed. Once it is open as an internal note there is
   * none: switching tabs would make the note's text a reply to the customer.
   */
  findReplyOpener(root) {
    const composer = queryRendered(root, [COMPOSER]);
    if (!composer || composer.querySelector(COMPOSER_TAB) || queryFirst(composer, COMPOSER_EDITOR)) return null;
    return [...composer.querySelectorAll<HTMLElement>('button')].find((button) => labelOf(button) === REPLY_LABEL) ?? null;
  },
};

// Pure: an adapter script takes only jiraPage, and the registry stays out of it.
export const jira = /* @__PURE__ */ hostedAdapter(/* @__PURE__ */ helpdeskDefinition('jira'), jiraPage);
