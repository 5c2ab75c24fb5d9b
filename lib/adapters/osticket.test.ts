import { describe, expect, it } from 'vitest';
import { FIXTURE_PAGES } from '../../tests/fixtures/fixture-pages';
import { adapterForCustomOrigin } from './custom-origin';
import { osticket } from './osticket';
import { latestCustomerMessage, ticketRef } from './types';

const ORIGIN = 'https://support.northwind.test';
const ref = (ticketId: string) => ticketRef('osticket', ORIGIN, ticketId);
const page = (ticketId: string, variant: string | null = null) => new DOMParser().parseFromString(FIXTURE_PAGES.osticket(ticketId, variant)!, 'text/html');

/** The Post Internal Note tab made active, as osTicket's tab script does on a click. */
function openNoteTab(doc: Document): void {
  doc.querySelector('#response-tabs li.active')!.classList.remove('active');
  doc.querySelector('#post-note-tab')!.closest('li')!.classList.add('active');
}

describe('osticket URLs (self-hosted: only at an origin the team adds)', () => {
  it('owns no URL by its host: it has none of its own', () => {
    expect(osticket.ownsUrl(new URL(`${ORIGIN}/scp/tickets.php?id=1`))).toBe(false);
    expect(osticket.ticketFromUrl(new URL(`${ORIGIN}/scp/tickets.php?id=1`))).toBeNull();
  });

  it("reads the ticket at the team's origin, the folder osTicket lives in as its account", () => {
    expect(adapterForCustomOrigin('osticket', ORIGIN)!.ticketFromUrl(new URL(`${ORIGIN}/scp/tickets.php?id=12#note`))).toEqual(ref('12'));
    const inFolder = adapterForCustomOrigin('osticket', 'https://example.test')!.ticketFromUrl(new URL('https://example.test/support/scp/tickets.php?id=12'));
    expect(inFolder?.key).toBe('osticket:https://example.test/support#12');
  });
});

describe('osticket on the ticket page fixture', () => {
  it("reads ticket 1's subject, its thread oldest first with who wrote each entry, and its channel", () => {
    const root = osticket.findTicketRoot(page('1'), ref('1'));
    expect(root).not.toBeNull();
    const ticket = osticket.readTicket(root!);
    expect(ticket.subject).toBe('Export to CSV drops the last row');
    expect(ticket.messages.map((m) => [m.role, m.author])).toEqual([
      ['customer', 'Maya Lindqvist'],
      ['agent', 'Alex Agent'],
      ['internal', 'Alex Agent'],
      ['customer', 'Maya Lindqvist'],
    ]);
    expect(ticket.messages[0]!.time).toBe('2026-12-01T09:12:40+00:00');
    expect(ticket.channel).toBe('email');
  });

  it("gives the customer's latest message without the quoted e-mail under it, never the agent's reply or the note", () => {
    const latest = latestCustomerMessage(osticket.readTicket(osticket.findTicketRoot(page('1'), ref('1'))!).messages);
    expect(latest?.text).toBe('Firefox 128. It happens with every report over 100 rows, and it is always the totals row that goes missing.');
  });

  it("reads ticket 2 on 2's page and refuses ticket 1 there (pjax has not finished swapping, or the URL moved on)", () => {
    const doc = page('2');
    const ticket = osticket.readTicket(osticket.findTicketRoot(doc, ref('2'))!);
    expect(ticket.subject).toBe('Invoice shows the old VAT rate');
    expect(ticket.channel).toBe('web');
    expect(latestCustomerMessage(ticket.messages)?.author).toBe('Oskar Brandt');
    expect(osticket.findTicketRoot(doc, ref('1'))).toBeNull();
  });

  it('reads the thread oldest first when the agent prefers it newest first', () => {
    const doc = page('1');
    const items = doc.querySelector('#thread-items')!;
    for (const entry of [...items.children].reverse()) items.append(entry);
    const messages = osticket.readTicket(osticket.findTicketRoot(doc, ref('1'))!).messages;
    expect(messages.map((m) => m.time)).toEqual([...messages.map((m) => m.time)].sort());
    expect(latestCustomerMessage(messages)?.text).toMatch(/^Firefox 128/);
  });

  it("finds the reply's Redactor editable while Post Reply is the active tab", () => {
    const doc = page('1');
    const root = osticket.findTicketRoot(doc, ref('1'))!;
    const editor = osticket.findActiveReplyEditor(root);
    expect(editor?.kind).toBe('redactor');
    expect(editor?.element).toBe(doc.querySelector('form#reply .redactor-in'));
    expect(editor?.element.matches(osticket.editorSelector)).toBe(true);
    expect(osticket.findOpenNoteEditor!(root)).toBeNull();
    expect(osticket.findReplyOpener!(root)).toBeNull();
  });

  it('follows no editor while the internal note is open: the note is named, and Post Reply opens the reply again', () => {
    const doc = page('1');
    openNoteTab(doc);
    const root = osticket.findTicketRoot(doc, ref('1'))!;
    expect(osticket.findActiveReplyEditor(root)).toBeNull();
    expect(osticket.findOpenNoteEditor!(root)).toBe(doc.querySelector('form#note .redactor-in'));
    expect(osticket.findReplyOpener!(root)).toBe(doc.querySelector('#post-reply-tab'));
    expect(doc.querySelector('form#note .redactor-in')!.matches(osticket.editorSelector)).toBe(false);
  });

  it("falls back to the reply's textarea where Redactor did not start", () => {
    const doc = page('1');
    const box = doc.querySelector('form#reply .redactor-box')!;
    box.replaceWith(box.querySelector('textarea')!);
    doc.querySelector<HTMLTextAreaElement>('textarea#response')!.removeAttribute('style');
    const editor = osticket.findActiveReplyEditor(osticket.findTicketRoot(doc, ref('1'))!);
    expect(editor?.kind).toBe('plain');
    expect(editor?.element.id).toBe('response');
  });

  it('sends with Post Reply only, not Post Note', () => {
    const doc = page('1');
    expect([...doc.querySelectorAll<HTMLInputElement>(osticket.submitSelector)].map((button) => button.value)).toEqual(['Post Reply']);
  });

  it('finds nothing on a layout it does not know', () => {
    expect(osticket.findTicketRoot(page('1', 'unknown-layout'), ref('1'))).toBeNull();
  });
});
