/**
 * Zoho Desk (https://desk.zoho.{com,eu,in,com.au,jp}/agent/PORTAL/DEPT/tickets/details/ID), the
 * "zd_v2" agent UI. The account is the portal in the path, not a subdomain; the id in the URL is the
 * ticket's long record id (the "#1044" the page shows is another number), and the department part
 * changes with the view the ticket was opened from, so it is no part of the ticket's identity.
 *
 * Class names carry build hashes beside stable "zd_v2-<component>-<part>" names and data-id values;
 * only the stable ones are used. Several tickets can be open as sub-tabs, each detail view named by
 * the record id, so everything is scoped to the URL's ticket's view.
 *
 * Thin evidence, degraded on purpose (public code gathered 2026-12):
 * - no public selector says who wrote a thread (customer or agent) or marks a private comment, so no
 *   conversation message is read: the sidebar works from the subject, never from words it might
 *   wrongly call the customer's;
 * - the reply editor is Zoho's own (ZohoDeskEditor around Squire) in a same-origin iframe; its
 *   editable is the iframe document's body. The comment (note) editor is likely the same component:
 *   with two editor frames open, nothing public tells the reply from the note, and no editor is
 *   taken (the sidebar says it can't find the reply box) rather than write into a note;
 * - "Send" is found by its tooltip text, which may be translated in other UI languages.
 */
import { isRendered, queryFirst, queryRendered } from './dom-query';
import { helpdeskDefinition } from './registry';
import { hostedAdapter, type HelpdeskPageReader, type TicketContent } from './types';

/** One ticket's detail view, named by the record id in the URL (`ID`). */
const DETAIL_VIEW = [
  '.zd_v2-ticketdetailview-container[data-id="subTab_ID"]', // one per open ticket sub-tab (a public Zoho Desk overlay's tests, 2026)
];
const SUBJECT = [
  '[data-id="caseSubjectText"]', // the subject heading, text and data-title (clockify/browser-extension src/integrations/zohodesk.js, 2025-04)
];
const REPLY_OPENER = [
  'button[data-id="replyOption_Reply All"]', // "Reply All" under the thread (a public Selenium page object for the agent UI, ZohoConversation.java)
];
/** Zoho's editor frame; the editable is its document's body (ZohoDeskEditor.prototype.createEditor, public copy). */
const EDITOR_FRAME = 'iframe.KB_Editor_iframe[name="deskEditor_New"]'; // also clockify zohodesk.js (2025-04) and a public overlay (2025)
const SUBMIT = [
  'div[data-title="Send"]', // the composer's Send (ZohoConversation.java); data-title is the tooltip, in the UI's language
];

function openFrames(root: Element): HTMLIFrameElement[] {
  return [...root.querySelectorAll<HTMLIFrameElement>(EDITOR_FRAME)].filter(isRendered);
}

/** The editable body of a same-origin editor frame, once Zoho has made it editable. */
function editableBodyOf(frame: HTMLIFrameElement): HTMLElement | null {
  let body: HTMLElement | null | undefined;
  try {
    body = frame.contentDocument?.body;
  } catch {
    return null; // a cross-origin frame is not Zoho's editor
  }
  return body && (body.isContentEditable || body.getAttribute('contenteditable') === 'true') ? body : null;
}

/** What zohodesk's pages hold; its adapter script carries only this (see provided-adapter.ts). */
export const zohodeskPage: HelpdeskPageReader = {
  editorSelector: EDITOR_FRAME,
  submitSelector: SUBMIT.join(','),

  findTicketRoot(doc, ticket) {
    for (const selector of DETAIL_VIEW) {
      const views = [...doc.querySelectorAll(selector.replace('ID', CSS.escape(ticket.ticketId)))].filter(isRendered);
      // Fails closed: no view for this id (mid-switch, or the layout changed), or two shown at once.
      if (views.length === 1 && queryFirst(views[0]!, SUBJECT)) return views[0]!;
      if (views.length > 1) return null;
    }
    return null;
  },

  readTicket(root): TicketContent {
    const heading = queryFirst(root, SUBJECT);
    const subject = heading?.getAttribute('data-title')?.trim() || heading?.textContent?.trim() || '';
    return { subject, messages: [] };
  },

  findReplyOpener(root) {
    // Reply All stays on the page while a composer is open: the box counts as closed only with no editor frame.
    return openFrames(root).length ? null : queryRendered<HTMLElement>(root, REPLY_OPENER);
  },

  findActiveReplyEditor(root) {
    const frames = openFrames(root);
    const body = frames.length === 1 ? editableBodyOf(frames[0]!) : null;
    return body ? { element: body, kind: 'iframe-contenteditable' } : null;
  },
};

// Pure: an adapter script takes only zohodeskPage, and the registry stays out of it.
export const zohodesk = /* @__PURE__ */ hostedAdapter(/* @__PURE__ */ helpdeskDefinition('zohodesk'), zohodeskPage);
