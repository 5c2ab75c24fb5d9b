import { describe, expect, it } from 'vitest';
import { ticketUrl } from './ticket-url';

describe('ticketUrl', () => {
  it.each([
    ['zendesk', 'acme', '1201', 'https://acme.zendesk.com/agent/tickets/1201'],
    ['freshdesk', 'acme-support', '301', 'https://acme-support.freshdesk.com/a/tickets/301'],
  ])('links a %s ticket', (helpdesk, account, id, url) => {
    expect(ticketUrl(helpdesk, account, id)).toBe(url);
  });

  it.each([
    ['an account with a dot', 'zendesk', 'evil.example', '1'],
    ['an account with a slash', 'zendesk', 'acme/..', '1'],
    ['a ticket id that is not a number', 'freshdesk', 'acme', '1?x=1'],
    ['an unknown helpdesk', 'helpscout', 'acme', '1'],
    ['an empty account', 'zendesk', '', '1'],
  ])('makes no link for %s', (_name, helpdesk, account, id) => {
    expect(ticketUrl(helpdesk, account, id)).toBeNull();
  });
});
