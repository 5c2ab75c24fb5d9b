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

  it('links a conversation on a host every account shares, and one whose path names the workspace', () => {
    expect(ticketUrl({ helpdesk: 'helpscout', origin: 'https://secure.helpscout.net', account: '', ticketId: '2718401' })).toBe(
      'https://secure.helpscout.net/conversation/2718401',
    );
    expect(ticketUrl({ helpdesk: 'intercom', origin: 'https://app.eu.intercom.com', account: 'lf4demo1', ticketId: '42' })).toBe(
      'https://app.eu.intercom.com/a/inbox/lf4demo1/inbox/conversation/42',
    );
  });

  it('links a page ticket (lib/anysite) to its address on its origin, and nowhere else', () => {
    expect(ticketUrl({ helpdesk: 'page', origin: 'https://crm.example.com', account: '', ticketId: '/view?case=12' })).toBe('https://crm.example.com/view?case=12');
    expect(ticketUrl({ helpdesk: 'page', origin: 'https://crm.example.com', account: '', ticketId: '//evil.example/x' })).toBeNull();
    expect(ticketUrl({ helpdesk: 'page', origin: 'javascript:alert(1)', account: '', ticketId: '/x' })).toBeNull();
    expect(ticketUrl({ helpdesk: 'page', origin: 'https://crm.example.com/path', account: '', ticketId: '/x' })).toBeNull();
  });

  it.each([
    ['an origin with a path', 'zendesk', 'https://acme.zendesk.com/evil', '1'],
    ['an origin that is not http(s)', 'zendesk', 'javascript:alert(1)', '1'],
    ["another helpdesk's domain", 'zendesk', 'https://acme.freshdesk.com', '1'],
    ['a ticket id that is not a number', 'freshdesk', 'https://acme.freshdesk.com', '1?x=1'],
    ['a ticket id with a path in it', 'zendesk', 'https://acme.zendesk.com', '1/../../admin'],
    ['an unknown helpdesk', 'kayako', 'https://acme.kayako.com', '1'],
    ['an unknown origin (a draft from before origins were stored)', 'zendesk', null, '1'],
  ])('makes no link for %s', (_name, helpdesk, origin, id) => {
    expect(ticketUrl({ helpdesk, origin, account: '', ticketId: id })).toBeNull();
  });
});
