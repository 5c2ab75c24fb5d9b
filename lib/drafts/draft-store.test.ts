import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { ticketRef } from '../adapters/types';
import type { DraftSaveMessage } from '../messaging/messages';
import { ListenFirstDatabase } from './db';
import { clearSentReply, loadDraft, saveDraft } from './draft-store';

let db: ListenFirstDatabase;
let name = 0;
beforeEach(() => {
  db = new ListenFirstDatabase(`test-drafts-${name++}`);
});
afterEach(async () => {
  await db.delete();
});

const ticket12 = ticketRef('zendesk', 'https://acme.zendesk.com', '12');
const ticket13 = ticketRef('zendesk', 'https://acme.zendesk.com', '13');
function save(overrides: Partial<DraftSaveMessage> = {}): DraftSaveMessage {
  return {
    type: 'draft/save',
    ticket: ticket12,
    subject: 'License key rejected',
    restatement: 'Your license key is rejected after the 4.2 update',
    checklist: { 'thank-them': { done: true, auto: false } },
    dismissedHints: [],
    reply: '',
    baseRevision: 0,
    saveId: crypto.randomUUID(),
    ...overrides,
  };
}

describe('draft store', () => {
  it("keeps ticket 12's draft under ticket 12 and nowhere else", async () => {
    await saveDraft(db, save());
    await saveDraft(db, save({ ticket: ticket13, restatement: 'The export crashes' }));
    expect((await loadDraft(db, ticket12.key))?.restatement).toBe('Your license key is rejected after the 4.2 update');
    expect((await loadDraft(db, ticket13.key))?.restatement).toBe('The export crashes');
    const row = await db.drafts.get(ticket12.key);
    expect(row).toMatchObject({ helpdesk: 'zendesk', origin: 'https://acme.zendesk.com', account: '', ticketId: '12', revision: 1 });
  });

  it('bumps the revision on every write and keeps the creation time', async () => {
    const first = await saveDraft(db, save(), 1000);
    const second = await saveDraft(db, save({ restatement: 'edited', baseRevision: 1 }), 2000);
    expect(first.ok && first.draft?.revision).toBe(1);
    expect(second.ok && second.draft?.revision).toBe(2);
    expect(await db.drafts.get(ticket12.key)).toMatchObject({ createdAt: 1000, updatedAt: 2000, restatement: 'edited' });
  });

  it('refuses a stale writer and hands back the newer draft', async () => {
    await saveDraft(db, save());
    await saveDraft(db, save({ restatement: 'newer, from another tab', baseRevision: 1 }));
    const stale = await saveDraft(db, save({ restatement: 'older', baseRevision: 1 }));
    expect(stale).toMatchObject({ ok: false, code: 'conflict', draft: { restatement: 'newer, from another tab', revision: 2 } });
    expect((await loadDraft(db, ticket12.key))?.restatement).toBe('newer, from another tab');
  });

  it('does not store an empty draft for a ticket never written to', async () => {
    const result = await saveDraft(db, save({ restatement: '  ', checklist: { 'thank-them': { done: false, auto: false } } }));
    expect(result).toEqual({ ok: true, draft: null });
    expect(await db.drafts.count()).toBe(0);
  });

  it('keeps the hints dismissed for the ticket', async () => {
    await saveDraft(db, save({ restatement: '', checklist: {}, dismissedHints: ['jargon:jargon-term:dns'] }));
    expect((await loadDraft(db, ticket12.key))?.dismissedHints).toEqual(['jargon:jargon-term:dns']);
  });

  it('mirrors the reply with its save time, and forgets it once the reply is sent', async () => {
    await saveDraft(db, save({ reply: 'Hi Marta, I checked' }), 5000);
    expect(await loadDraft(db, ticket12.key)).toMatchObject({ reply: 'Hi Marta, I checked', replySavedAt: 5000 });
    await saveDraft(db, save({ reply: 'Hi Marta, I checked', restatement: 'changed', baseRevision: 1 }), 6000);
    expect((await loadDraft(db, ticket12.key))?.replySavedAt).toBe(5000);
    await clearSentReply(db, ticket12.key);
    expect(await loadDraft(db, ticket12.key)).toMatchObject({ reply: '', replySavedAt: null, restatement: 'changed' });
  });

  it('stores secrets typed into the reply or restatement as placeholders, never the values', async () => {
    await saveDraft(db, save({ restatement: 'Card 4111 1111 1111 1111 was charged twice', reply: 'Your temporary password: Xy12ab!' }));
    const row = await db.drafts.get(ticket12.key);
    expect(row).toMatchObject({ restatement: 'Card [card number removed] was charged twice', reply: 'Your temporary password: [password removed]' });
    expect(JSON.stringify(row)).not.toContain('4111');
    expect(JSON.stringify(row)).not.toContain('Xy12ab');
  });

  it('keeps the reply save time when only the secret in it changed', async () => {
    await saveDraft(db, save({ reply: 'Your code is PIN 1234' }), 5000);
    await saveDraft(db, save({ reply: 'Your code is PIN 9876', baseRevision: 1 }), 6000);
    expect((await loadDraft(db, ticket12.key))?.replySavedAt).toBe(5000);
  });

  it('keeps the search words in step with the subject and restatement', async () => {
    await saveDraft(db, save());
    await saveDraft(db, save({ subject: 'Refund for order', restatement: 'You were charged twice', baseRevision: 1 }));
    expect(await db.drafts.where('searchWords').startsWith('refund').primaryKeys()).toEqual([ticket12.key]);
    expect(await db.drafts.where('searchWords').startsWith('license').count()).toBe(0);
  });

  it('answers a save sent again after its answer was lost with the revision it wrote, without writing again', async () => {
    const first = save({ reply: 'Hi Marta, I checked' });
    const committed = await saveDraft(db, first, 5000);
    const replayed = await saveDraft(db, first, 9000);
    expect(replayed).toEqual(committed);
    expect(await db.drafts.get(ticket12.key)).toMatchObject({ revision: 1, updatedAt: 5000, lastSaveId: first.saveId });
  });

  it('refuses a replayed save once another write came after it (the reply was sent)', async () => {
    const first = save({ reply: 'Hi Marta, I checked' });
    await saveDraft(db, first);
    await clearSentReply(db, ticket12.key);
    expect(await saveDraft(db, first)).toMatchObject({ ok: false, code: 'conflict', draft: { reply: '', revision: 2 } });
  });

  it('takes saves on a row stored before save ids as it did before', async () => {
    await saveDraft(db, save());
    const { lastSaveId: _dropped, ...stored } = (await db.drafts.get(ticket12.key))!;
    await db.drafts.put(stored);
    expect(await saveDraft(db, save({ restatement: 'edited', baseRevision: 1 }))).toMatchObject({ ok: true, draft: { restatement: 'edited', revision: 2 } });
    expect(await saveDraft(db, save({ restatement: 'stale', baseRevision: 1 }))).toMatchObject({ ok: false, code: 'conflict' });
  });

  it('returns null for a ticket with no draft', async () => {
    expect(await loadDraft(db, ticket13.key)).toBeNull();
  });
});
