import { describe, expect, it } from 'vitest';
import { loadFixtureAt } from '../../tests/unit/fixture-at-url';
import { loadFixture } from '../../tests/unit/load-fixture';
import { helpscout, helpscoutConversationFromPath, helpscoutPage } from './helpscout';
import { latestCustomerMessage } from './types';

const URL_349 = 'https://secure.helpscout.net/conversation/2718401/349';

describe('helpscoutConversationFromPath', () => {
  it.each([
    ['/conversation/2718401/349', '2718401', '349'],
    ['/conversation/2718401/349/', '2718401', '349'],
    ['/conversation/2718401/349?folderId=7731', '2718401', '349'],
    ['/conversation/2718401', '2718401', null],
    ['/conversations/2718401/349', '2718401', '349'],
  ])('reads %s as conversation %s, number %s', (path, conversationId, number) => {
    const url = new URL(path, 'https://secure.helpscout.net');
    expect(helpscoutConversationFromPath(url.pathname)).toEqual({ conversationId, number });
  });

  it.each(['/inboxes/40211/views', '/dashboard/', '/conversation/new', '/customer/123/', '/conversation/'])('finds no conversation at %s', (path) => {
    expect(helpscoutConversationFromPath(path)).toBeNull();
  });
});

describe('helpscout.ticketFromUrl', () => {
  it('keys a conversation by the shared origin and its id, whatever number or view the URL adds', () => {
    const keys = ['/conversation/2718401/349', '/conversation/2718401', '/conversation/2718401/349?folderId=7731#thread-88120417'].map(
      (path) => helpscout.ticketFromUrl(new URL(path, 'https://secure.helpscout.net'))?.key,
    );
    expect(new Set(keys)).toEqual(new Set(['helpscout:https://secure.helpscout.net#2718401']));
  });

  it.each(['https://secure.helpscout.net.evil.example/conversation/1/2', 'https://docs.helpscout.net/conversation/1/2', 'https://secure.helpscout.net/inboxes/1/views'])(
    'finds no conversation at %s',
    (url) => {
      expect(helpscout.ticketFromUrl(new URL(url))).toBeNull();
    },
  );
});

describe('helpscout on the conversation fixture', () => {
  const doc = loadFixtureAt('helpscout/conversation.html', URL_349);

  it("reads the open conversation's subject, tags and threads, leaving out line items", () => {
    const content = helpscoutPage.readTicket(helpscoutPage.findTicketRoot(doc, { ticketId: '2718401' })!);
    expect(content.subject).toBe('Shipping labels still print the old warehouse address');
    expect(content.tags).toEqual(['shipping', 'labels']);
    expect(content.messages.map((m) => m.role)).toEqual(['customer', 'agent', 'internal', 'customer']);
    expect(content.messages.some((m) => m.text.includes('assigned'))).toBe(false);
    expect(content.messages[1]).toMatchObject({ author: 'Sam Rivera', time: '2026-11-27T16:10:00Z' });
  });

  it("gives the customer's latest message though the page lists it first, without the quoted reply", () => {
    const latest = latestCustomerMessage(helpscoutPage.readTicket(helpscoutPage.findTicketRoot(doc, { ticketId: '2718401' })!).messages)!;
    expect(latest.time).toBe('2026-11-30T09:41:00Z');
    expect(latest.text).toContain('Rua do Norte 12');
    expect(latest.text).not.toContain('wrote:');
    expect(latest.text).not.toContain('print a test label');
  });

  it('never reads a note as the customer: a note is internal', () => {
    const content = helpscoutPage.readTicket(helpscoutPage.findTicketRoot(doc, { ticketId: '2718401' })!);
    const note = content.messages.find((m) => m.text.includes('SHIP-212'))!;
    expect(note.role).toBe('internal');
  });

  it("reads a thread the page doesn't mark as customer's or agent's as internal, not the customer's", () => {
    const unmarked = loadFixtureAt('helpscout/conversation.html', URL_349);
    const thread = unmarked.getElementById('thread-88120417')!;
    thread.classList.remove('is-customer');
    thread.setAttribute('aria-label', 'Reply from Ana Souza');
    const content = helpscoutPage.readTicket(helpscoutPage.findTicketRoot(unmarked, { ticketId: '2718401' })!);
    expect(content.messages.find((m) => m.text.includes('Rua do Norte'))?.role).toBe('internal');
    expect(latestCustomerMessage(content.messages)?.text).toContain('we moved our warehouse last month');
  });

  it('keeps the page order where a thread has no time', () => {
    const untimed = loadFixtureAt('helpscout/conversation.html', URL_349);
    untimed.querySelector('#thread-88120417 time')!.remove();
    const messages = helpscoutPage.readTicket(helpscoutPage.findTicketRoot(untimed, { ticketId: '2718401' })!).messages;
    expect(messages[0]!.text).toContain('Rua do Norte 12');
  });

  it('refuses the view when the URL already names another conversation (mid-navigation)', () => {
    const moved = loadFixtureAt('helpscout/conversation.html', 'https://secure.helpscout.net/conversation/2718455/352');
    expect(helpscoutPage.findTicketRoot(moved, { ticketId: '2718455' })).toBeNull();
    expect(helpscoutPage.findTicketRoot(moved, { ticketId: '2718401' })).toBeNull();
  });

  it('refuses a view whose number is not the one in the URL', () => {
    const other = loadFixtureAt('helpscout/conversation.html', 'https://secure.helpscout.net/conversation/2718401/350');
    expect(helpscoutPage.findTicketRoot(other, { ticketId: '2718401' })).toBeNull();
  });

  it('has no reply editor until Reply is clicked, and knows the button that opens it', () => {
    const root = helpscoutPage.findTicketRoot(doc, { ticketId: '2718401' })!;
    expect(helpscoutPage.findActiveReplyEditor(root)).toBeNull();
    expect(helpscoutPage.findReplyOpener(root)?.textContent).toBe('Reply');
  });

  it("finds the Slate editable once the reply form is open, and never the note editor", () => {
    const open = loadFixtureAt('helpscout/conversation.html', URL_349);
    const root = helpscoutPage.findTicketRoot(open, { ticketId: '2718401' })!;
    const form = root.querySelector('form')!;
    const editable = (label: string) => {
      const el = open.createElement('div');
      el.setAttribute('data-cy', 'ConvoEditor');
      el.setAttribute('data-slate-editor', 'true');
      el.setAttribute('contenteditable', 'true');
      el.setAttribute('role', 'textbox');
      el.setAttribute('aria-label', label);
      return el;
    };
    const note = editable('Note Editor');
    form.append(note);
    expect(helpscoutPage.findActiveReplyEditor(root)).toBeNull();
    const reply = editable('Reply Editor');
    form.append(reply);
    expect(helpscoutPage.findActiveReplyEditor(root)).toEqual({ element: reply, kind: 'slate' });
    const submit = open.createElement('button');
    submit.type = 'submit';
    form.append(submit);
    expect(submit.matches(helpscoutPage.submitSelector)).toBe(true);
    expect(reply.matches(helpscoutPage.editorSelector)).toBe(true);
  });

  it('reads the conversation as it is where the page shows no number', () => {
    const bare = loadFixtureAt('helpscout/conversation.html', URL_349);
    bare.querySelector('[data-cy="Text"]')!.remove();
    expect(helpscoutPage.findTicketRoot(bare, { ticketId: '2718401' })).not.toBeNull();
  });
});

describe('helpscout on a layout it does not know', () => {
  it('finds no conversation, so the sidebar says it cannot find the reply box', () => {
    const doc = loadFixtureAt('helpscout/unknown-layout.html', URL_349);
    expect(helpscoutPage.findTicketRoot(doc, { ticketId: '2718401' })).toBeNull();
    expect(helpscoutPage.findActiveReplyEditor(doc.body)).toBeNull();
  });

  it('reads the static file without a URL too (unit tests, saved pages)', () => {
    const doc = loadFixture('helpscout/conversation.html');
    expect(helpscoutPage.findTicketRoot(doc, { ticketId: '2718401' })).not.toBeNull();
  });
});
