import { describe, expect, it } from 'vitest';
import { ZAMMAD_TICKETS } from '../../tests/fixtures/zammad/zammad-tickets';
import { loadFixture } from '../../tests/unit/load-fixture';
import { latestCustomerMessage, ticketRef } from './types';
import { zammad } from './zammad';

const t42 = ticketRef('zammad', 'https://support.example.test', '42');
const t43 = ticketRef('zammad', 'https://support.example.test', '43');

describe('zammad on the classic ticket zoom fixture (two tasks mounted)', () => {
  const doc = loadFixture('zammad/ticket-zoom.html');

  it("scopes each ticket to its own task, and ticket 42's task holds nothing of 43's", () => {
    const task42 = zammad.findTicketRoot(doc, t42)!;
    const task43 = zammad.findTicketRoot(doc, t43)!;
    expect(task42.id).toBe('content_permanent_Ticket-42');
    expect(task43.id).toBe('content_permanent_Ticket-43');
    expect(task42.contains(task43)).toBe(false);
    expect(task43.contains(task42)).toBe(false);
  });

  it('finds no root for a ticket that is not open as a task, even while another task is shown', () => {
    expect(zammad.findTicketRoot(doc, ticketRef('zammad', 'https://support.example.test', '44'))).toBeNull();
    expect(zammad.findTicketRoot(doc, ticketRef('zammad', 'https://support.example.test', '4'))).toBeNull();
  });

  it.each(['42', '43'] as const)("reads ticket %s's title, tags, channel and its conversation with roles", (id) => {
    const content = zammad.readTicket(zammad.findTicketRoot(doc, ticketRef('zammad', 'https://support.example.test', id))!);
    const expected = ZAMMAD_TICKETS[id];
    expect(content.subject).toBe(expected.subject);
    expect(content.tags).toEqual(expected.tags);
    expect(content.channel).toBe(expected.channel);
    expect(content.messages[0]).toMatchObject({ role: 'customer', author: expected.customer });
    expect(content.messages[0]!.text).toContain(expected.firstMessageSays);
    for (const message of content.messages) expect(message.text).not.toMatch(/<[a-z]/i);
  });

  it("gives the customer's latest message without the quoted history, and skips the trigger's system article", () => {
    const content = zammad.readTicket(zammad.findTicketRoot(doc, t42)!);
    expect(content.messages.map((m) => m.role)).toEqual(['customer', 'agent', 'internal', 'customer']);
    expect(content.messages.some((m) => m.text.includes('We have received your request'))).toBe(false);
    const latest = latestCustomerMessage(content.messages)!;
    expect(latest).toMatchObject({ author: 'Ingrid Halvorsen', time: '2026-12-01T06:05:00Z' });
    expect(latest.text).toContain(ZAMMAD_TICKETS['42'].latestMessageSays);
    expect(latest.text).not.toContain(ZAMMAD_TICKETS['42'].quotedHistorySays);
    expect(latest.text).not.toContain('wrote:');
  });

  it("never shows ticket 42's words for ticket 43, though 42's task is the one shown", () => {
    const content43 = zammad.readTicket(zammad.findTicketRoot(doc, t43)!);
    const latest43 = latestCustomerMessage(content43.messages)!;
    expect(latest43.author).toBe('Kwame Mensah');
    expect(JSON.stringify(content43)).not.toContain('E-214');
    expect(content43.messages.some((m) => m.role === 'internal')).toBe(false);
  });

  it("reads an internal note by the older template's bubble class too", () => {
    const older = loadFixture('zammad/ticket-zoom.html');
    const note = older.getElementById('article-1306')!;
    note.classList.remove('is-internal');
    note.querySelector('.textBubble')!.classList.add('text-bubble', 'internal');
    const roles = zammad.readTicket(zammad.findTicketRoot(older, t42)!).messages.map((m) => m.role);
    expect(roles).toEqual(['customer', 'agent', 'internal', 'customer']);
  });

  it('reads no author from an article without a From line, rather than guessing one', () => {
    const content = zammad.readTicket(zammad.findTicketRoot(doc, t42)!);
    expect(content.messages[2]).toMatchObject({ role: 'internal', author: '' });
  });

  it("finds ticket 42's public reply box, a Zammad contenteditable inside 42's own task", () => {
    const task42 = zammad.findTicketRoot(doc, t42)!;
    const editor = zammad.findActiveReplyEditor(task42);
    expect(editor?.kind).toBe('contenteditable');
    expect(editor?.element.matches('.articleNewEdit-body[data-name="body"]')).toBe(true);
    expect(task42.contains(editor!.element)).toBe(true);
    expect(editor!.element.matches(zammad.editorSelector)).toBe(true);
    expect(task42.querySelector(zammad.submitSelector)?.textContent?.trim()).toBe('Update');
  });

  it("offers no reply box while ticket 43's box is an internal note, and opens a reply from the customer's latest article", () => {
    const task43 = zammad.findTicketRoot(doc, t43)!;
    expect(zammad.findActiveReplyEditor(task43)).toBeNull();
    const opener = zammad.findReplyOpener!(task43)!;
    expect(opener.getAttribute('data-type')).toBe('emailReply');
    expect(opener.closest('.ticket-article-item')?.id).toBe('article-1327');
  });

  it('never offers to turn an internal note the agent has started into a public reply', () => {
    const started = loadFixture('zammad/ticket-zoom.html');
    const task43 = zammad.findTicketRoot(started, t43)!;
    task43.querySelector('.articleNewEdit-body')!.textContent = 'Billing says the switch was never keyed in.';
    expect(zammad.findActiveReplyEditor(task43)).toBeNull();
    expect(zammad.findReplyOpener!(task43)).toBeNull();
  });

  it('follows the visibility toggle: the same box becomes the reply box once it is public, and stops being one when internal', () => {
    const toggled = loadFixture('zammad/ticket-zoom.html');
    const task42 = zammad.findTicketRoot(toggled, t42)!;
    const form = task42.querySelector('form.article-add')!;
    form.classList.replace('is-public', 'is-internal');
    expect(zammad.findActiveReplyEditor(task42)).toBeNull();
    form.classList.replace('is-internal', 'is-public');
    expect(zammad.findActiveReplyEditor(task42)).not.toBeNull();
    // Without either class, the hidden input says which it is.
    form.classList.remove('is-public');
    (form.querySelector('input[name="internal"]') as HTMLInputElement).value = 'true';
    expect(zammad.findActiveReplyEditor(task42)).toBeNull();
  });
});

describe('zammad on a page it does not understand', () => {
  it('finds no ticket root in the new desktop UI, so the sidebar says so instead of writing into its editor', () => {
    const desktop = loadFixture('zammad/unknown-layout.html');
    expect(zammad.findTicketRoot(desktop, t42)).toBeNull();
  });

  it('reads nothing and finds no reply box in a task whose classes were all renamed (a Zammad update)', () => {
    const renamed = loadFixture('zammad/ticket-zoom.html');
    for (const el of renamed.querySelectorAll('[class]')) el.setAttribute('class', 'x-renamed');
    const task42 = zammad.findTicketRoot(renamed, t42)!;
    expect(zammad.readTicket(task42)).toEqual({ subject: '', messages: [] });
    expect(zammad.findActiveReplyEditor(task42)).toBeNull();
    expect(zammad.findReplyOpener!(task42)).toBeNull();
  });
});
