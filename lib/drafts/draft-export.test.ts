import Dexie from 'dexie';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { ListenFirstDatabase, type DraftRow } from './db';
import { EXPORT_FORMAT, EXPORT_FORMAT_VERSION, exportAllDrafts, exportFileName, exportReadableDrafts, exportToJson } from './draft-export';
import { draftRow } from './testing/draft-rows';

const NOW = Date.UTC(2026, 10, 22, 12);
let db: ListenFirstDatabase;
let name = 0;
beforeEach(() => {
  db = new ListenFirstDatabase(`test-export-${name++}`);
});
afterEach(async () => {
  await db.delete();
});

const row: DraftRow = draftRow('1201', 2_000, {
  subject: 'License key rejected',
  checklist: { 'thank-them': { done: true, auto: false } },
  dismissedHints: ['jargon:jargon-term:dns'],
  reply: 'Hi Marta, I checked',
  replySavedAt: 1_500,
  revision: 4,
  createdAt: 1_000,
});

describe('exportAllDrafts', () => {
  it('writes every stored field of every draft under a versioned header', async () => {
    await db.drafts.bulkPut([row, { ...row, key: 'zendesk:https://acme.zendesk.com#1202', ticketId: '1202', updatedAt: 3_000 }]);
    const exported = await exportAllDrafts(db, NOW);
    expect(exported).toMatchObject({ format: EXPORT_FORMAT, formatVersion: EXPORT_FORMAT_VERSION, exportedAt: '2026-11-22T12:00:00.000Z', source: 'database', schemaVersion: 4 });
    expect(exported.drafts.map((draft) => draft.ticketId)).toEqual(['1202', '1201']);
    const { searchWords: _derived, ...stored } = row;
    expect(exported.drafts[1]).toEqual(stored);
  });

  it('survives a round trip through JSON unchanged', async () => {
    await db.drafts.put(row);
    const exported = await exportAllDrafts(db, NOW);
    expect(JSON.parse(exportToJson(exported))).toEqual(exported);
  });

  it('exports an empty list when there are no drafts', async () => {
    expect((await exportAllDrafts(db, NOW)).drafts).toEqual([]);
  });
});

describe('exportReadableDrafts', () => {
  it('reads every object store as stored, without Dexie', async () => {
    await db.drafts.put(row);
    db.close();
    const exported = await exportReadableDrafts(db.name, undefined, NOW);
    expect(exported).toEqual({
      format: EXPORT_FORMAT,
      formatVersion: EXPORT_FORMAT_VERSION,
      exportedAt: '2026-11-22T12:00:00.000Z',
      source: 'raw',
      databaseName: db.name,
      indexedDbVersion: 40,
      stores: { drafts: [row] },
      unreadableStores: [],
    });
  });

  it('returns null for a database that does not exist, and does not create it', async () => {
    const missing = `test-export-missing-${name++}`;
    expect(await exportReadableDrafts(missing)).toBeNull();
    expect(await Dexie.exists(missing)).toBe(false);
  });
});

describe('exportFileName', () => {
  it('names the file by the local date', () => {
    expect(exportFileName(new Date(2026, 0, 5, 9).getTime())).toBe('listenfirst-drafts-2026-01-05.json');
  });
});
