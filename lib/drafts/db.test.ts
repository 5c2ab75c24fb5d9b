import Dexie from 'dexie';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { ListenFirstDatabase, type ConfiguredOriginsLookup, type DraftRowV1, type DraftRowV3 } from './db';
import { draftSearchWords } from './search-words';

let name = 0;
const opened: Dexie[] = [];
afterEach(async () => {
  for (const db of opened.splice(0)) await db.delete();
});

/** The database exactly as 0.1.0 declared it: version 1 only. */
function versionOneDatabase(dbName: string): Dexie {
  const db = new Dexie(dbName);
  db.version(1).stores({ drafts: '&key, updatedAt, helpdesk' });
  return db;
}

const v1Rows: DraftRowV1[] = [
  {
    // Written before dismissed hints and the reply mirror existed.
    key: 'zendesk:acme:1201',
    helpdesk: 'zendesk',
    account: 'acme',
    ticketId: '1201',
    subject: 'License key rejected',
    restatement: 'Your license key is rejected after the 4.2 update',
    checklist: { 'thank-them': { done: true, auto: false } },
    revision: 3,
    createdAt: 1_000,
    updatedAt: 2_000,
  },
  {
    key: 'freshdesk:acme:301',
    helpdesk: 'freshdesk',
    account: 'acme',
    ticketId: '301',
    subject: 'Invoice PDF is blank',
    restatement: 'The invoice PDF opens empty',
    checklist: {},
    dismissedHints: ['jargon:jargon-term:pdf'],
    reply: 'Hi Sam, I re-sent the invoice',
    replySavedAt: 2_500,
    revision: 1,
    createdAt: 2_000,
    updatedAt: 3_000,
  },
];

/** No custom origin configured when the upgrade runs. */
const noCustomOrigins: ConfiguredOriginsLookup = async () => [];

/** A database written by 0.1.0 (version 1 only) with `v1Rows`, closed, then opened by this release's class. */
async function reopenedVersionOneDatabase(): Promise<ListenFirstDatabase> {
  const dbName = `test-upgrade-${name++}`;
  const old = versionOneDatabase(dbName);
  await old.table('drafts').bulkPut(v1Rows);
  old.close();
  const db = new ListenFirstDatabase(dbName, { configuredOrigins: noCustomOrigins });
  opened.push(db);
  return db;
}

describe('ListenFirstDatabase upgrades', () => {
  it('finds the rows a version 1 database held, migrated to this version', async () => {
    const db = await reopenedVersionOneDatabase();
    await db.open();
    expect(db.verno).toBe(4);
    expect(await db.drafts.count()).toBe(2);
    expect(await db.drafts.get('zendesk:https://acme.zendesk.com#1201')).toEqual({
      ...v1Rows[0],
      key: 'zendesk:https://acme.zendesk.com#1201',
      origin: 'https://acme.zendesk.com',
      account: '',
      dismissedHints: [],
      reply: '',
      replySavedAt: null,
      searchWords: ['1201', 'license', 'key', 'rejected', '4', '2', 'update'],
    });
    // Fields already present are kept as they were, not reset by the defaults.
    expect(await db.drafts.get('freshdesk:https://acme.freshdesk.com#301')).toMatchObject({ dismissedHints: ['jargon:jargon-term:pdf'], reply: 'Hi Sam, I re-sent the invoice', replySavedAt: 2_500, revision: 1 });
  });

  it('serves the new search index for migrated rows', async () => {
    const db = await reopenedVersionOneDatabase();
    expect(await db.drafts.where('searchWords').startsWith('invo').primaryKeys()).toEqual(['freshdesk:https://acme.freshdesk.com#301']);
    expect(await db.drafts.where('searchWords').equals('1201').primaryKeys()).toEqual(['zendesk:https://acme.zendesk.com#1201']);
  });

  it('keeps the updatedAt and helpdesk indexes of version 1', async () => {
    const db = await reopenedVersionOneDatabase();
    expect(await db.drafts.orderBy('updatedAt').reverse().primaryKeys()).toEqual(['freshdesk:https://acme.freshdesk.com#301', 'zendesk:https://acme.zendesk.com#1201']);
    expect(await db.drafts.where('helpdesk').equals('zendesk').count()).toBe(1);
  });

  it('creates a fresh database at version 4, without asking for the configured origins', async () => {
    const db = new ListenFirstDatabase(`test-upgrade-${name++}`);
    opened.push(db);
    await db.open();
    expect(db.verno).toBe(4);
    expect(db.drafts.schema.indexes.map((index) => [index.name, index.multi])).toEqual([
      ['updatedAt', false],
      ['helpdesk', false],
      ['searchWords', true],
    ]);
  });
});

/** A row as versions 2 wrote it, before redaction: the secrets and their search words stored as typed. */
function storedBeforeRedaction(ticketId: string, fields: Pick<DraftRowV3, 'subject' | 'restatement' | 'reply'>): DraftRowV3 {
  const row = { key: `zendesk:acme:${ticketId}`, helpdesk: 'zendesk' as const, account: 'acme', ticketId, checklist: {}, dismissedHints: [], replySavedAt: 2_500, revision: 4, createdAt: 1_000, updatedAt: 3_000, ...fields };
  return { ...row, searchWords: draftSearchWords(row) };
}

const v2Rows = [
  storedBeforeRedaction('1201', {
    subject: 'Card 4111 1111 1111 1111 declined',
    restatement: 'Your card 4111 1111 1111 1111 is declined',
    reply: 'Hi Sam, your temporary password: Summer2024! and the IBAN DE89 3704 0044 0532 0130 00 are on file.',
  }),
  storedBeforeRedaction('1202', { subject: 'Export times out', restatement: 'The CSV export stops after a minute', reply: 'Hi Ana, I am on it.' }),
];

describe('ListenFirstDatabase upgrade from version 2', () => {
  async function reopenedVersionTwoDatabase(): Promise<ListenFirstDatabase> {
    const dbName = `test-upgrade-${name++}`;
    const old = versionOneDatabase(dbName);
    old.version(2).stores({ drafts: '&key, updatedAt, helpdesk, *searchWords' });
    await old.table('drafts').bulkPut(v2Rows);
    old.close();
    const db = new ListenFirstDatabase(dbName, { configuredOrigins: noCustomOrigins });
    opened.push(db);
    return db;
  }

  it('redacts the secrets rows held from before redaction existed, and drops them from the search index', async () => {
    const db = await reopenedVersionTwoDatabase();
    expect(await db.drafts.get('zendesk:https://acme.zendesk.com#1201')).toEqual({
      ...v2Rows[0],
      key: 'zendesk:https://acme.zendesk.com#1201',
      origin: 'https://acme.zendesk.com',
      account: '',
      subject: 'Card [card number removed] declined',
      restatement: 'Your card [card number removed] is declined',
      reply: 'Hi Sam, your temporary password: [password removed] and the IBAN [IBAN removed] are on file.',
      searchWords: ['1201', 'card', 'number', 'removed', 'declined'],
    });
    expect(await db.drafts.where('searchWords').equals('4111').count()).toBe(0);
  });

  it('leaves a row without secrets as it was', async () => {
    const db = await reopenedVersionTwoDatabase();
    expect(await db.drafts.get('zendesk:https://acme.zendesk.com#1202')).toEqual({
      ...v2Rows[1],
      key: 'zendesk:https://acme.zendesk.com#1202',
      origin: 'https://acme.zendesk.com',
      account: '',
    });
  });
});

/** A row as version 3 stored it: keyed `helpdesk:account:ticketId`, its account a subdomain or a custom host made key-safe. */
function storedInVersionThree(helpdesk: 'zendesk' | 'freshdesk', account: string, ticketId: string, updatedAt = 3_000): DraftRowV3 {
  const row = { key: `${helpdesk}:${account}:${ticketId}`, helpdesk, account, ticketId, subject: `Ticket ${ticketId}`, restatement: 'The export stops', checklist: {}, dismissedHints: [], reply: 'Hi Sam', replySavedAt: 2_500, revision: 2, createdAt: 1_000, updatedAt, lastSaveId: '3f1c2a9e-5b7d-4e21-9a0c-6d8e2f4b1a73' };
  return { ...row, searchWords: draftSearchWords(row) };
}

describe('ListenFirstDatabase upgrade from version 3: keys that name the origin', () => {
  async function reopenedVersionThreeDatabase(rows: DraftRowV3[], configuredOrigins: ConfiguredOriginsLookup): Promise<ListenFirstDatabase> {
    const dbName = `test-upgrade-${name++}`;
    const old = versionOneDatabase(dbName);
    old.version(2).stores({ drafts: '&key, updatedAt, helpdesk, *searchWords' });
    old.version(3).stores({ drafts: '&key, updatedAt, helpdesk, *searchWords' });
    await old.table('drafts').bulkPut(rows);
    old.close();
    const db = new ListenFirstDatabase(dbName, { configuredOrigins });
    opened.push(db);
    return db;
  }

  const custom = (...entries: [string, 'zendesk' | 'freshdesk'][]) => async () => entries.map(([origin, helpdesk]) => ({ origin, helpdesk }));

  it("gives a hosted account's draft its subdomain's origin, everything else kept", async () => {
    const row = storedInVersionThree('zendesk', 'acme', '1201');
    const db = await reopenedVersionThreeDatabase([row], custom());
    expect(await db.drafts.toArray()).toEqual([{ ...row, key: 'zendesk:https://acme.zendesk.com#1201', origin: 'https://acme.zendesk.com', account: '' }]);
  });

  it("gives a custom origin's draft that origin back when exactly one configured origin made its account", async () => {
    const db = await reopenedVersionThreeDatabase(
      [storedInVersionThree('zendesk', 'support-example-com', '42'), storedInVersionThree('freshdesk', 'helpdesk-intranet-8080', '7')],
      custom(['https://support.example.com', 'zendesk'], ['http://helpdesk.intranet:8080', 'freshdesk']),
    );
    expect((await db.drafts.toArray()).map((r) => [r.key, r.origin, r.account]).sort()).toEqual([
      ['freshdesk:http://helpdesk.intranet:8080#7', 'http://helpdesk.intranet:8080', ''],
      ['zendesk:https://support.example.com#42', 'https://support.example.com', ''],
    ]);
  });

  it('keeps a draft two configured origins could have made, under its old key, without an origin', async () => {
    const row = storedInVersionThree('zendesk', 'support-example-com', '42');
    const db = await reopenedVersionThreeDatabase([row], custom(['https://support.example.com', 'zendesk'], ['https://support-example.com', 'zendesk']));
    expect(await db.drafts.toArray()).toEqual([{ ...row, origin: null }]);
  });

  it("does not take another helpdesk's custom origin for a draft's", async () => {
    const db = await reopenedVersionThreeDatabase([storedInVersionThree('zendesk', 'support-example-com', '42')], custom(['https://support.example.com', 'freshdesk']));
    expect(await db.drafts.toCollection().primaryKeys()).toEqual(['zendesk:https://support-example-com.zendesk.com#42']);
  });

  it('keeps every row when it cannot read the configured origins, and upgrades them at the next open that can', async () => {
    vi.spyOn(console, 'warn').mockImplementation(() => undefined);
    const rows = [storedInVersionThree('zendesk', 'support-example-com', '42'), storedInVersionThree('zendesk', 'acme', '1')];
    const failing = await reopenedVersionThreeDatabase(rows, () => Promise.reject(new Error('storage.local unavailable')));
    await expect(failing.open()).rejects.toThrow();
    failing.close();
    const db = new ListenFirstDatabase(failing.name, { configuredOrigins: custom(['https://support.example.com', 'zendesk']) });
    opened.push(db);
    expect((await db.drafts.toCollection().primaryKeys()).sort()).toEqual(['zendesk:https://acme.zendesk.com#1', 'zendesk:https://support.example.com#42']);
  });

  it('finds a migrated draft by the key the content script now sends, and by its search words', async () => {
    const db = await reopenedVersionThreeDatabase([storedInVersionThree('freshdesk', 'acme', '301')], custom());
    expect(await db.drafts.get('freshdesk:https://acme.freshdesk.com#301')).toMatchObject({ reply: 'Hi Sam', revision: 2 });
    expect(await db.drafts.where('searchWords').equals('301').primaryKeys()).toEqual(['freshdesk:https://acme.freshdesk.com#301']);
  });
});
