import { describe, expect, it } from 'vitest';
import { freshservicePageHtml } from '../../tests/fixtures/fixture-pages';
import { FROALA_EDITABLE } from './froala-editable';
import { freshservice } from './freshservice';
import { ticketRef } from './types';

const ref = (ticketId: string) => ticketRef('freshservice', 'https://northwind.freshservice.com', ticketId);

const page = (html: string) => new DOMParser().parseFromString(html, 'text/html');

/** A Froala editable as Froala renders it once a box is open (the fixture's script is not run here). */
function openFroalaBox(doc: Document, kind: string): HTMLElement {
  const box = doc.createElement('div');
  box.setAttribute('data-fixture-box', kind);
  const editable = doc.createElement('div');
  editable.className = 'fr-element fr-view';
  editable.setAttribute('contenteditable', 'true');
  box.append(editable);
  doc.querySelector('[data-fixture-reply-outlet]')!.append(box);
  return editable;
}

describe('freshservice.ticketFromUrl', () => {
  it.each([
    ['https://northwind.freshservice.com/a/tickets/41', '41'],
    ['https://northwind.freshservice.com/a/tickets/41?current_tab=details', '41'],
    ['https://northwind.freshservice.com/helpdesk/tickets/41', '41'],
  ])('reads %s as ticket %s', (url, id) => {
    expect(freshservice.ticketFromUrl(new URL(url))?.ticketId).toBe(id);
  });

  it.each([
    'https://northwind.freshservice.com/a/tickets',
    'https://northwind.freshservice.com/support/tickets/41', // the requester portal, not the agent page
    'https://northwind.freshservice.com.evil.example/a/tickets/41',
    'https://northwind.freshdesk.com/a/tickets/41',
  ])('finds no ticket at %s', (url) => {
    expect(freshservice.ticketFromUrl(new URL(url))).toBeNull();
  });
});

describe('freshservice on the ticket page fixture', () => {
  it("finds ticket 41's page and reads its subject, and no conversation message (no public role marker)", () => {
    const doc = page(freshservicePageHtml('41'));
    const root = freshservice.findTicketRoot(doc, ref('41'));
    expect(root).not.toBeNull();
    expect(freshservice.readTicket(root!)).toEqual({ subject: 'VPN drops every 20 minutes since the client update', messages: [] });
  });

  it("reads ticket 42 on 42's page and refuses 41 there (the view still or already shows another ticket)", () => {
    const doc = page(freshservicePageHtml('42'));
    expect(freshservice.readTicket(freshservice.findTicketRoot(doc, ref('42'))!).subject).toBe('Shared mailbox for the new Lisbon office');
    expect(freshservice.findTicketRoot(doc, ref('41'))).toBeNull();
  });

  it('refuses a page showing two display ids, whichever the URL names', () => {
    const doc = page(freshservicePageHtml('41'));
    const second = doc.createElement('span');
    second.setAttribute('data-test-id', 'ticket-human-display-id');
    second.textContent = '#SR-42';
    doc.body.append(second);
    expect(freshservice.findTicketRoot(doc, ref('41'))).toBeNull();
  });

  it('reads the breadcrumb display id of the older page when the newer one is absent', () => {
    const doc = page(freshservicePageHtml('41'));
    doc.querySelector('[data-test-id="ticket-human-display-id"]')!.remove();
    const crumbs = doc.createElement('div');
    crumbs.className = 'ember-breadcrumbs';
    crumbs.append(Object.assign(doc.createElement('h3'), { textContent: '#41' }));
    doc.body.prepend(crumbs);
    expect(freshservice.findTicketRoot(doc, ref('41'))).toBe(doc.body);
  });

  it('has no reply editor until a Froala box is open, then takes it', () => {
    const doc = page(freshservicePageHtml('41'));
    const root = freshservice.findTicketRoot(doc, ref('41'))!;
    expect(freshservice.findActiveReplyEditor(root)).toBeNull();
    const editable = openFroalaBox(doc, 'reply');
    expect(freshservice.findActiveReplyEditor(root)).toEqual({ element: editable, kind: 'froala' });
    expect(editable.matches(freshservice.editorSelector)).toBe(true);
  });

  it('takes no editor when a reply and a note box are both open (nothing public tells them apart)', () => {
    const doc = page(freshservicePageHtml('41'));
    const root = freshservice.findTicketRoot(doc, ref('41'))!;
    openFroalaBox(doc, 'reply');
    openFroalaBox(doc, 'note');
    expect(root.querySelectorAll(FROALA_EDITABLE)).toHaveLength(2);
    expect(freshservice.findActiveReplyEditor(root)).toBeNull();
  });

  it('assumes no Send button (none is public): its submit selector matches nothing on the page', () => {
    const doc = page(freshservicePageHtml('41'));
    expect(doc.querySelectorAll(freshservice.submitSelector)).toHaveLength(0);
  });
});

describe('freshservice on the unknown layout', () => {
  it('finds no ticket there, so the sidebar says it cannot find the reply box', () => {
    const doc = page(freshservicePageHtml('41', 'unknown-layout'));
    expect(freshservice.findTicketRoot(doc, ref('41'))).toBeNull();
    // Its plain contenteditable composer is not taken for a reply editor either.
    expect(freshservice.findActiveReplyEditor(doc.body)).toBeNull();
  });
});
