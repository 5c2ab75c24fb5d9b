import { describe, expect, it } from 'vitest';
import { loadFixture } from '../../tests/unit/load-fixture';
import { freescout } from './freescout';
import { latestCustomerMessage, ticketRef } from './types';

const ORIGIN = 'https://help.example.test';
const c1 = ticketRef('freescout', ORIGIN, '1');
const c2 = ticketRef('freescout', ORIGIN, '2');

/** Conversation 1's page with its reply block switched as FreeScout's Note or Forward action does (main.js). */
function conversation1(blockClass?: 'conv-note-block' | 'conv-forward-block'): { doc: Document; root: Element; block: Element } {
  const doc = loadFixture('freescout/conversation-1.html');
  const root = freescout.findTicketRoot(doc, c1)!;
  const block = root.querySelector('.conv-reply-block')!;
  if (blockClass) block.classList.add(blockClass);
  return { doc, root, block };
}

describe('freescout on its real agent page (fixtures saved from FreeScout 1.8.145)', () => {
  it('reads the conversation URL a team’s own FreeScout serves, and nothing else', () => {
    expect(freescout.definition.ticketFromUrl(new URL(`${ORIGIN}/conversation/1?folder_id=1`))).toEqual({ account: '', ticketId: '1' });
    expect(freescout.definition.ticketFromUrl(new URL(`${ORIGIN}/conversation/12#thread-40`))).toEqual({ account: '', ticketId: '12' });
    expect(freescout.definition.ticketFromUrl(new URL(`${ORIGIN}/mailbox/1/1`))).toBeNull();
    expect(freescout.definition.ticketFromUrl(new URL(`${ORIGIN}/conversation/ajax-html/merge_conv`))).toBeNull();
    // Self-hosted: no domain of its own, so no URL is FreeScout's until a team adds its origin.
    expect(freescout.ticketFromUrl(new URL(`${ORIGIN}/conversation/1`))).toBeNull();
  });

  it('finds the conversation only on the page that names it on <body>', () => {
    const doc = loadFixture('freescout/conversation-1.html');
    expect(freescout.findTicketRoot(doc, c1)?.id).toBe('conv-layout');
    expect(freescout.findTicketRoot(doc, c2)).toBeNull();
    expect(freescout.findTicketRoot(loadFixture('freescout/conversation-2.html'), c2)?.id).toBe('conv-layout');
  });

  it('reads subject, channel and the threads oldest first, by customer / agent / internal note', () => {
    const content = freescout.readTicket(conversation1().root);
    expect(content.subject).toBe('Export to CSV fails with error E-409');
    expect(content.channel).toBe('email');
    expect(content.tags).toBeUndefined();
    expect(content.messages.map((m) => [m.role, m.author])).toEqual([
      ['customer', 'Marta Lindqvist'],
      ['agent', 'you'],
      ['internal', 'you'],
      ['customer', 'Marta Lindqvist'],
    ]);
    expect(content.messages[0]!.text).toBe('Hi, exporting the March invoices to CSV stops at 80% with error E-409.');
    expect(content.messages[2]!.text).toContain('export timeout');
    for (const message of content.messages) expect(message.text).not.toMatch(/<[a-z]/i);
  });

  it("gives the customer's latest message without the quoted history under it", () => {
    const latest = latestCustomerMessage(freescout.readTicket(conversation1().root).messages)!;
    expect(latest.text).toContain('I use Firefox 128');
    expect(latest.text).not.toContain('which browser you use');
  });

  it("reads a customer's thread that arrived while the page was open, in FreeScout's new-thread wrapper at the top", () => {
    const { doc, root } = conversation1();
    // main.js (RealtimeConvNewThread): the thread's HTML in <div class="thread thread-type-new">, prepended.
    const wrapper = doc.createElement('div');
    wrapper.className = 'thread thread-type-new';
    const arrived = root.querySelector('#thread-1')!.cloneNode(true) as Element;
    arrived.id = 'thread-9';
    arrived.querySelector('.thread-content')!.textContent = 'Update: it works in Chrome, so it is Firefox only.';
    const view = doc.createElement('a');
    view.className = 'view-new-trigger';
    view.textContent = 'View new message';
    wrapper.append(arrived, view);
    root.querySelector('#conv-layout-main')!.prepend(wrapper);
    const content = freescout.readTicket(root);
    expect(content.messages).toHaveLength(5);
    expect(latestCustomerMessage(content.messages)!.text).toBe('Update: it works in Chrome, so it is Firefox only.');
  });

  it('finds the open reply box, Summernote’s editable inside the conversation, and its Send Reply button', () => {
    const { root } = conversation1();
    const editor = freescout.findActiveReplyEditor(root)!;
    expect(editor.kind).toBe('summernote');
    expect(editor.element.matches('.note-editable')).toBe(true);
    expect(editor.element.matches(freescout.editorSelector)).toBe(true);
    expect(root.contains(editor.element)).toBe(true);
    expect(root.querySelector(freescout.submitSelector)?.textContent).toBe('Send Reply');
    expect(freescout.findReplyOpener!(root)).toBeNull();
    expect(freescout.findOpenNoteEditor!(root)).toBeNull();
  });

  it('offers the Reply action while the block is hidden, as the page loads', () => {
    const root = freescout.findTicketRoot(loadFixture('freescout/conversation-2.html'), c2)!;
    expect(freescout.findActiveReplyEditor(root)).toBeNull();
    expect(freescout.findReplyOpener!(root)?.getAttribute('aria-label')).toBe('Reply');
    expect(latestCustomerMessage(freescout.readTicket(root).messages)!.text).toContain('duplicate charge of 120 EUR');
  });

  it('does not take a note for the reply: no reply box, no Reply to switch it to, and the note’s editable named as such', () => {
    const { root, block } = conversation1('conv-note-block');
    expect(freescout.findActiveReplyEditor(root)).toBeNull();
    expect(freescout.findReplyOpener!(root)).toBeNull();
    expect(freescout.findOpenNoteEditor!(root)).toBe(block.querySelector('.note-editable'));
  });

  it('does not take a forward for the reply either, nor for a note', () => {
    const { root } = conversation1('conv-forward-block');
    expect(freescout.findActiveReplyEditor(root)).toBeNull();
    expect(freescout.findOpenNoteEditor!(root)).toBeNull();
  });
});

describe('freescout on a page it does not understand', () => {
  it('reads nothing and finds no reply box, note or Reply action where every class was renamed', () => {
    const doc = loadFixture('freescout/unknown-layout.html');
    expect(freescout.findTicketRoot(doc, c1)).toBeNull();
    const renamed = loadFixture('freescout/conversation-1.html');
    for (const el of renamed.querySelectorAll('[class]')) el.setAttribute('class', 'x-renamed');
    const root = freescout.findTicketRoot(renamed, c1)!;
    expect(freescout.readTicket(root)).toEqual({ subject: '', messages: [] });
    expect(freescout.findActiveReplyEditor(root)).toBeNull();
    expect(freescout.findReplyOpener!(root)).toBeNull();
    expect(freescout.findOpenNoteEditor!(root)).toBeNull();
  });
});
