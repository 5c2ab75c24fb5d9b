import { describe, expect, it } from 'vitest';
import { ADAPTERS } from './index';
import { HELPDESK_MATCHES } from './matches';
import { HELPDESK_IDS, HELPDESKS, hostingHelpdesk, hostMatchPatterns, isHelpdeskId } from './registry';

describe('the helpdesk registry', () => {
  it.each([
    ['zendesk', 'https://acme.zendesk.com/agent/tickets/1201', { account: '', ticketId: '1201' }],
    ['zendesk', 'https://acme.zendesk.com/agent/tickets/1201/events', { account: '', ticketId: '1201' }],
    ['zendesk', 'https://acme.zendesk.com/agent/dashboard', null],
    ['zendesk', 'https://acme.zendesk.com/agent/tickets/12a', null],
    ['freshdesk', 'https://acme.freshdesk.com/a/tickets/301', { account: '', ticketId: '301' }],
    ['freshdesk', 'https://acme.freshdesk.com/helpdesk/tickets/301', { account: '', ticketId: '301' }],
    ['freshdesk', 'https://acme.freshdesk.com/a/tickets/filters/all', null],
  ])('reads the ticket of a %s URL: %s', (id, url, expected) => {
    expect(HELPDESKS.find((row) => row.id === id)!.ticketFromUrl(new URL(url))).toEqual(expected);
  });

  it.each(HELPDESKS.map((row) => [row.id, row] as const))("rebuilds a %s ticket's path that reads back as the same ticket", (_id, row) => {
    const path = row.ticketPath({ account: '', ticketId: '42' });
    expect(row.ticketFromUrl(new URL(path, 'https://example.test'))).toEqual({ account: '', ticketId: '42' });
  });

  it.each([
    ['acme.zendesk.com', 'zendesk'],
    ['ACME.Freshdesk.com', 'freshdesk'],
    ['zendesk.com', null],
    ['acme.zendesk.com.evil.example', null],
    ['support.example.com', null],
  ])('knows %s as the domain of %s', (host, id) => {
    expect(hostingHelpdesk(host)?.id ?? null).toBe(id);
  });

  it('gives the manifest the required helpdesks’ whole hosts, and no optional one', () => {
    expect(HELPDESK_MATCHES).toEqual(HELPDESKS.filter((row) => row.permission === 'required').flatMap(hostMatchPatterns));
    expect(HELPDESK_MATCHES).toEqual(['*://*.zendesk.com/*', '*://*.freshdesk.com/*']);
  });

  it('has one adapter per row, in its order, each reading its own row', () => {
    expect(ADAPTERS.map((adapter) => adapter.id)).toEqual(HELPDESK_IDS);
    for (const adapter of ADAPTERS) expect(adapter.definition).toBe(HELPDESKS.find((row) => row.id === adapter.id));
  });

  it('tells a helpdesk id from anything else', () => {
    expect(HELPDESK_IDS.every(isHelpdeskId)).toBe(true);
    expect(isHelpdeskId('evil')).toBe(false);
    expect(isHelpdeskId(undefined)).toBe(false);
  });
});
