import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { ticketRef } from '../adapters/types';
import type { ContentMessage, DraftResponse, DraftView } from '../messaging/messages';
import { ListenFirstDatabase } from './db';
import { DraftSync, type DraftConflict, type SaveStatus } from './draft-sync';
import { handleDraftMessage } from './message-handler';

const ticket = ticketRef('freshdesk', 'https://acme.freshdesk.com', '301');
const content = (restatement: string) => ({ subject: 'Invoice PDF', restatement, checklist: {}, dismissedHints: [], reply: '' });
const view = (restatement: string, revision: number): DraftView => ({
  key: ticket.key,
  subject: 'Invoice PDF',
  restatement,
  checklist: {},
  dismissedHints: [],
  reply: '',
  replySavedAt: null,
  revision,
  updatedAt: 1_700_000_000_000,
});

beforeEach(() => {
  vi.useFakeTimers();
});
afterEach(() => {
  vi.useRealTimers();
});

/** A sync whose draft was read (as `stored`), answering every later message with `reply`. */
async function harness(reply: (message: ContentMessage) => DraftResponse, stored: DraftView | null = null) {
  const sent: ContentMessage[] = [];
  const statuses: SaveStatus[] = [];
  const conflicts: DraftConflict[] = [];
  const sync = new DraftSync({
    ticket,
    send: async (message) => {
      if (message.type === 'draft/load') return { ok: true, draft: stored };
      sent.push(message);
      return reply(message);
    },
    onStatus: (status) => statuses.push(status),
    onConflict: (conflict) => conflicts.push(conflict),
    debounceMs: 300,
    retryMs: 1_000,
  });
  await sync.load();
  return { sync, sent, statuses, conflicts };
}

describe('DraftSync', () => {
  it('writes once after a pause in typing, with the latest text', async () => {
    let revision = 0;
    const { sync, sent } = await harness(() => ({ ok: true, draft: view('x', ++revision) }));
    sync.update(content('I'));
    sync.update(content('I see'));
    sync.update(content('I see the crash'));
    await vi.advanceTimersByTimeAsync(299);
    expect(sent).toHaveLength(0);
    await vi.advanceTimersByTimeAsync(1);
    expect(sent).toHaveLength(1);
    expect(sent[0]).toMatchObject({ type: 'draft/save', ticket, restatement: 'I see the crash', baseRevision: 0 });
  });

  it('sends the revision it last saw, so a stale tab is refused', async () => {
    let revision = 4;
    const { sync, sent } = await harness(() => ({ ok: true, draft: view('x', ++revision) }), view('loaded', 4));
    sync.update(content('one'));
    await sync.flush();
    sync.update(content('two'));
    await sync.flush();
    expect(sent.map((m) => m.type === 'draft/save' && m.baseRevision)).toEqual([4, 5]);
  });

  it('says "saved" only after the write completed', async () => {
    let release!: () => void;
    const gate = new Promise<void>((resolve) => (release = resolve));
    const statuses: SaveStatus[] = [];
    const sync = new DraftSync({
      ticket,
      send: async (message) => {
        if (message.type === 'draft/load') return { ok: true, draft: null };
        await gate;
        return { ok: true, draft: view('x', 1) };
      },
      onStatus: (status) => statuses.push(status),
      onConflict: () => {},
    });
    await sync.load();
    sync.update(content('hello'));
    const flushing = sync.flush();
    await vi.advanceTimersByTimeAsync(10);
    expect(statuses.map((s) => s.state)).toEqual(['pending', 'saving']);
    release();
    await flushing;
    expect(statuses.at(-1)).toMatchObject({ state: 'saved' });
  });

  it('keeps the text when a write is refused, says so, and retries', async () => {
    let fail = true;
    const { sync, sent, statuses } = await harness(() =>
      fail ? { ok: false, code: 'storage', error: 'The disk is full.' } : { ok: true, draft: view('kept', 1) },
    );
    sync.update(content('kept'));
    await sync.flush();
    expect(statuses.at(-1)).toMatchObject({ state: 'error' });
    expect(statuses.at(-1)?.state === 'error' && statuses.at(-1)).toMatchObject({ message: expect.stringContaining('disk is full') });
    fail = false;
    await vi.advanceTimersByTimeAsync(1_000);
    expect(sent).toHaveLength(2);
    expect(sent[1]).toMatchObject({ restatement: 'kept' });
    expect(statuses.at(-1)).toMatchObject({ state: 'saved' });
  });


  it('flushes pending text when disposed (the agent switched tickets)', async () => {
    const { sync, sent } = await harness(() => ({ ok: true, draft: view('x', 1) }));
    sync.update(content('mid-sentence'));
    await sync.dispose();
    expect(sent).toHaveLength(1);
    expect(sent[0]).toMatchObject({ ticket, restatement: 'mid-sentence' });
    sync.update(content('after dispose'));
    await vi.advanceTimersByTimeAsync(1_000);
    expect(sent).toHaveLength(1);
  });
});

describe('DraftSync.replySent', () => {
  it('writes pending text without the reply, then asks for the mirror to be cleared', async () => {
    let revision = 0;
    const { sync, sent } = await harness(() => ({ ok: true, draft: view('x', ++revision) }));
    sync.update({ ...content('restated'), reply: 'Hi, done' });
    await sync.replySent();
    expect(sent.map((m) => m.type)).toEqual(['draft/save', 'draft/reply-sent']);
    expect(sent[0]).toMatchObject({ restatement: 'restated', reply: '' });
    sync.update(content('after'));
    await sync.flush();
    expect(sent[2]).toMatchObject({ baseRevision: 2 });
  });
});

describe('DraftSync with a worker stopped between the commit and the answer', () => {
  it('keeps what was typed while the answer was lost: the replayed save is recognised, not a conflict', async () => {
    vi.useRealTimers(); // IndexedDB (fake-indexeddb) needs real timers.
    const db = new ListenFirstDatabase(`test-sync-lost-answer-${Date.now()}`);
    const tab = { id: 7, index: 0, highlighted: true, active: true, pinned: false, incognito: false };
    const sender = { id: fakeBrowser.runtime.id, tab, frameId: 0, url: 'https://acme.freshdesk.com/a/tickets/301' };
    let loseNextAnswer = true;
    const statuses: SaveStatus[] = [];
    const conflicts: DraftConflict[] = [];
    const sync = new DraftSync({
      ticket,
      send: async (message) => {
        const answer = await handleDraftMessage(db, message, sender, fakeBrowser.runtime.id);
        if (message.type === 'draft/save' && loseNextAnswer) {
          loseNextAnswer = false; // committed; the worker is gone before it can answer
          throw new Error('Could not establish connection. Receiving end does not exist.');
        }
        return answer;
      },
      onStatus: (status) => statuses.push(status),
      onConflict: (conflict) => conflicts.push(conflict),
      retryMs: 60_000,
    });
    try {
      await sync.load();
      sync.update(content('The invoice PDF'));
      await sync.flush();
      expect(statuses.at(-1)).toMatchObject({ state: 'error' });
      sync.update(content('The invoice PDF opens blank since Monday'));
      await sync.dispose();
      expect(conflicts).toEqual([]);
      expect(statuses.at(-1)).toMatchObject({ state: 'saved' });
      expect(await db.drafts.get(ticket.key)).toMatchObject({ restatement: 'The invoice PDF opens blank since Monday' });
    } finally {
      await db.delete();
    }
  });
});
