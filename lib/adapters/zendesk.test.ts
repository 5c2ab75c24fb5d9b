import { describe, expect, it } from 'vitest';
import { loadFixture } from '../../tests/unit/load-fixture';
import { latestCustomerMessage, ticketRef } from './types';
import { zendesk } from './zendesk';

describe('zendesk.ticketFromUrl', () => {
  it.each([
    ['https://acme.zendesk.com/agent/tickets/1201', 'zendesk:https://acme.zendesk.com#1201'],
    ['https://acme.zendesk.com/agent/tickets/1201/events', 'zendesk:https://acme.zendesk.com#1201'],
    ['https://acme.zendesk.com/agent/tickets/1201?foo=1#x', 'zendesk:https://acme.zendesk.com#1201'],
    ['https://d3v-acme.zendesk.com/agent/tickets/7', 'zendesk:https://d3v-acme.zendesk.com#7'],
  ])('reads %s as %s', (url, key) => {
    expect(zendesk.ticketFromUrl(new URL(url))?.key).toBe(key);
  });

  it.each([
    'https://acme.zendesk.com/agent/dashboard',
    'https://acme.zendesk.com/agent/filters/360001',
    'https://acme.zendesk.com/agent/tickets/new/1',
    'https://acme.zendesk.com/hc/en-us/requests/1201',
    'https://acme.zendesk.com.evil.example/agent/tickets/1201',
    'https://zendesk.com/agent/tickets/1201',
    'https://acme.freshdesk.com/a/tickets/1201',
  ])('finds no ticket at %s', (url) => {
    expect(zendesk.ticketFromUrl(new URL(url))).toBeNull();
  });
});

describe('zendesk on the Agent Workspace fixture (two tickets mounted)', () => {
  const doc = loadFixture('zendesk/agent-workspace.html');
  const t1201 = ticketRef('zendesk', 'https://demo.zendesk.com', '1201');
  const t1202 = ticketRef('zendesk', 'https://demo.zendesk.com', '1202');

  it("scopes each ticket to its own pane, and ticket 1201's pane holds nothing of 1202's", () => {
    const pane1201 = zendesk.findTicketRoot(doc, t1201)!;
    const pane1202 = zendesk.findTicketRoot(doc, t1202)!;
    expect(pane1201).not.toBeNull();
    expect(pane1202).not.toBeNull();
    expect(pane1201).not.toBe(pane1202);
    expect(pane1201.contains(pane1202)).toBe(false);
    expect(pane1202.contains(pane1201)).toBe(false);
  });

  it("reads ticket 1201's subject and conversation with roles, skipping system messages", () => {
    const content = zendesk.readTicket(zendesk.findTicketRoot(doc, t1201)!);
    expect(content.subject).toBe('License key rejected after upgrading to 4.2.1');
    const roles = content.messages.map((m) => m.role);
    expect(roles).toContain('customer');
    expect(roles).toContain('agent');
    expect(roles).toContain('internal');
    for (const message of content.messages) expect(message.text).not.toMatch(/<[a-z]/i);
  });

  it("gives the customer's latest message without the quoted email history", () => {
    const latest = latestCustomerMessage(zendesk.readTicket(zendesk.findTicketRoot(doc, t1201)!).messages)!;
    expect(latest.author).toBe('Marta Kowalski');
    expect(latest.time).toBe('2026-11-18T08:47:00Z');
    expect(latest.text).toContain('LK-403');
    expect(latest.text).not.toContain('wrote:');
    expect(latest.text).not.toContain('first six characters');
  });

  it("never shows ticket 1201's customer message for ticket 1202", () => {
    const latest1202 = latestCustomerMessage(zendesk.readTicket(zendesk.findTicketRoot(doc, t1202)!).messages)!;
    expect(latest1202.author).not.toBe('Marta Kowalski');
    expect(latest1202.text).not.toContain('LK-403');
  });

  it("finds each pane's own reply editor", () => {
    const editor1201 = zendesk.findActiveReplyEditor(zendesk.findTicketRoot(doc, t1201)!);
    const editor1202 = zendesk.findActiveReplyEditor(zendesk.findTicketRoot(doc, t1202)!);
    expect(editor1201?.kind).toBe('ckeditor5');
    expect(editor1201?.element.matches('[data-test-id="omnicomposer-rich-text-ckeditor"]')).toBe(true);
    expect(editor1202?.element).toBeTruthy();
    expect(editor1201?.element).not.toBe(editor1202?.element);
  });

  it("reads each ticket's own tags, from the newer and the older Tags field, and the channel of the latest message", () => {
    const t1201Content = zendesk.readTicket(zendesk.findTicketRoot(doc, t1201)!);
    const t1202Content = zendesk.readTicket(zendesk.findTicketRoot(doc, t1202)!);
    expect(t1201Content.tags).toEqual(['activation', 'licensing', 'v4_2']);
    expect(t1202Content.tags).toEqual(['crash', 'pdf_export', 'windows']);
    expect(t1201Content.channel).toBe('email');
  });

  it('reads no tags or channel where the page shows none', () => {
    const bare = loadFixture('zendesk/agent-workspace.html');
    for (const el of bare.querySelectorAll('[data-test-id^="ticket-system-field-tags"],[data-test-id="ticket-fields-tags"]')) el.remove();
    for (const el of bare.querySelectorAll('[data-originated-from]')) el.removeAttribute('data-originated-from');
    const content = zendesk.readTicket(zendesk.findTicketRoot(bare, t1201)!);
    expect(content.tags).toBeUndefined();
    expect(content.channel).toBeUndefined();
    expect(content.messages.length).toBeGreaterThan(0);
  });

  it('finds no root for a ticket that is not mounted while another pane is active', () => {
    expect(zendesk.findTicketRoot(doc, ticketRef('zendesk', 'https://demo.zendesk.com', '999'))).toBeNull();
  });

  it("still finds each ticket's own pane when the pane class changes and the anchor is a small element in it", () => {
    const renamed = loadFixture('zendesk/agent-workspace.html');
    for (const wrapper of renamed.querySelectorAll('[data-side-conversations-anchor-id]')) {
      // The anchor becomes a leaf beside the conversation rather than its wrapper.
      const anchor = renamed.createElement('div');
      anchor.setAttribute('data-side-conversations-anchor-id', wrapper.getAttribute('data-side-conversations-anchor-id')!);
      wrapper.removeAttribute('data-side-conversations-anchor-id');
      wrapper.querySelector('aside')!.append(anchor);
    }
    for (const el of renamed.querySelectorAll('.ticket-panes-grid-layout')) el.classList.remove('ticket-panes-grid-layout');
    const pane1201 = zendesk.findTicketRoot(renamed, t1201)!;
    const pane1202 = zendesk.findTicketRoot(renamed, t1202)!;
    expect(pane1201.contains(pane1202)).toBe(false);
    expect(pane1202.contains(pane1201)).toBe(false);
    expect(latestCustomerMessage(zendesk.readTicket(pane1201).messages)?.text).toContain('LK-403');
    expect(latestCustomerMessage(zendesk.readTicket(pane1202).messages)?.text).not.toContain('LK-403');
    expect(zendesk.readTicket(pane1201).subject).toBe(zendesk.readTicket(zendesk.findTicketRoot(doc, t1201)!).subject);
    const editor1201 = zendesk.findActiveReplyEditor(pane1201)?.element;
    expect(editor1201).toBeTruthy();
    expect(pane1202.contains(editor1201!)).toBe(false);
  });

  it('finds nothing on a page whose test ids were all renamed (a helpdesk UI update)', () => {
    const renamed = loadFixture('zendesk/agent-workspace.html');
    for (const el of renamed.querySelectorAll('[data-test-id],[data-side-conversations-anchor-id],[data-is-active]')) {
      el.removeAttribute('data-test-id');
      el.removeAttribute('data-side-conversations-anchor-id');
      el.removeAttribute('data-is-active');
    }
    expect(zendesk.findTicketRoot(renamed, t1201)).toBeNull();
  });
});
