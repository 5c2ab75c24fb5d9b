import { beforeEach, describe, expect, it } from 'vitest';
import { rememberReplySent, SENT_WINDOW_MS, takeReplySent } from './reply-sent-across-load';

const TICKET = 'osticket:http://127.0.0.1:8080#1';

describe('a reply sent by a form post, across the page load', () => {
  beforeEach(() => sessionStorage.clear());

  it("tells the next page of the same ticket that its reply was sent, once", () => {
    rememberReplySent(sessionStorage, TICKET, 1_000);
    expect(takeReplySent(sessionStorage, TICKET, 3_000)).toBe(true);
    expect(takeReplySent(sessionStorage, TICKET, 3_000)).toBe(false);
  });

  it('says nothing to another ticket, and forgets the send', () => {
    rememberReplySent(sessionStorage, TICKET, 1_000);
    expect(takeReplySent(sessionStorage, 'osticket:http://127.0.0.1:8080#2', 2_000)).toBe(false);
    expect(takeReplySent(sessionStorage, TICKET, 2_000)).toBe(false);
  });

  it('says nothing once the window has passed', () => {
    rememberReplySent(sessionStorage, TICKET, 1_000);
    expect(takeReplySent(sessionStorage, TICKET, 1_000 + SENT_WINDOW_MS + 1)).toBe(false);
  });

  it("ignores what the page's own scripts may have put there", () => {
    sessionStorage.setItem('listen-first:reply-sent', '{not json');
    expect(takeReplySent(sessionStorage, TICKET)).toBe(false);
    sessionStorage.setItem('listen-first:reply-sent', JSON.stringify({ ticketKey: TICKET, at: 'soon' }));
    expect(takeReplySent(sessionStorage, TICKET)).toBe(false);
  });
});
