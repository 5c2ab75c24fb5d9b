import { afterEach, describe, expect, it } from 'vitest';
import { ZOHODESK_TICKET_IDS, zohoDeskPageHtml } from '../../tests/fixtures/fixture-pages';
import { helpdeskDefinition } from './registry';
import { zohodesk } from './zohodesk';
import { ticketRef } from './types';

const ref = (ticketId: string) => ticketRef('zohodesk', 'https://desk.zoho.eu', ticketId, 'northwind');

const [T1044, T1045] = ZOHODESK_TICKET_IDS;
const parse = (html: string) => new DOMParser().parseFromString(html, 'text/html');

/**
 * The fixture's markup in this window's own document: only there can happy-dom give an iframe a
 * document of its own (from srcdoc; the real editor frame is an about:blank one Zoho writes into).
 */
function showInWindow(html: string): Document {
  document.body.replaceChildren(...[...parse(html).body.childNodes].map((node) => document.importNode(node, true)));
  return document;
}

/** An editor frame as Zoho builds one in a ticket's composer outlet; its body editable or not. */
function openEditorFrame(doc: Document, ticketId: string, editable = true): HTMLIFrameElement {
  const frame = doc.createElement('iframe');
  frame.className = 'KB_Editor_iframe';
  frame.setAttribute('name', 'deskEditor_New');
  frame.setAttribute('srcdoc', editable ? '<body contenteditable="true"><div>Hi Hanna,</div></body>' : '<body></body>');
  doc.querySelector(`[data-id="subTab_${ticketId}"] [data-fixture-composer-outlet]`)!.append(frame);
  return frame;
}

afterEach(() => document.body.replaceChildren());

/** The portal (the account) and record id of a URL on Zoho Desk's own hosts, as its registry row reads it. */
const zohoDeskTicket = (url: URL) => (zohodesk.ownsUrl(url) ? helpdeskDefinition('zohodesk').ticketFromUrl(url) : null);

describe("zoho desk's URLs", () => {
  it.each([
    ['https://desk.zoho.com/agent/acme/support/tickets/details/123400000456789', 'acme', '123400000456789'],
    ['https://desk.zoho.eu/agent/Northwind/customer-support/tickets/details/81234000001234567', 'northwind', '81234000001234567'],
    ['https://desk.zoho.in/agent/acme/all/tickets/details/1260212000047145349/', 'acme', '1260212000047145349'],
    ['https://desk.zoho.com.au/agent/acme/soporte/tickets/details/42?tab=history', 'acme', '42'],
    ['https://desk.zoho.jp/agent/acme/support/tickets/details/42', 'acme', '42'],
  ])('reads %s as portal %s, ticket %s', (url, account, ticketId) => {
    expect(zohoDeskTicket(new URL(url))).toEqual({ account, ticketId });
  });

  it("keys a ticket by its data centre's origin, portal and record id", () => {
    expect(zohodesk.ticketFromUrl(new URL('https://desk.zoho.eu/agent/northwind/support/tickets/details/42'))?.key).toBe('zohodesk:https://desk.zoho.eu/northwind#42');
    expect(zohodesk.ticketFromUrl(new URL('https://desk.zoho.com/agent/northwind/support/tickets/details/42'))?.key).toBe('zohodesk:https://desk.zoho.com/northwind#42');
  });

  it('keys a ticket by portal and record id, not by the department it was opened from', () => {
    const bySupport = zohoDeskTicket(new URL('https://desk.zoho.com/agent/acme/support/tickets/details/42'));
    expect(zohoDeskTicket(new URL('https://desk.zoho.com/agent/acme/all/tickets/details/42'))).toEqual(bySupport);
  });

  it.each([
    'https://desk.zoho.com/agent/acme/support/tickets/list/all-cases',
    'https://desk.zoho.com/agent/acme/support/tickets/details/', // no id
    'https://desk.zoho.com/support/acme/ShowHomePage.do#Cases/dv/123400000456789', // the classic UI: not supported
    'https://desk.zoho.com.evil.example/agent/acme/support/tickets/details/42',
    'https://evil.desk.zoho.com/agent/acme/support/tickets/details/42',
    'https://crm.zoho.com/agent/acme/support/tickets/details/42',
  ])('finds no ticket at %s', (url) => {
    expect(zohoDeskTicket(new URL(url))).toBeNull();
  });
});

describe('zoho desk on the two-tab fixture', () => {
  it("reads the shown ticket's detail view: its subject, and no conversation message (no public role marker)", () => {
    const doc = parse(zohoDeskPageHtml(T1044));
    const root = zohodesk.findTicketRoot(doc, ref(T1044));
    expect(root?.getAttribute('data-id')).toBe(`subTab_${T1044}`);
    expect(zohodesk.readTicket(root!)).toEqual({ subject: 'Parcel marked as delivered but never arrived', messages: [] });
  });

  it("reads ticket 1045's view on its URL and never ticket 1044's hidden one for it", () => {
    const doc = parse(zohoDeskPageHtml(T1045));
    expect(zohodesk.readTicket(zohodesk.findTicketRoot(doc, ref(T1045))!).subject).toBe('Promo code SPRING20 rejected at checkout');
    // 1044's view is mounted but hidden: mid-switch, the URL's ticket is the only one read.
    expect(zohodesk.findTicketRoot(doc, ref(T1044))).toBeNull();
  });

  it('finds nothing for a ticket with no detail view, and nothing when two are shown for one id', () => {
    const doc = parse(zohoDeskPageHtml(T1044));
    expect(zohodesk.findTicketRoot(doc, ref('99'))).toBeNull();
    const copy = doc.querySelector(`[data-id="subTab_${T1044}"]`)!.cloneNode(true);
    doc.querySelector('.zd_v2-detailviewlayout-container')!.append(copy);
    expect(zohodesk.findTicketRoot(doc, ref(T1044))).toBeNull();
  });

  it('knows the Reply All button of the ticket while its composer is closed', () => {
    const doc = parse(zohoDeskPageHtml(T1044));
    const root = zohodesk.findTicketRoot(doc, ref(T1044))!;
    expect(zohodesk.findActiveReplyEditor(root)).toBeNull();
    expect(zohodesk.findReplyOpener?.(root)?.textContent).toBe('Reply All');
  });

  it("takes the editor frame's editable body as the reply editor, inside the frame's own document", () => {
    const doc = showInWindow(zohoDeskPageHtml(T1044));
    const frame = openEditorFrame(doc, T1044);
    const root = zohodesk.findTicketRoot(doc, ref(T1044))!;
    const editor = zohodesk.findActiveReplyEditor(root);
    expect(editor?.kind).toBe('iframe-contenteditable');
    expect(editor?.element).toBe(frame.contentDocument!.body);
    expect(editor?.element.ownerDocument).not.toBe(doc);
    expect(frame.matches(zohodesk.editorSelector)).toBe(true);
  });

  it('takes no editor while the frame is not yet editable, nor from a hidden ticket view', () => {
    const doc = showInWindow(zohoDeskPageHtml(T1044));
    openEditorFrame(doc, T1044, false);
    expect(zohodesk.findActiveReplyEditor(zohodesk.findTicketRoot(doc, ref(T1044))!)).toBeNull();
    openEditorFrame(doc, T1045);
    const hidden = doc.querySelector(`[data-id="subTab_${T1045}"]`)!;
    expect(zohodesk.findActiveReplyEditor(hidden)).toBeNull();
  });

  it('takes no editor when a reply and a comment frame are both open (nothing public tells them apart), nor calls the box closed', () => {
    const doc = showInWindow(zohoDeskPageHtml(T1044));
    openEditorFrame(doc, T1044);
    openEditorFrame(doc, T1044);
    const root = zohodesk.findTicketRoot(doc, ref(T1044))!;
    expect(zohodesk.findActiveReplyEditor(root)).toBeNull();
    // Reply All is still on the page, but the reply box is not closed: the sidebar says it can't find it.
    expect(zohodesk.findReplyOpener?.(root)).toBeNull();
  });

  it("matches the composer's Send button", () => {
    const doc = parse(zohoDeskPageHtml(T1044));
    const send = doc.createElement('div');
    send.setAttribute('data-title', 'Send');
    expect(send.matches(zohodesk.submitSelector)).toBe(true);
  });
});

describe('zoho desk on the unknown layout', () => {
  it('finds no ticket there, so the sidebar says it cannot find the reply box', () => {
    const doc = parse(zohoDeskPageHtml(T1044, 'unknown-layout'));
    expect(zohodesk.findTicketRoot(doc, ref(T1044))).toBeNull();
    expect(zohodesk.findActiveReplyEditor(doc.body)).toBeNull();
  });
});
