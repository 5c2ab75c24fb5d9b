import { describe, expect, it } from 'vitest';
import { loadFixture } from '../../tests/unit/load-fixture';
import { freshdesk } from './freshdesk';
import { latestCustomerMessage, ticketRef } from './types';

describe('freshdesk.ticketFromUrl', () => {
  it.each([
    ['https://acme.freshdesk.com/a/tickets/301', 'freshdesk:https://acme.freshdesk.com#301'],
    ['https://acme.freshdesk.com/a/tickets/301/edit', 'freshdesk:https://acme.freshdesk.com#301'],
    ['https://acme.freshdesk.com/helpdesk/tickets/301', 'freshdesk:https://acme.freshdesk.com#301'],
    ['https://acme.freshdesk.com/a/tickets/301?current_tab=conversations', 'freshdesk:https://acme.freshdesk.com#301'],
  ])('reads %s as %s', (url, key) => {
    expect(freshdesk.ticketFromUrl(new URL(url))?.key).toBe(key);
  });

  it.each([
    'https://acme.freshdesk.com/a/tickets',
    'https://acme.freshdesk.com/a/tickets/filters/all_tickets',
    'https://acme.freshdesk.com/a/dashboard/default',
    'https://acme.freshdesk.com/support/tickets/301',
    'https://acme.freshdesk.com.evil.example/a/tickets/301',
    'https://acme.zendesk.com/a/tickets/301',
  ])('finds no ticket at %s', (url) => {
    expect(freshdesk.ticketFromUrl(new URL(url))).toBeNull();
  });
});

describe('freshdesk on the ticket view fixture', () => {
  const doc = loadFixture('freshdesk/ticket-view.html');
  const t301 = ticketRef('freshdesk', 'https://demo.freshdesk.com', '301');

  it('reads the subject and the conversation with requester, agent and private-note roles', () => {
    const root = freshdesk.findTicketRoot(doc, t301)!;
    expect(root).not.toBeNull();
    const content = freshdesk.readTicket(root);
    expect(content.subject).toBe('Outlook calendar stopped syncing after password change');
    expect(content.messages[0]).toMatchObject({ role: 'customer', author: 'Aiko Tanaka', time: '2026-11-16T14:03:00Z' });
    const roles = content.messages.map((m) => m.role);
    expect(roles).toEqual(expect.arrayContaining(['customer', 'agent', 'internal']));
    expect(content.messages.filter((m) => m.text.includes('Slotwise page'))).toHaveLength(1);
  });

  it("gives the requester's latest reply without the quoted thread", () => {
    const latest = latestCustomerMessage(freshdesk.readTicket(freshdesk.findTicketRoot(doc, t301)!).messages)!;
    expect(latest.text).toContain('0x80070005');
    expect(latest.text).not.toContain('wrote:');
    expect(latest.text).not.toContain('disconnect Outlook');
  });

  it("still knows the requester's entries when the marker class moves to a wrapper around the entry", () => {
    const moved = loadFixture('freshdesk/ticket-view.html');
    for (const entry of moved.querySelectorAll('.ticket-details__item.ticket-details__requestor')) {
      entry.classList.remove('ticket-details__requestor');
      const wrapper = moved.createElement('div');
      wrapper.className = 'ticket-details__requestor';
      entry.replaceWith(wrapper);
      wrapper.append(entry);
    }
    const latest = latestCustomerMessage(freshdesk.readTicket(freshdesk.findTicketRoot(moved, t301)!).messages)!;
    expect(latest.text).toContain('0x80070005');
  });

  it('refuses to read a view that still shows another ticket (mid-navigation)', () => {
    expect(freshdesk.findTicketRoot(doc, ticketRef('freshdesk', 'https://demo.freshdesk.com', '302'))).toBeNull();
  });

  it('has no reply editor until Reply is clicked, and knows the button that opens it', () => {
    const root = freshdesk.findTicketRoot(doc, t301)!;
    expect(freshdesk.findActiveReplyEditor(root)).toBeNull();
    expect(freshdesk.findReplyOpener?.(root)?.textContent).toBe('Reply');
  });

  it('finds the Froala editable once the reply box is open', () => {
    const root = freshdesk.findTicketRoot(doc, t301)!;
    const box = doc.createElement('div');
    box.setAttribute('data-test-id', 'active-editor');
    const editable = doc.createElement('div');
    editable.className = 'fr-element fr-view';
    editable.setAttribute('contenteditable', 'true');
    box.append(editable);
    root.append(box);
    expect(freshdesk.findActiveReplyEditor(root)).toEqual({ element: editable, kind: 'froala' });
  });
});
