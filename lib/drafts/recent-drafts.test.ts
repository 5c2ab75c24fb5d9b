import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { ListenFirstDatabase, type DraftRow } from './db';
import { deleteAllDrafts, deleteDraft, listRecentDrafts, previewOf, searchDrafts } from './recent-drafts';
import { draftRow } from './testing/draft-rows';

let db: ListenFirstDatabase;
let name = 0;
beforeEach(() => {
  db = new ListenFirstDatabase(`test-recent-${name++}`);
});
afterEach(async () => {
  await db.delete();
});

function draft({ ticketId, updatedAt, ...overrides }: Partial<DraftRow> & Pick<DraftRow, 'ticketId' | 'updatedAt'>): DraftRow {
  return draftRow(ticketId, updatedAt, overrides);
}

describe('listRecentDrafts', () => {
  it('lists the most recently changed first, a page at a time', async () => {
    await db.drafts.bulkPut(Array.from({ length: 25 }, (_, i) => draft({ ticketId: String(100 + i), updatedAt: 1_000 + i })));
    const first = await listRecentDrafts(db, { limit: 20 });
    expect(first.items).toHaveLength(20);
    expect(first.items[0]).toMatchObject({ ticketId: '124', updatedAt: 1_024 });
    expect(first.hasMore).toBe(true);
    const second = await listRecentDrafts(db, { limit: 20, offset: 20 });
    expect(second.items.map((item) => item.ticketId)).toEqual(['104', '103', '102', '101', '100']);
    expect(second.hasMore).toBe(false);
  });

  it('gives each item its ticket link, helpdesk, time and the start of the restatement', async () => {
    await db.drafts.bulkPut([
      draft({ ticketId: '1201', updatedAt: 2, restatement: 'Your license key is rejected', reply: 'Hi Marta' }),
      draft({ ticketId: '301', helpdesk: 'freshdesk', origin: 'https://globex.freshdesk.com', updatedAt: 1 }),
    ]);
    const { items } = await listRecentDrafts(db);
    expect(items).toEqual([
      {
        key: 'zendesk:https://acme.zendesk.com#1201',
        helpdesk: 'zendesk',
        site: 'acme.zendesk.com',
        ticketId: '1201',
        subject: 'Export times out',
        restatementStart: 'Your license key is rejected',
        hasReply: true,
        updatedAt: 2,
        ticketUrl: 'https://acme.zendesk.com/agent/tickets/1201',
        originUnknown: false,
      },
      expect.objectContaining({ ticketUrl: 'https://globex.freshdesk.com/a/tickets/301', hasReply: false }),
    ]);
  });
});

describe('previewOf', () => {
  it('keeps a short restatement whole, on one line', () => {
    expect(previewOf('The export\n  stops')).toBe('The export stops');
  });

  it('cuts a long one at a word, with an ellipsis', () => {
    expect(previewOf('alpha beta gamma delta epsilon', 20)).toBe('alpha beta gamma…');
  });
});

describe('searchDrafts', () => {
  beforeEach(async () => {
    await db.drafts.bulkPut([
      draft({ ticketId: '1201', updatedAt: 30, subject: 'License key rejected', restatement: 'Your license key is rejected after the update' }),
      draft({ ticketId: '1202', updatedAt: 20, subject: 'Refund', restatement: 'You were charged twice for the license' }),
      draft({ ticketId: '301', helpdesk: 'freshdesk', updatedAt: 10, subject: 'Invoice PDF is blank', restatement: 'The invoice opens empty' }),
    ]);
  });

  it.each([
    ['a word of the subject', 'invoice', ['301']],
    ['a word start, newest first', 'lic', ['1201', '1202']],
    ['two words', 'license charged', ['1202']],
    ['a ticket id', '1202', ['1202']],
    ['a ticket id with its hash', '#301', ['301']],
    ['the start of ticket ids', '120', ['1201', '1202']],
    ['stop words alone, by scanning', 'you were', ['1202']],
    ['a single letter, by scanning', 'r', ['1201', '1202']],
    ['a word and a letter still being typed', 'invoice q', ['301']],
    ['a stop word beside a real word', 'the invoice', ['301']],
    ['any case and accents', 'INVÓICE', ['301']],
    ['nothing that matches', 'chargeback', []],
  ])('finds drafts by %s', async (_name, query, ticketIds) => {
    expect((await searchDrafts(db, query)).items.map((item) => item.ticketId)).toEqual(ticketIds);
  });

  it('lists recent drafts for an empty query', async () => {
    expect((await searchDrafts(db, '  ')).items.map((item) => item.ticketId)).toEqual(['1201', '1202', '301']);
  });

  it('finds rows the same way when a query matches too many to sort', async () => {
    await db.drafts.bulkPut(Array.from({ length: 700 }, (_, i) => draft({ ticketId: String(5000 + i), updatedAt: i % 2 ? 100 + i : 10_000 - i, subject: 'Timeout again' })));
    const page = await searchDrafts(db, 'timeout', { limit: 20 });
    expect(page.items).toHaveLength(20);
    expect(page.items.map((item) => item.ticketId).slice(0, 3)).toEqual(['5000', '5002', '5004']);
    expect(page.hasMore).toBe(true);
    const narrowed = await searchDrafts(db, 'timeout 5003');
    expect(narrowed.items.map((item) => item.ticketId)).toEqual(['5003']);
  });
});

describe('deleting', () => {
  it('deletes one draft and leaves the others', async () => {
    await db.drafts.bulkPut([draft({ ticketId: '1', updatedAt: 1 }), draft({ ticketId: '2', updatedAt: 2 })]);
    await deleteDraft(db, 'zendesk:https://acme.zendesk.com#1');
    expect(await db.drafts.toCollection().primaryKeys()).toEqual(['zendesk:https://acme.zendesk.com#2']);
  });

  it('deletes everything and says how many', async () => {
    await db.drafts.bulkPut([draft({ ticketId: '1', updatedAt: 1 }), draft({ ticketId: '2', updatedAt: 2 })]);
    expect(await deleteAllDrafts(db)).toBe(2);
    expect(await db.drafts.count()).toBe(0);
  });
});
