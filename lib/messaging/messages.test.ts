import { describe, expect, it } from 'vitest';
import { ticketRef } from '../adapters/types';
import { newSaveId } from '../drafts/draft-sync';
import { pageTicketAt, pageTicketKey } from '../anysite/page-ticket';
import { parseContentMessage } from './messages';
import { senderMayAccessTicket } from './sender';
import { parseTabMessage } from './tab-messages';

const ticket = ticketRef('zendesk', 'https://acme.zendesk.com', '1201');
const save = { type: 'draft/save', ticket, subject: 'Key rejected', restatement: 'It says invalid', checklist: {}, dismissedHints: [], reply: '', baseRevision: 0, saveId: '3f1c2a9e-5b7d-4e21-9a0c-6d8e2f4b1a73' };

describe('parseContentMessage', () => {
  it('accepts a well-formed load and save', () => {
    expect(parseContentMessage({ type: 'draft/load', ticket }).ok).toBe(true);
    expect(parseContentMessage(save).ok).toBe(true);
    expect(parseContentMessage({ ...save, saveId: newSaveId() }).ok).toBe(true);
  });

  it.each([
    ['no type', { ticket }, 'type'],
    ['an unknown type', { type: 'draft/delete-all', ticket }, 'type'],
    ['a key that does not match the ticket', { type: 'draft/load', ticket: { ...ticket, key: 'zendesk:https://acme.zendesk.com#1202' } }, 'ticket'],
    ['a key without the origin', { type: 'draft/load', ticket: { ...ticket, key: 'zendesk:acme:1201' } }, 'ticket'],
    ['a non-numeric ticket id', { type: 'draft/load', ticket: ticketRef('zendesk', 'https://acme.zendesk.com', '12a') }, 'ticket.ticketId'],
    ['a ticket id with a query in it', { type: 'draft/load', ticket: ticketRef('zendesk', 'https://acme.zendesk.com', '1?x=1') }, 'ticket.ticketId'],
    ['an account with a dot', { type: 'draft/load', ticket: ticketRef('zendesk', 'https://acme.zendesk.com', '1', 'acme.evil') }, 'ticket.account'],
    ["an account this helpdesk's URLs never name", { type: 'draft/load', ticket: ticketRef('zendesk', 'https://acme.zendesk.com', '1', 'acme') }, 'ticket.ticketId'],
    ['an origin with a path', { type: 'draft/load', ticket: ticketRef('zendesk', 'https://acme.zendesk.com/agent', '1') }, 'ticket.origin'],
    ['an origin that is not a web page', { type: 'draft/load', ticket: ticketRef('zendesk', 'file://', '1') }, 'ticket.origin'],
    ["another helpdesk's domain as the origin", { type: 'draft/load', ticket: ticketRef('zendesk', 'https://acme.freshdesk.com', '1') }, 'ticket.origin'],
    ['an unknown helpdesk', { type: 'draft/load', ticket: { ...ticket, helpdesk: 'evil' } }, 'ticket.helpdesk'],
    ['a restatement that is not text', { ...save, restatement: 42 }, 'restatement'],
    ['a negative revision', { ...save, baseRevision: -1 }, 'baseRevision'],
    ['a save without a save id', { ...save, saveId: undefined }, 'saveId'],
    ['a save id that is not a UUID', { ...save, saveId: 'retry-1' }, 'saveId'],
    ['a checklist mark without done', { ...save, checklist: { thank: { auto: false } } }, 'checklist.thank.done'],
    ['a huge restatement', { ...save, restatement: 'x'.repeat(100_001) }, 'restatement'],
  ])('refuses %s, naming the field', (_name, input, field) => {
    const result = parseContentMessage(input);
    expect(result).toMatchObject({ ok: false, code: 'invalid' });
    if (!result.ok) expect(result.error.startsWith(`${field}:`)).toBe(true);
  });

  it.each([null, undefined, 'draft/load', 42, []])('refuses %j', (input) => {
    expect(parseContentMessage(input).ok).toBe(false);
  });
});

describe('senderMayAccessTicket', () => {
  const extensionId = 'abcdefghijklmnopabcdefghijklmnop';
  const tab = { id: 7, index: 0, highlighted: true, active: true, pinned: false, incognito: false };
  const fromTab = (url: string, extra = {}) => ({ id: extensionId, tab, frameId: 0, url, ...extra });

  it("lets a helpdesk tab's top frame reach its own account's tickets", async () => {
    expect(await senderMayAccessTicket(fromTab('https://acme.zendesk.com/agent/tickets/1201'), ticket, extensionId)).toEqual({ ok: true });
  });

  it.each([
    ['another extension', fromTab('https://acme.zendesk.com/agent/tickets/1', { id: 'other' })],
    ['an extension page (no tab)', { id: extensionId, url: `chrome-extension://${extensionId}/popup.html` }],
    ['a subframe', fromTab('https://acme.zendesk.com/agent/tickets/1', { frameId: 3 })],
    ['another account', fromTab('https://other.zendesk.com/agent/tickets/1201')],
    ['another helpdesk', fromTab('https://acme.freshdesk.com/a/tickets/1201')],
    ['a look-alike domain', fromTab('https://acme.zendesk.com.evil.example/agent/tickets/1201')],
    ['the same host over http', fromTab('http://acme.zendesk.com/agent/tickets/1201')],
    ['a page with no URL', { id: extensionId, tab, frameId: 0 }],
  ])('refuses %s', async (_name, sender) => {
    const answer = await senderMayAccessTicket(sender, ticket, extensionId, async () => [{ origin: 'https://acme.example.com', helpdesk: 'zendesk' }]);
    expect(answer).toMatchObject({ ok: false, code: 'forbidden', error: expect.stringMatching(/^sender /) });
  });

  it("refuses a look-alike host its own tickets' drafts unless it is configured as that helpdesk", async () => {
    const lookAlike = ticketRef('zendesk', 'https://acme.zendesk.com.evil.example', '1201');
    expect(await senderMayAccessTicket(fromTab('https://acme.zendesk.com.evil.example/agent/tickets/1201'), lookAlike, extensionId)).toEqual({
      ok: false,
      code: 'forbidden',
      error: 'sender is not on that helpdesk',
    });
  });

  const custom = ticketRef('zendesk', 'https://support.example.com', '42');
  const configured = async () => [{ origin: 'https://support.example.com', helpdesk: 'zendesk' as const }];

  it('lets a helpdesk on a configured custom origin reach its tickets', async () => {
    expect(await senderMayAccessTicket(fromTab('https://support.example.com/agent/tickets/42'), custom, extensionId, configured)).toEqual({ ok: true });
  });

  it.each([
    ['an origin nobody configured', 'https://evil.example.com/agent/tickets/42', ticketRef('zendesk', 'https://evil.example.com', '42')],
    ['the same host over http', 'http://support.example.com/agent/tickets/42', ticketRef('zendesk', 'http://support.example.com', '42')],
    ['the same host over http, for the https tickets', 'http://support.example.com/agent/tickets/42', custom],
    ['another helpdesk on that origin', 'https://support.example.com/a/tickets/42', ticketRef('freshdesk', 'https://support.example.com', '42')],
    ['a hosted account from a custom origin', 'https://support.example.com/agent/tickets/42', ticketRef('zendesk', 'https://acme.zendesk.com', '42')],
  ])('refuses %s', async (_name, url, target) => {
    expect(await senderMayAccessTicket(fromTab(url), target, extensionId, configured)).toMatchObject({ ok: false, code: 'forbidden', error: expect.stringMatching(/^sender /) });
  });

  it('refuses support-example-com.zendesk.com the drafts of support.example.com, and keys its own apart', async () => {
    expect(await senderMayAccessTicket(fromTab('https://support-example-com.zendesk.com/agent/tickets/42'), custom, extensionId, configured)).toEqual({
      ok: false,
      code: 'forbidden',
      error: "sender is not on the ticket's origin",
    });
    const hosted = ticketRef('zendesk', 'https://support-example-com.zendesk.com', '42');
    expect(hosted.key).not.toBe(custom.key);
    expect(await senderMayAccessTicket(fromTab('https://support-example-com.zendesk.com/agent/tickets/42'), hosted, extensionId, configured)).toEqual({ ok: true });
  });

  it('keys support.example.com and support-example.com apart, each refused the other’s drafts', async () => {
    const both = async () => [...(await configured()), { origin: 'https://support-example.com', helpdesk: 'zendesk' as const }];
    const other = ticketRef('zendesk', 'https://support-example.com', '42');
    expect(other.key).not.toBe(custom.key);
    expect(await senderMayAccessTicket(fromTab('https://support.example.com/agent/tickets/42'), custom, extensionId, both)).toEqual({ ok: true });
    expect(await senderMayAccessTicket(fromTab('https://support-example.com/agent/tickets/42'), other, extensionId, both)).toEqual({ ok: true });
    expect((await senderMayAccessTicket(fromTab('https://support.example.com/agent/tickets/42'), other, extensionId, both)).ok).toBe(false);
    expect((await senderMayAccessTicket(fromTab('https://support-example.com/agent/tickets/42'), custom, extensionId, both)).ok).toBe(false);
  });
});

describe('parseTabMessage', () => {
  const extensionId = 'abcdefghijklmnopabcdefghijklmnop';
  const tab = { id: 7, index: 0, highlighted: true, active: true, pinned: false, incognito: false };

  it('accepts a toggle from the background', () => {
    expect(parseTabMessage({ type: 'sidebar/toggle' }, { id: extensionId }, extensionId)).toEqual({ type: 'sidebar/toggle' });
  });

  it.each([
    ['another extension', { type: 'sidebar/toggle' }, { id: 'other' }],
    ['a content script in a tab', { type: 'sidebar/toggle' }, { id: extensionId, tab }],
    ['an unknown type', { type: 'sidebar/remove-everything' }, { id: extensionId }],
    ['not an object', 'sidebar/toggle', { id: extensionId }],
  ])('refuses %s', (_name, message, sender) => {
    expect(parseTabMessage(message, sender, extensionId)).toBeNull();
  });
});

describe('page tickets (a page no adapter knows, lib/anysite)', () => {
  const extensionId = 'abcdefghijklmnopabcdefghijklmnop';
  const tab = { id: 7, index: 0, highlighted: true, active: true, pinned: false, incognito: false };
  const fromTab = (url: string) => ({ id: extensionId, tab, frameId: 0, url });
  const page = pageTicketAt(new URL('https://crm.example.com/view?case=12'), 'case')!.ticket;

  it('accepts a load of a page ticket keyed by its origin and address', () => {
    expect(parseContentMessage({ type: 'draft/load', ticket: page })).toMatchObject({ ok: true });
  });

  it.each([
    ['a key naming another address', { ...page, key: pageTicketKey(page.origin, '/view?case=13') }, 'ticket'],
    ['a key in a helpdesk key shape', { ...page, key: `zendesk:${page.origin}#12` }, 'ticket'],
    ['an address on another origin', { ...page, ticketId: '//evil.example/view?case=12', key: pageTicketKey(page.origin, '//evil.example/view?case=12') }, 'ticket.ticketId'],
    ['an address that is not one', { ...page, ticketId: 'view?case=12', key: pageTicketKey(page.origin, 'view?case=12') }, 'ticket.ticketId'],
    ['an account', { ...page, account: 'acme' }, 'ticket.account'],
    ['an origin with a path', { ...page, origin: 'https://crm.example.com/x', key: pageTicketKey('https://crm.example.com/x', page.ticketId) }, 'ticket.origin'],
  ])('refuses %s', (_name, ticketPayload, field) => {
    const result = parseContentMessage({ type: 'draft/load', ticket: ticketPayload });
    expect(result).toMatchObject({ ok: false, code: 'invalid' });
    if (!result.ok) expect(result.error.startsWith(`${field}:`)).toBe(true);
  });

  it("lets the page's own tab reach it, and no other origin nor a helpdesk's own domain", async () => {
    expect(await senderMayAccessTicket(fromTab('https://crm.example.com/view?case=12'), page, extensionId)).toEqual({ ok: true });
    expect((await senderMayAccessTicket(fromTab('https://crm.example.org/view?case=12'), page, extensionId)).ok).toBe(false);
    expect((await senderMayAccessTicket(fromTab('http://crm.example.com/view?case=12'), page, extensionId)).ok).toBe(false);
    const onHelpdesk = pageTicketAt(new URL('https://acme.zendesk.com/agent/tickets/1'))!.ticket;
    expect(await senderMayAccessTicket(fromTab('https://acme.zendesk.com/agent/tickets/1'), onHelpdesk, extensionId)).toEqual({ ok: false, code: 'forbidden', error: "sender is on a helpdesk's own domain" });
  });
});
