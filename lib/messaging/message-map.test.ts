import { afterEach, describe, expect, expectTypeOf, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { ticketRef } from '../adapters/types';
import type { PageStartApis, PageStartResponse } from '../anysite/start-on-page';
import { ListenFirstDatabase } from '../drafts/db';
import type { HelpdeskStartApis } from '../toolbar/helpdesk-start';
import type { ListeningResponse } from '../listening-service/messages';
import { failure, type Failure, type Ok } from '../result';
import { backgroundHandlers, routeBackgroundMessage } from './background-handlers';
import {
  BACKGROUND_SENDERS,
  sendToBackground,
  sendToTab,
  type BackgroundAnswer,
  type BackgroundHandlers,
  type BackgroundMessages,
  type BackgroundMessageType,
  type BackgroundRequest,
  type MessageMap,
  type Payload,
  type StorageAnswer,
  type TabMessages,
} from './message-map';
import type { DraftResponse, DraftSaveMessage } from './messages';
import type { SidebarStatus } from './tab-messages';

const extensionId = fakeBrowser.runtime.id;
const extensionOrigin = fakeBrowser.runtime.getURL('/');
const tab = { id: 7, index: 0, highlighted: true, active: true, pinned: false, incognito: false };
const fromHelpdesk = { id: extensionId, tab, frameId: 0, url: 'https://acme.zendesk.com/agent/tickets/12' };
const fromPopup = { id: extensionId, url: `${extensionOrigin}popup.html` };
const fromAnotherExtension = { id: 'another-extension', url: 'chrome-extension://another-extension/popup.html' };

const ticket = ticketRef('zendesk', 'https://acme.zendesk.com', '12');
const saveId = '3f1c2a9e-5b7d-4e21-9a0c-6d8e2f4b1a73';

const extension = { id: extensionId, origin: extensionOrigin };

/** One well-formed message of every type the background handles. */
const WELL_FORMED: { readonly [Type in BackgroundMessageType]: BackgroundRequest<Type> } = {
  'draft/load': { type: 'draft/load', ticket },
  'draft/save': { type: 'draft/save', ticket, subject: 'Key rejected', restatement: '', checklist: {}, dismissedHints: [], reply: 'Hi', baseRevision: 0, saveId },
  'draft/hold': { type: 'draft/hold', ticket, copyId: saveId, copy: null },
  'draft/reply-sent': { type: 'draft/reply-sent', ticket },
  'storage/health': { type: 'storage/health' },
  'storage/reset': { type: 'storage/reset' },
  'listening/analyze': { type: 'listening/analyze', reply: 'Thanks!', customer: 'It broke.', earlier: [], restatement: '', settings: { disabledCategories: [], termPairs: [], jargon: [] } },
  'listening/wake': { type: 'listening/wake' },
  'toolbar/state': { type: 'toolbar/state', state: 'active' },
  'page/start': { type: 'page/start', tabId: 7 },
  'helpdesk/start': { type: 'helpdesk/start', tabId: 8 },
};
const TYPES = Object.keys(WELL_FORMED) as BackgroundMessageType[];
const senderOf = (type: BackgroundMessageType) => (BACKGROUND_SENDERS[type] === 'content script' ? fromHelpdesk : fromPopup);
const otherSenderOf = (type: BackgroundMessageType) => (BACKGROUND_SENDERS[type] === 'content script' ? fromPopup : fromHelpdesk);

let name = 0;
const databases: ListenFirstDatabase[] = [];
afterEach(async () => {
  for (const db of databases.splice(0)) await db.delete();
});

/** The background's real table, over a fresh database, a recorded toolbar and a tab the popup may start a page in. */
function realHandlers() {
  const db = new ListenFirstDatabase(`test-message-map-${name++}`);
  databases.push(db);
  const toolbar = { setIcon: vi.fn(async () => undefined), setTitle: vi.fn(async () => undefined) };
  const executeScript = vi.fn(async () => [{ result: true }]);
  const pageStart: PageStartApis = { tabs: { get: async () => ({ url: 'https://crm.example.com/cases/12' }) }, scripting: { executeScript } };
  const helpdeskStart: HelpdeskStartApis = {
    tabs: { get: async () => ({ url: 'https://secure.helpscout.net/conversation/123/456' }) },
    scripting: { executeScript },
    permissions: { contains: async () => true },
    configuredHelpdesk: async () => null,
    syncRegistrations: async () => undefined,
  };
  const handlers = backgroundHandlers({ db, extensionId, extensionOrigin, customOrigins: async () => [], toolbar, pageStart, helpdeskStart });
  return { handlers, toolbar, executeScript, db };
}

describe('the message map, at compile time', () => {
  it("names each type with a request that carries that type", () => {
    expectTypeOf<BackgroundMessages>().toExtend<MessageMap<BackgroundMessages>>();
    expectTypeOf<TabMessages>().toExtend<MessageMap<TabMessages>>();
  });

  it('types a send by its type: the payload it takes and the answer it resolves with', () => {
    expectTypeOf(sendToBackground<'draft/save'>).parameter(1).toEqualTypeOf<Payload<DraftSaveMessage>>();
    expectTypeOf(sendToBackground<'draft/save'>).returns.toEqualTypeOf<Promise<DraftResponse>>();
    expectTypeOf(sendToBackground<'storage/health'>).returns.toEqualTypeOf<Promise<StorageAnswer>>();
    expectTypeOf(sendToBackground<'listening/analyze'>).returns.toEqualTypeOf<Promise<ListeningResponse>>();
    expectTypeOf(sendToBackground<'page/start'>).returns.toEqualTypeOf<Promise<PageStartResponse>>();
    expectTypeOf(sendToTab<'sidebar/status'>).returns.toEqualTypeOf<Promise<SidebarStatus>>();
    expectTypeOf(sendToTab<'sidebar/flush'>).returns.toEqualTypeOf<Promise<Ok>>();
    // Compiled, never run: each call below must not compile.
    const mistakes = () => [
      // @ts-expect-error: a type the map does not name
      sendToBackground('draft/delete-all', {}),
      // @ts-expect-error: a payload of another type's shape
      sendToBackground('page/start', { state: 'active' }),
      // @ts-expect-error: a tab message the content script does not know
      sendToTab(7, 'sidebar/remove-everything'),
    ];
    expectTypeOf(mistakes).toBeFunction();
  });

  it('spells every failure an answer can carry as the one Failure shape', () => {
    expectTypeOf<Extract<BackgroundAnswer, { ok: false }>>().toExtend<Failure>();
    expectTypeOf<Extract<DraftResponse, { ok: false }>['code']>().toEqualTypeOf<'conflict' | 'invalid' | 'forbidden' | 'storage'>();
  });

  it('takes a handler table only with one handler per type, each answering its own answer', () => {
    const refuse = () => failure('forbidden', 'sender is not this extension');
    const table: BackgroundHandlers = Object.fromEntries(TYPES.map((type) => [type, refuse])) as unknown as BackgroundHandlers;
    expectTypeOf(table).toEqualTypeOf<BackgroundHandlers>();
    // @ts-expect-error: a handler for a type the map does not name
    const extra: BackgroundHandlers = { ...table, 'draft/delete-all': refuse };
    // @ts-expect-error: an answer of another shape (a failure without its code)
    const wrongShape: BackgroundHandlers = { ...table, 'toolbar/state': () => ({ ok: false, error: 'no' }) };
    // @ts-expect-error: another type's answer (a draft for a storage health query)
    const wrongAnswer: BackgroundHandlers = { ...table, 'storage/health': async () => ({ ok: true, draft: null }) };
    const { 'page/start': _unhandled, ...rest } = table;
    // @ts-expect-error: a type left without a handler
    const missing: BackgroundHandlers = rest;
    expect([extra, wrongShape, wrongAnswer, missing]).toHaveLength(4);
  });
});

describe('sendToBackground', () => {
  it('sends the payload under its type and resolves with the answer', async () => {
    const received: unknown[] = [];
    fakeBrowser.runtime.onMessage.addListener((message: unknown) => {
      received.push(message);
      return Promise.resolve({ ok: true, started: true });
    });
    expect(await sendToBackground('page/start', { tabId: 7 })).toEqual({ ok: true, started: true });
    expect(received).toEqual([{ type: 'page/start', tabId: 7 }]);
    fakeBrowser.runtime.onMessage.removeAllListeners();
  });
});

describe('routeBackgroundMessage', () => {
  const recording = () => {
    const calls: unknown[][] = [];
    const handlers = Object.fromEntries(TYPES.map((type) => [type, (...args: unknown[]) => (calls.push([type, ...args]), failure('forbidden', type))])) as unknown as BackgroundHandlers;
    return { handlers, calls };
  };

  it("hands a message to its type's handler, with the sender the browser stamped", async () => {
    const { handlers, calls } = recording();
    const message = { type: 'toolbar/state', state: 'idle' };
    expect(await routeBackgroundMessage(handlers, message, fromHelpdesk, extension)).toEqual({ ok: false, code: 'forbidden', error: 'toolbar/state' });
    expect(calls).toEqual([['toolbar/state', message, fromHelpdesk]]);
  });

  it.each([
    ['an unknown type', { type: 'draft/delete-all' }],
    ["a name every object inherits", { type: 'constructor' }],
    ['__proto__', { type: '__proto__' }],
    ['no type', { ticket }],
    ['not an object', 'draft/load'],
    ['null', null],
  ])('refuses %s, naming the types there are, and calls no handler', async (_name, message) => {
    const { handlers, calls } = recording();
    const answer = await routeBackgroundMessage(handlers, message, fromHelpdesk, extension);
    expect(answer).toMatchObject({ ok: false, code: 'invalid' });
    expect(answer.ok ? '' : answer.error).toBe(`type: expected one of ${TYPES.join(', ')}`);
    expect(calls).toEqual([]);
  });

  it.each(TYPES)('refuses %s from a sender of the other kind before its handler runs', async (type) => {
    const { handlers, calls } = recording();
    const answer = await routeBackgroundMessage(handlers, WELL_FORMED[type], otherSenderOf(type), extension);
    expect(answer).toMatchObject({ ok: false, code: 'forbidden', error: expect.stringMatching(/^sender is not /) });
    expect(calls).toEqual([]);
  });
});

describe("the background's handlers (every type in the map)", () => {
  it.each(TYPES)('answer %s from its own sender', async (type) => {
    const { handlers } = realHandlers();
    expect(await routeBackgroundMessage(handlers, WELL_FORMED[type], senderOf(type), extension)).toMatchObject({ ok: true });
  });

  it.each(TYPES)('refuse %s from another extension, saying why', async (type) => {
    const { handlers, toolbar, executeScript } = realHandlers();
    expect(await routeBackgroundMessage(handlers, WELL_FORMED[type], fromAnotherExtension, extension)).toEqual({ ok: false, code: 'forbidden', error: 'sender is not this extension' });
    expect([...toolbar.setIcon.mock.calls, ...executeScript.mock.calls]).toEqual([]);
  });

  // The router checks the sender's kind first; each handler checks again, so none relies on the router.
  it.each(TYPES)('refuse %s from another extension or the other kind of sender, even handed it directly', async (type) => {
    const { handlers, toolbar, executeScript } = realHandlers();
    const handle = handlers[type] as (message: unknown, sender: object) => Promise<unknown>;
    for (const sender of [fromAnotherExtension, otherSenderOf(type)]) {
      expect(await handle(WELL_FORMED[type], sender)).toMatchObject({ ok: false, code: 'forbidden', error: expect.stringMatching(/^sender is not /) });
    }
    expect([...toolbar.setIcon.mock.calls, ...executeScript.mock.calls]).toEqual([]);
  });

  it.each([
    ['draft/load', { type: 'draft/load', ticket: { ...ticket, ticketId: '12a' } }, 'ticket.ticketId: '],
    ['draft/save', { ...WELL_FORMED['draft/save'], baseRevision: -1 }, 'baseRevision: '],
    ['draft/hold', { ...WELL_FORMED['draft/hold'], copyId: 'copy-1' }, 'copyId: '],
    ['draft/reply-sent', { type: 'draft/reply-sent' }, 'ticket: '],
    ['listening/analyze', { ...WELL_FORMED['listening/analyze'], reply: 42 }, 'reply: '],
    ['toolbar/state', { type: 'toolbar/state', state: 'busy' }, "expected { type: 'toolbar/state', state: "],
    ['page/start', { type: 'page/start', tabId: -1 }, "expected { type: 'page/start', tabId: "],
    ['helpdesk/start', { type: 'helpdesk/start', tabId: 'all' }, "expected { type: 'helpdesk/start', tabId: "],
  ])('refuse a malformed %s from its own sender, naming the field', async (type, message, field) => {
    const { handlers } = realHandlers();
    const answer = await routeBackgroundMessage(handlers, message, senderOf(type as BackgroundMessageType), extension);
    expect(answer).toMatchObject({ ok: false, code: 'invalid' });
    expect(answer.ok ? '' : answer.error.startsWith(field)).toBe(true);
  });
});
