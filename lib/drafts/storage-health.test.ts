import Dexie from 'dexie';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { ListenFirstDatabase, type DraftRowV1 } from './db';
import { exportReadableDrafts } from './draft-export';
import { checkStorageHealth, resetDraftDatabase } from './storage-health';
import { refusingOpens } from './testing/failing-storage';

let name = 0;
const cleanups: (() => unknown)[] = [];
afterEach(async () => {
  for (const cleanup of cleanups.splice(0).reverse()) await cleanup();
});
function nextName(): string {
  const dbName = `test-health-${name++}`;
  cleanups.push(() => Dexie.delete(dbName));
  return dbName;
}

const row: DraftRowV1 = {
  key: 'zendesk:acme:1201',
  helpdesk: 'zendesk',
  account: 'acme',
  ticketId: '1201',
  subject: 'License key rejected',
  restatement: 'Your license key is rejected',
  checklist: {},
  revision: 1,
  createdAt: 1_000,
  updatedAt: 2_000,
};

/** No helpdesk on a team's own domain configured when the upgrade runs. */
const noCustomOrigins = async () => [];

async function versionOneWithRows(dbName: string): Promise<void> {
  const old = new Dexie(dbName);
  old.version(1).stores({ drafts: '&key, updatedAt, helpdesk' });
  await old.table('drafts').put(row);
  old.close();
}

/** This release's schema and a next version whose upgrade throws halfway, as a bug in a released upgrade would. */
class FailingUpgradeDatabase extends ListenFirstDatabase {
  constructor(dbName: string) {
    super(dbName, { configuredOrigins: noCustomOrigins });
    this.version(5)
      .stores({ drafts: '&key, updatedAt, helpdesk, *searchWords' })
      .upgrade(() => {
        throw new Error('a bug in the upgrade');
      });
  }
}

function rawOpen(dbName: string, version?: number, upgrade?: (db: IDBDatabase) => void): Promise<IDBDatabase> {
  return new Promise((resolve, reject) => {
    const request = version === undefined ? indexedDB.open(dbName) : indexedDB.open(dbName, version);
    request.onupgradeneeded = () => upgrade?.(request.result);
    request.onsuccess = () => resolve(request.result);
    request.onerror = () => reject(request.error);
  });
}

describe('storage health', () => {
  it('reports an openable database with its draft count', async () => {
    const dbName = nextName();
    await versionOneWithRows(dbName);
    const db = new ListenFirstDatabase(dbName, { configuredOrigins: noCustomOrigins });
    cleanups.push(() => db.close());
    expect(await checkStorageHealth(db)).toEqual({ ok: true, draftCount: 1 });
  });

  it('reports a failed upgrade, offers the old rows for export, and resets to an empty database', async () => {
    const dbName = nextName();
    await versionOneWithRows(dbName);
    const db = new FailingUpgradeDatabase(dbName);
    cleanups.push(() => db.close());
    const health = await checkStorageHealth(db);
    expect(health).toEqual({ ok: false, code: 'upgrade-failed', error: expect.stringContaining('Updating the drafts database'), canExport: true });

    const readable = await exportReadableDrafts(dbName);
    expect(readable).toMatchObject({ format: 'listen-first/drafts', source: 'raw', indexedDbVersion: 10, stores: { drafts: [row] }, unreadableStores: [] });

    expect(await resetDraftDatabase(db)).toEqual({ ok: true, draftCount: 0 });
    await db.drafts.put({ ...row, origin: null, dismissedHints: [], reply: '', replySavedAt: null, searchWords: [] });
    expect(await db.drafts.count()).toBe(1);
  });

  it('reports a damaged database the browser cannot open, and whether its stores can still be read', async () => {
    vi.spyOn(console, 'warn').mockImplementation(() => undefined); // Dexie retries Chrome's UnknownError, noisily.
    const dbName = nextName();
    const written = new ListenFirstDatabase(dbName, { configuredOrigins: noCustomOrigins });
    await written.open();
    written.close();
    const db = new ListenFirstDatabase(dbName, { indexedDB: refusingOpens('UnknownError') });
    expect(await checkStorageHealth(db)).toEqual({ ok: false, code: 'damaged', error: "The drafts database is damaged or can't be read.", canExport: true });
    const nothingThere = new ListenFirstDatabase(nextName(), { indexedDB: refusingOpens('UnknownError') });
    expect(await checkStorageHealth(nothingThere)).toMatchObject({ ok: false, code: 'damaged', canExport: false });
  });

  it('reports storage the browser will not let the extension use', async () => {
    const db = new ListenFirstDatabase(nextName(), { indexedDB: refusingOpens('SecurityError') });
    expect(await checkStorageHealth(db)).toMatchObject({ ok: false, code: 'unavailable', error: expect.stringContaining("isn't letting ListenFirst use its storage") });
  });

  it('still opens a database a newer version left on disk, as long as its drafts table fits', async () => {
    const dbName = nextName();
    const newer = await rawOpen(dbName, 990, (idb) => {
      const store = idb.createObjectStore('drafts', { keyPath: 'key' });
      store.createIndex('updatedAt', 'updatedAt');
      store.createIndex('helpdesk', 'helpdesk');
      store.createIndex('searchWords', 'searchWords', { multiEntry: true });
      store.put({ ...row, searchWords: ['1201'], fieldFromTheFuture: true });
    });
    newer.close();
    const db = new ListenFirstDatabase(dbName, { configuredOrigins: noCustomOrigins });
    cleanups.push(() => db.close());
    expect(await checkStorageHealth(db)).toEqual({ ok: true, draftCount: 1 });
    expect(await db.drafts.get(row.key)).toMatchObject({ fieldFromTheFuture: true });
  });

  it('reports a database held open in an old version by another page as blocked', async () => {
    vi.spyOn(console, 'warn').mockImplementation(() => undefined);
    const dbName = nextName();
    await versionOneWithRows(dbName);
    // A connection that ignores "versionchange", as an old page of a previous release might.
    const holder = await rawOpen(dbName);
    const db = new ListenFirstDatabase(dbName, { configuredOrigins: noCustomOrigins });
    cleanups.push(() => db.close());
    expect(await checkStorageHealth(db, { timeoutMs: 200 })).toMatchObject({ ok: false, code: 'blocked', error: expect.stringContaining('holding the drafts database open') });
    holder.close();
    await vi.waitFor(() => expect(db.isOpen()).toBe(true));
    expect(await checkStorageHealth(db)).toEqual({ ok: true, draftCount: 1 });
  });
});
