import { describe, expect, it } from 'vitest';
import { INTERCOM_TICKET_IDS, readFixtureFile, showFixtureView } from '../../tests/fixtures/fixture-pages';
import { attachDeclarativeShadowRoots } from '../../tests/unit/declarative-shadow-dom';
import { loadFixture } from '../../tests/unit/load-fixture';
import { intercom, intercomPage } from './intercom';
import { latestCustomerMessage } from './types';

const [EMAIL, CHAT] = INTERCOM_TICKET_IDS;

/** The Intercom fixture as a browser parses it (shadow roots attached), `ticketId`'s view rendered. */
function inbox(ticketId: string = EMAIL): Document {
  const doc = new DOMParser().parseFromString(showFixtureView(readFixtureFile('intercom/inbox.html'), EMAIL, ticketId), 'text/html');
  attachDeclarativeShadowRoots(doc);
  return doc;
}

const read = (doc: Document, ticketId: string) => intercomPage.readTicket(intercomPage.findTicketRoot(doc, { ticketId })!);

describe('intercom.ticketFromUrl', () => {
  it.each([
    ['https://app.intercom.com/a/inbox/lf4demo1/inbox/shared/all/conversation/215474005156281', '215474005156281'],
    ['https://app.intercom.com/a/inbox/lf4demo1/inbox/conversation/215474005156281', '215474005156281'],
    ['https://app.intercom.com/a/inbox/lf4demo1/inbox/admin/8857114/conversation/215474005156281?view=List', '215474005156281'],
    ['https://app.eu.intercom.com/a/inbox/lf4demo1/inbox/view/123/conversation/77', '77'],
  ])('reads %s as conversation %s', (url, ticketId) => {
    expect(intercom.ticketFromUrl(new URL(url))?.ticketId).toBe(ticketId);
  });

  it.each([
    'https://app.intercom.com/a/inbox/lf4demo1/inbox/shared/all',
    'https://app.intercom.com/a/apps/lf4demo1/articles/123',
    'https://app.intercom.com/a/inbox/lf4demo1/inbox/conversation/abc',
    'https://app.intercom.com.evil.example/a/inbox/lf4demo1/inbox/conversation/1',
    'https://intercom.com/a/inbox/lf4demo1/inbox/conversation/1',
  ])('finds no conversation at %s', (url) => {
    expect(intercom.ticketFromUrl(new URL(url))).toBeNull();
  });

  it('keys a conversation by its origin and workspace: a regional hosting is another origin', () => {
    expect(intercom.ticketFromUrl(new URL('https://app.intercom.com/a/inbox/lf4demo1/inbox/shared/all/conversation/42'))?.key).toBe('intercom:https://app.intercom.com/lf4demo1#42');
    expect(intercom.ticketFromUrl(new URL('https://app.eu.intercom.com/a/inbox/lf4demo1/inbox/conversation/42'))?.key).toBe('intercom:https://app.eu.intercom.com/lf4demo1#42');
  });

  it("names the workspace in the path as the ticket's account", () => {
    expect(intercom.definition.ticketFromUrl(new URL('https://app.intercom.com/a/inbox/lf4demo1/inbox/conversation/42'))).toEqual({ account: 'lf4demo1', ticketId: '42' });
  });
});

describe('intercom on the inbox fixture', () => {
  it('takes the conversation element naming the id, not the list row that names it too', () => {
    const doc = inbox();
    const root = intercomPage.findTicketRoot(doc, { ticketId: EMAIL })!;
    expect(root.matches('.inbox-2__conversation')).toBe(true);
  });

  it('finds no conversation for the one the list shows but the page has not rendered yet (mid-switch)', () => {
    expect(intercomPage.findTicketRoot(inbox(), { ticketId: CHAT })).toBeNull();
  });

  it('reads the title and the parts by category, leaving out system events', () => {
    const content = read(inbox(), EMAIL);
    expect(content.subject).toBe('Webhook deliveries fail with 401 after rotating the secret');
    expect(content.messages.map((m) => m.role)).toEqual(['customer', 'agent', 'agent', 'internal', 'customer']);
    expect(content.messages.some((m) => m.text.includes('assigned'))).toBe(false);
    expect(content.channel).toBe('email');
  });

  it("reads the customer's email inside its shadow root, without the quoted reply", () => {
    const latest = latestCustomerMessage(read(inbox(), EMAIL).messages)!;
    expect(latest.text).toContain('dlv_8Q2kX91');
    expect(latest.time).toBe('2026-12-01T09:20:00Z');
    expect(latest.text).not.toContain('wrote:');
    expect(latest.text).not.toContain('send me the delivery id');
  });

  it('still reads the parts it can when a shadow root is closed to it, and never throws', () => {
    const html = showFixtureView(readFixtureFile('intercom/inbox.html'), EMAIL, EMAIL).replaceAll('shadowrootmode="open"', 'shadowrootmode="closed"');
    const doc = new DOMParser().parseFromString(html, 'text/html');
    attachDeclarativeShadowRoots(doc);
    const content = read(doc, EMAIL);
    expect(content.messages.map((m) => m.role)).toEqual(['agent', 'agent', 'internal']);
    expect(latestCustomerMessage(content.messages)).toBeNull();
  });

  it('reads the 2026-04 markup by author type, and a part marked neither way as internal', () => {
    const content = read(inbox(CHAT), CHAT);
    expect(content.subject).toBe('Export to CSV stops at 10,000 rows');
    expect(content.messages.map((m) => m.role)).toEqual(['customer', 'agent', 'internal', 'customer']);
    expect(latestCustomerMessage(content.messages)?.text).toContain('all 14,230 rows in one file');
    expect(content.channel).toBeUndefined();
  });

  it('finds the ProseMirror reply editor, and none while the composer is in note mode', () => {
    const doc = inbox();
    const root = intercomPage.findTicketRoot(doc, { ticketId: EMAIL })!;
    const editor = intercomPage.findActiveReplyEditor(root)!;
    expect(editor.kind).toBe('prosemirror');
    expect(editor.element.matches(intercomPage.editorSelector)).toBe(true);
    expect(root.querySelector('button[type="submit"]')!.matches(intercomPage.submitSelector)).toBe(true);
    root.querySelector('[data-conversation-reply-composer]')!.classList.add('o__note');
    expect(intercomPage.findActiveReplyEditor(root)).toBeNull();
  });

  it('takes the only conversation view when nothing names an id, and refuses one that names another', () => {
    const doc = inbox();
    for (const el of doc.querySelectorAll('[data-conversation-id="215474005156281"]')) el.removeAttribute('data-conversation-id');
    expect(intercomPage.findTicketRoot(doc, { ticketId: EMAIL })?.querySelector('[data-conversation-stream]')).toBeTruthy();
    const other = inbox();
    expect(intercomPage.findTicketRoot(other, { ticketId: '999' })).toBeNull();
  });
});

describe('intercom on a layout it does not know', () => {
  it('finds no conversation, so the sidebar says it cannot find the reply box', () => {
    const doc = loadFixture('intercom/unknown-layout.html');
    expect(intercomPage.findTicketRoot(doc, { ticketId: EMAIL })).toBeNull();
    expect(intercomPage.findActiveReplyEditor(doc.body)).toBeNull();
  });
});
