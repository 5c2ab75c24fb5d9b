import { describe, expect, it } from 'vitest';
import { HELPDESK_IDS } from '../adapters/registry';
import { ticketKey } from '../adapters/types';
import { isPageAddress, PAGE_TICKETS, pageTicketAt, pageTicketKey } from './page-ticket';

describe('pageTicketAt', () => {
  it.each([
    ['a path with the id in it', 'https://crm.example.com/cases/12', null, '/cases/12', true],
    ['the id in a parameter the agent named', 'https://crm.example.com/view?case=12&tab=notes', 'case', '/view?case=12', true],
    ['a hash route', 'https://app.example.com/#/tickets/88', null, '/#/tickets/88', true],
    ['a hashbang route with a named parameter', 'https://app.example.com/desk?t=5#!/inbox', 't', '/desk?t=5#!/inbox', true],
    ['an anchor, not a route', 'https://crm.example.com/cases/12#reply', null, '/cases/12', true],
    ['a parameter named but absent: the path', 'https://crm.example.com/cases/12', 'case', '/cases/12', true],
  ])('names the ticket by %s', (_name, url, parameter, address, stable) => {
    const found = pageTicketAt(new URL(url), parameter);
    expect(found).toEqual({ ticket: { helpdesk: PAGE_TICKETS, origin: new URL(url).origin, account: '', ticketId: address, key: pageTicketKey(new URL(url).origin, address) }, stable });
  });

  it.each([
    ['an inbox with no id', 'https://crm.example.com/inbox', '/inbox'],
    ['a query the agent did not name', 'https://crm.example.com/view?case=12', '/view?case=12'],
    ['an anchor', 'https://crm.example.com/queue#mine', '/queue#mine'],
  ])('keeps the draft for the exact address when the page gives no stable identity: %s', (_name, url, address) => {
    expect(pageTicketAt(new URL(url))).toMatchObject({ ticket: { ticketId: address }, stable: false });
  });

  it('never mixes two tickets: different ids, parameters or origins give different keys', () => {
    const keys = [
      'https://crm.example.com/cases/12',
      'https://crm.example.com/cases/13',
      'http://crm.example.com/cases/12',
      'https://crm.example.com:8443/cases/12',
      'https://crm.example.com/view?case=12',
      'https://crm.example.com/view?case=13',
    ].map((url) => pageTicketAt(new URL(url), 'case')!.ticket.key);
    expect(new Set(keys).size).toBe(keys.length);
  });

  it('names no ticket on other schemes or overlong addresses', () => {
    expect(pageTicketAt(new URL('file:///home/agent/case.html'))).toBeNull();
    expect(pageTicketAt(new URL(`https://crm.example.com/${'a1'.repeat(600)}`))).toBeNull();
  });

  it('ignores a parameter name that is not a plain name', () => {
    expect(pageTicketAt(new URL('https://crm.example.com/view?a%20b=1'), 'a b')!.ticket.ticketId).toBe('/view?a%20b=1');
  });
});

describe('page ticket keys', () => {
  it("can never equal a helpdesk's key, whatever the origin and address", () => {
    // A helpdesk key's part before its first ':' is a registry id (letters only); a page key's holds '@'.
    for (const id of HELPDESK_IDS) {
      const helpdesk = ticketKey(id, 'https://page@https', '', '1');
      expect(helpdesk.split(':')[0]).toBe(id);
      expect(helpdesk.split(':')[0]).toMatch(/^[a-z]+$/);
    }
    expect(pageTicketKey('https://crm.example.com', '/cases/1').split(':')[0]).toBe('page@https');
    expect(pageTicketKey('http://localhost:8080', '/x').split(':')[0]).toBe('page@http');
  });
});

describe('isPageAddress', () => {
  it.each([
    ['/cases/12', true],
    ['/view?case=12', true],
    ['/#/tickets/8', true],
    ['cases/12', false],
    ['//evil.example/cases/12', false],
    ['/cases/12 ', false],
    ['/a/../b', false],
  ])('%s on its origin: %s', (address, ok) => {
    expect(isPageAddress('https://crm.example.com', address)).toBe(ok);
  });
});
