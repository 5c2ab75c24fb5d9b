import { describe, expect, it } from 'vitest';
import { ticketUrl } from './ticket-url';

describe('ticketUrl', () => {
  it.each([
    ['zendesk', 'https://acme.zendesk.com', '1201', 'https://acme.zendesk.com/agent/tickets/1201'],
    ['freshdesk', 'https://acme-support.freshdesk.com', '301', 'https://acme-support.freshdesk.com/a/tickets/301'],
    // A helpdesk on the team's own domain links there, never to a hosted account of a similar name.
    ['zendesk', 'https://support.example.com', '42', 'https://support.example.com/agent/tickets/42'],
    ['freshdesk', 'http://helpdesk.intranet:8080', '7', 'http://helpdesk.intranet:8080/a/tickets/7'],
  ])('links a %s ticket at %s', (helpdesk, origin, id, url) => {
    expect(ticketUrl({ helpdesk, origin, account: '', ticketId: id })).toBe(url);
  });

  it.each([
    ['an origin with a path', 'zendesk', 'https://acme.zendesk.com/evil', '1'],
    ['an origin that is not http(s)', 'zendesk', 'javascript:alert(1)', '1'],
    ["another helpdesk's domain", 'zendesk', 'https://acme.freshdesk.com', '1'],
    ['a ticket id that is not a number', 'freshdesk', 'https://acme.freshdesk.com', '1?x=1'],
    ['a ticket id with a path in it', 'zendesk', 'https://acme.zendesk.com', '1/../../admin'],
    ['an unknown helpdesk', 'helpscout', 'https://secure.helpscout.net', '1'],
    ['an unknown origin (a draft from before origins were stored)', 'zendesk', null, '1'],
  ])('makes no link for %s', (_name, helpdesk, origin, id) => {
    expect(ticketUrl({ helpdesk, origin, account: '', ticketId: id })).toBeNull();
  });
});
