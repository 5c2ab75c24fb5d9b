import type { DBCore } from 'dexie';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { ticketRef } from '../adapters/types';
import { ListenFirstDatabase } from './db';
import { handleDraftMessage, handleStorageMessage } from './message-handler';
import { refusingOpens } from './testing/failing-storage';

const extensionId = fakeBrowser.runtime.id;
const extensionOrigin = fakeBrowser.runtime.getURL('/');
const tab = { id: 7, index: 0, highlighted: true, active: true, pinned: false, incognito: false };
const fromHelpdesk = { id: extensionId, tab, frameId: 0, url: 'https://acme.zendesk.com/agent/tickets/12' };
const fromOptionsPage = { id: extensionId, tab, frameId: 0, url: `${extensionOrigin}options.html` };
const fromPopup = { id: extensionId, url: `${extensionOrigin}popup.html` };

const ticket = ticketRef('zendesk', 'https://acme.zendesk.com', '12');
const save = { type: 'draft/save', ticket, subject: 'Key rejected', restatement: 'It says invalid', checklist: {}, dismissedHints: [], reply: 'Hi Marta', baseRevision: 0, saveId: '3f1c2a9e-5b7d-4e21-9a0c-6d8e2f4b1a73' };

let name = 0;
const databases: ListenFirstDatabase[] = [];
afterEach(async () => {
  for (const db of databases.splice(0)) await db.delete();
});

/** Makes the storage layer under `db` fail every write with `error`, as a full disk does. Call before opening. */
function refuseWrites(db: ListenFirstDatabase, error: () => Error): ListenFirstDatabase {
  db.use({
    stack: 'dbcore',
    name: 'refuse-writes',
    create: (down: DBCore): DBCore => ({
      ...down,
      table: (tableName) => ({ ...down.table(tableName), mutate: () => Promise.reject(error()) }),
    }),
  });
  return db;
}

function refusingWrites(error: () => Error): ListenFirstDatabase {
  return refuseWrites(healthyDatabase(), error);
}

function healthyDatabase(): ListenFirstDatabase {
  const db = new ListenFirstDatabase(`test-handler-${name++}`);
  databases.push(db);
  return db;
}

/** As the background routes them: `storage/…` from the extension's pages, the rest as draft messages. */
const handle = (db: ListenFirstDatabase, message: unknown, sender: object = fromHelpdesk) =>
  String((message as { type?: unknown } | null)?.type).startsWith('storage/')
    ? handleStorageMessage(db, message, sender, extensionId, extensionOrigin)
    : handleDraftMessage(db, message, sender, extensionId);

describe('handleDraftMessage', () => {
  it('saves and loads through the store', async () => {
    const db = healthyDatabase();
    expect(await handle(db, save)).toMatchObject({ ok: true, draft: { restatement: 'It says invalid', revision: 1 } });
    expect(await handle(db, { type: 'draft/load', ticket })).toMatchObject({ ok: true, draft: { reply: 'Hi Marta' } });
  });

  it('answers a save replayed after its answer was lost with that save\'s outcome, not a conflict', async () => {
    const db = healthyDatabase();
    // The worker committed the save and was stopped before its answer reached the sidebar.
    void (await handle(db, save));
    const replayed = await handle(db, save);
    expect(replayed).toMatchObject({ ok: true, draft: { restatement: 'It says invalid', reply: 'Hi Marta', revision: 1 } });
    // What was typed after the lost answer is saved on top, at the revision the replay reported.
    const next = { ...save, reply: 'Hi Marta, I reset the key', baseRevision: 1, saveId: '9b2e7c41-0d3a-4f68-8e15-2a7c9d0b6e54' };
    expect(await handle(db, next)).toMatchObject({ ok: true, draft: { reply: 'Hi Marta, I reset the key', revision: 2 } });
    expect(await handle(db, { type: 'draft/load', ticket })).toMatchObject({ ok: true, draft: { reply: 'Hi Marta, I reset the key', revision: 2 } });
  });

  it('still refuses a stale save whose id is not the one the row last took', async () => {
    const db = healthyDatabase();
    await handle(db, save);
    const otherTab = { ...save, reply: 'Hi Marta, from the other tab', saveId: '0c5d8f3a-7e21-4b96-a4d0-1f6e9b2c8a35' };
    expect(await handle(db, otherTab)).toMatchObject({ ok: false, code: 'conflict', draft: { reply: 'Hi Marta', revision: 1 } });
  });

  it('says in plain words that the disk is full when the storage layer refuses with QuotaExceededError', async () => {
    const db = refusingWrites(() => new DOMException('The quota has been exceeded.', 'QuotaExceededError'));
    const response = await handle(db, save);
    expect(response).toEqual({ ok: false, code: 'storage', error: 'The disk is full, so the draft could not be saved.' });
  });

  it.each([
    ['an unknown error (a disk error)', 'UnknownError', "The browser couldn't use its storage (a disk or database error), so the draft could not be saved."],
    ['a read-only database', 'ReadOnlyError', 'The browser refused to write to its storage, so the draft could not be saved.'],
    ['an aborted transaction', 'AbortError', 'The browser stopped the write before it finished, so the draft could not be saved.'],
    ['something unheard of', 'NS_ERROR_STRANGE', 'The browser reported a storage problem, so the draft could not be saved.'],
  ])('maps %s to plain words', async (_name, errorName, words) => {
    const db = refusingWrites(() => new DOMException('refused', errorName));
    expect(await handle(db, save)).toEqual({ ok: false, code: 'storage', error: words });
  });

  it('answers reply-sent with a storage error when writes are refused, and keeps the stored draft', async () => {
    const db = healthyDatabase();
    await handle(db, save);
    db.close();
    const refusing = refuseWrites(new ListenFirstDatabase(db.name), () => new DOMException('full', 'QuotaExceededError'));
    databases.push(refusing);
    expect(await handle(refusing, { type: 'draft/reply-sent', ticket })).toEqual({ ok: false, code: 'storage', error: 'The disk is full, so the draft could not be saved.' });
    expect(await handle(refusing, { type: 'draft/load', ticket })).toMatchObject({ ok: true, draft: { reply: 'Hi Marta' } });
  });

  it('reports a database that cannot be opened, pointing at the settings page', async () => {
    vi.spyOn(console, 'warn').mockImplementation(() => undefined); // Dexie retries Chrome's UnknownError, noisily.
    const db = new ListenFirstDatabase(`test-handler-${name++}`, { indexedDB: refusingOpens('UnknownError') });
    expect(await handle(db, { type: 'draft/load', ticket })).toEqual({
      ok: false,
      code: 'storage',
      error: "The drafts database can't be opened, so the draft could not be read. ListenFirst's settings page can export what is readable and reset it.",
    });
  });

  it('never lets an exception escape, even from a sender that throws', async () => {
    const db = healthyDatabase();
    const hostile = new Proxy({}, { get: () => { throw new Error('boom'); } });
    await expect(handle(db, save, hostile)).resolves.toMatchObject({ ok: false });
  });

  it('answers a storage health query from the options page and the popup', async () => {
    const db = healthyDatabase();
    await handle(db, save);
    expect(await handle(db, { type: 'storage/health' }, fromOptionsPage)).toEqual({ ok: true, draftCount: 1 });
    expect(await handle(db, { type: 'storage/health' }, fromPopup)).toEqual({ ok: true, draftCount: 1 });
  });

  it.each([
    ['a helpdesk content script', fromHelpdesk],
    ['another extension', { ...fromPopup, id: 'someone-else' }],
    ['a page of another extension origin', { ...fromPopup, url: 'chrome-extension://someone-else/popup.html' }],
  ])('refuses storage messages from %s', async (_name, sender) => {
    const db = healthyDatabase();
    expect(await handle(db, { type: 'storage/reset' }, sender)).toMatchObject({ ok: false, code: 'forbidden' });
  });

  it('refuses an unknown storage message', async () => {
    expect(await handle(healthyDatabase(), { type: 'storage/drop-everything' }, fromPopup)).toMatchObject({ ok: false, code: 'invalid' });
  });
});
