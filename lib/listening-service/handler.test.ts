import { describe, expect, it } from 'vitest';
import { analyzeReply, restatementCoverage } from '../listening';
import { analyzeForSidebar, handleListeningMessage, handleListeningWake } from './handler';
import type { ListeningRequest } from './messages';

const extensionId = 'eogeijhcobiipaadjjgcihpmhoboinkc';
const tab = { id: 4, index: 0, highlighted: true, active: true, pinned: false, incognito: false };
const fromSidebar = { id: extensionId, tab, frameId: 0, url: 'https://acme.zendesk.com/agent/tickets/12' };

const request = (overrides: Partial<ListeningRequest> = {}): ListeningRequest => ({
  type: 'listening/analyze',
  reply: 'Are you sure you entered the serial number correctly? Thanks for writing in.',
  customer: 'My license key LK-403 is rejected since version 4.2.1.',
  earlier: [],
  restatement: 'Your license key LK-403 is rejected since 4.2.1',
  settings: { disabledCategories: [], termPairs: [], jargon: [] },
  ...overrides,
});

describe('listening/analyze in the background', () => {
  it("answers with the engine's own reading of the reply and the restatement", () => {
    const response = handleListeningMessage(request(), fromSidebar, extensionId);
    expect(response.ok).toBe(true);
    if (!response.ok) return;
    const { reply, customer, restatement } = request();
    expect(response.result.analysis).toEqual(analyzeReply(reply, { customerMessage: customer, earlierCustomerMessages: [], settings: request().settings }));
    expect(response.result.analysis.hints.map((h) => h.category)).toEqual(expect.arrayContaining(['doubting']));
    expect(response.result.restated).toEqual(restatementCoverage(customer, restatement));
    expect(response.result.restated.covered).toEqual(expect.arrayContaining(['LK-403']));
    expect(response.result.signals.thanks).toBe(true);
  });

  it('applies the team settings it is given', () => {
    const result = analyzeForSidebar(request({ settings: { disabledCategories: ['doubting'], termPairs: [], jargon: [] } }));
    expect(result.analysis.hints.map((h) => h.category)).not.toContain('doubting');
  });

  it("reads the key terms from the ticket's subject and the latest message", () => {
    const result = analyzeForSidebar(
      request({ subject: 'Outlook calendar stopped syncing after password change', customer: 'Three clients booked this morning and none is in Outlook.', restatement: 'Since your password change, your Outlook calendar stopped syncing.' }),
    );
    expect(result.restated.keyTerms.map((t) => t.term)).toEqual(expect.arrayContaining(['Outlook calendar', 'password change']));
    expect(result.restated.covered).toEqual(expect.arrayContaining(['Outlook calendar', 'password change']));
  });

  it('reads the reply for its channel: a public social reply owes no thanks', () => {
    const long = 'We checked the sync job and it ran at two, wrote the file, and the summary builder read it when the monthly view opened on the home screen. '.repeat(2);
    const asEmail = analyzeForSidebar(request({ reply: long, channel: 'email' })).analysis.hints.map((h) => h.category);
    const asSocial = analyzeForSidebar(request({ reply: long, channel: 'social' })).analysis.hints.map((h) => h.category);
    expect(asEmail).toContain('no-thanks');
    expect(asSocial).not.toContain('no-thanks');
  });

  it.each([
    ['another extension', { ...fromSidebar, id: 'abcdefghijklmnopabcdefghijklmnop' }, 'sender is not this extension'],
    ['a frame inside the page', { ...fromSidebar, frameId: 3 }, 'sender is not a helpdesk tab'],
    ['no tab', { id: extensionId, url: 'https://acme.zendesk.com/' }, 'sender is not a helpdesk tab'],
    ['a non-web page', { ...fromSidebar, url: 'file:///tmp/x.html' }, 'sender is not a web page'],
  ])('refuses %s', (_name, sender, error) => {
    expect(handleListeningMessage(request(), sender, extensionId)).toEqual({ ok: false, code: 'forbidden', error });
  });

  it.each([
    ['an unknown hint category', request({ settings: { disabledCategories: ['rudeness' as never], termPairs: [], jargon: [] } }), 'settings.disabledCategories.0'],
    ['a reply that is not text', { ...request(), reply: 42 }, 'reply'],
    ['a reply past the message cap', request({ reply: 'a'.repeat(100_001) }), 'reply'],
    ['a team term past its length', request({ settings: { disabledCategories: [], termPairs: [], jargon: ['x'.repeat(61)] } }), 'settings.jargon.0'],
    ['no settings', { ...request(), settings: undefined }, 'settings'],
    ['a channel the engine does not know', { ...request(), channel: 'carrier-pigeon' }, 'channel'],
  ])('refuses %s, naming the field', (_name, message, path) => {
    const response = handleListeningMessage(message, fromSidebar, extensionId);
    expect(response.ok).toBe(false);
    if (!response.ok) expect(response.error.startsWith(`${path}: `)).toBe(true);
  });
});

describe('listening/wake in the background', () => {
  it('answers the sidebar once the engine is ready', () => {
    expect(handleListeningWake({ type: 'listening/wake' }, fromSidebar, extensionId)).toEqual({ ok: true });
  });

  it.each([
    ['another extension', { ...fromSidebar, id: 'abcdefghijklmnopabcdefghijklmnop' }, 'sender is not this extension'],
    ['a frame inside the page', { ...fromSidebar, frameId: 3 }, 'sender is not a helpdesk tab'],
  ])('refuses %s', (_name, sender, error) => {
    expect(handleListeningWake({ type: 'listening/wake' }, sender, extensionId)).toEqual({ ok: false, code: 'forbidden', error });
  });

  it('refuses anything but the wake itself', () => {
    expect(handleListeningWake({ type: 'listening/wakeup', reply: 'x' }, fromSidebar, extensionId)).toMatchObject({ ok: false });
  });
});

