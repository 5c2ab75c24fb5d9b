import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { ListenFirstDatabase } from './db';
import { DraftSync, type DraftConflict, type DraftContent, type SaveStatus } from './draft-sync';
import { answerDraftMessage, sidebarTicket as ticket } from './testing/sidebar-background';

// Two tabs on one ticket: two syncs, one background (the real message handler, fake-indexeddb).

const content = (restatement: string, reply = ''): DraftContent => ({ subject: 'Invoice PDF', restatement, checklist: {}, dismissedHints: [], reply });

let db: ListenFirstDatabase;
beforeEach(() => {
  db = new ListenFirstDatabase(`test-conflict-${Math.random()}`);
});
afterEach(async () => {
  await db.delete();
});

/** One tab's sidebar: its sync, what it was told, and whether the background answers it. */
function tab(answering = () => true) {
  const statuses: SaveStatus[] = [];
  const conflicts: DraftConflict[] = [];
  const sync = new DraftSync({
    ticket,
    send: async (message) => {
      if (!answering()) throw new Error('Could not establish connection. Receiving end does not exist.');
      return answerDraftMessage(db, message);
    },
    onStatus: (status) => statuses.push(status),
    onConflict: (conflict) => conflicts.push(conflict),
    debounceMs: 20,
    retryMs: 50,
    loadRetryMs: 20,
  });
  return { sync, statuses, conflicts };
}

/** Tab A saved "newer" after tab B had read the draft; then B saved "mine", based on the older one. */
async function raced() {
  const first = tab();
  const second = tab();
  await first.sync.load();
  await second.sync.load();
  first.sync.update(content('Newer text from the first tab', 'Hi Aiko, the first tab.'));
  await first.sync.flush();
  second.sync.update(content('Older tab typing', 'Hi Aiko, the second tab.'));
  await second.sync.flush();
  await second.sync.flush(); // the hold that follows the conflict
  return { first, second };
}

describe('two tabs on one ticket', () => {
  it("shows the tab that lost the race both versions, and writes nothing over the other tab's", async () => {
    const { second } = await raced();
    expect(second.conflicts).toHaveLength(1);
    expect(second.conflicts[0]).toMatchObject({ theirs: { restatement: 'Newer text from the first tab' }, mine: { restatement: 'Older tab typing', reply: 'Hi Aiko, the second tab.' } });
    expect(second.statuses.at(-1)).toEqual({ state: 'conflict' });
    expect(second.statuses.map((s) => s.state)).not.toContain('saved');
    const row = await db.drafts.get(ticket.key);
    expect(row).toMatchObject({ restatement: 'Newer text from the first tab', revision: 1 });
    // This tab's text is kept beside it, so a reload doesn't lose it either.
    expect(row?.heldCopies).toMatchObject([{ restatement: 'Older tab typing', reply: 'Hi Aiko, the second tab.' }]);
  });

  it('keeps what the agent goes on typing while the conflict is open, without saving it over the other', async () => {
    const { first, second } = await raced();
    second.sync.update(content('Older tab typing, and more'));
    await second.sync.flush();
    const row = await db.drafts.get(ticket.key);
    expect(row).toMatchObject({ restatement: 'Newer text from the first tab', revision: 1 });
    expect(row?.heldCopies).toHaveLength(1);
    expect(row?.heldCopies?.[0]).toMatchObject({ restatement: 'Older tab typing, and more' });
    // Holding a copy is no new revision: the first tab goes on saving as before.
    first.sync.update(content('Newer text from the first tab, edited'));
    await first.sync.flush();
    expect(first.statuses.at(-1)).toMatchObject({ state: 'saved' });
    expect(first.conflicts).toEqual([]);
    expect((await db.drafts.get(ticket.key))?.heldCopies).toHaveLength(1);
  });

  it("keep mine: this tab's version is saved over the other, with the other's revision, and its copy dropped", async () => {
    const { second } = await raced();
    await second.sync.keepMine();
    const row = await db.drafts.get(ticket.key);
    expect(row).toMatchObject({ restatement: 'Older tab typing', reply: 'Hi Aiko, the second tab.', revision: 2 });
    expect(row?.heldCopies).toBeUndefined();
    expect(second.statuses.at(-1)).toMatchObject({ state: 'saved' });
  });

  it('keep mine chosen before the reply just typed reached this tab: that reply is saved next, on the kept version', async () => {
    const first = tab();
    const second = tab();
    await first.sync.load();
    await second.sync.load();
    first.sync.update(content('Newer text from the first tab', 'Hi Aiko, the first tab.'));
    await first.sync.flush();
    // The conflict opens on the restatement alone; the reply is read after a pause in typing.
    second.sync.update(content('Older tab typing'));
    await second.sync.flush();
    await second.sync.keepMine();
    expect(await db.drafts.get(ticket.key)).toMatchObject({ restatement: 'Older tab typing', reply: '', revision: 2 });
    second.sync.update(content('Older tab typing', 'Hi Aiko, the second tab.'));
    await second.sync.flush();
    expect(await db.drafts.get(ticket.key)).toMatchObject({ restatement: 'Older tab typing', reply: 'Hi Aiko, the second tab.', revision: 3 });
    expect(second.conflicts).toHaveLength(1);
    expect(second.statuses.at(-1)).toMatchObject({ state: 'saved' });
  });

  it('keep mine after the other tab saved again meets that newer version: a new conflict, still nothing lost', async () => {
    const { first, second } = await raced();
    first.sync.update(content('Third text from the first tab'));
    await first.sync.flush();
    await second.sync.keepMine();
    await second.sync.flush();
    expect(second.conflicts.at(-1)).toMatchObject({ theirs: { restatement: 'Third text from the first tab', revision: 2 }, mine: { restatement: 'Older tab typing' } });
    const row = await db.drafts.get(ticket.key);
    expect(row).toMatchObject({ restatement: 'Third text from the first tab' });
    expect(row?.heldCopies).toMatchObject([{ restatement: 'Older tab typing' }]);
    await second.sync.keepMine();
    expect(await db.drafts.get(ticket.key)).toMatchObject({ restatement: 'Older tab typing', revision: 3 });
  });

  it("take the other: the other version is handed back to show, this tab's copy dropped, nothing saved", async () => {
    const { second } = await raced();
    const theirs = second.sync.takeTheirs();
    expect(theirs).toMatchObject({ restatement: 'Newer text from the first tab', reply: 'Hi Aiko, the first tab.' });
    await second.sync.flush();
    const row = await db.drafts.get(ticket.key);
    expect(row).toMatchObject({ restatement: 'Newer text from the first tab', revision: 1 });
    expect(row?.heldCopies).toBeUndefined();
    // Then this tab saves on top of the version it took.
    second.sync.update(content('Newer text from the first tab, continued here'));
    await second.sync.flush();
    expect(await db.drafts.get(ticket.key)).toMatchObject({ restatement: 'Newer text from the first tab, continued here', revision: 2 });
  });

  it('a reload of the tab that lost finds its version again, beside the other, until the agent chooses', async () => {
    const { second } = await raced();
    await second.sync.dispose();
    const reloaded = tab();
    const loaded = await reloaded.sync.load();
    expect(loaded?.draft).toMatchObject({ restatement: 'Newer text from the first tab' });
    expect(loaded?.draft).not.toHaveProperty('heldCopies');
    expect(loaded?.conflict).toMatchObject({ theirs: { restatement: 'Newer text from the first tab' }, mine: { restatement: 'Older tab typing', reply: 'Hi Aiko, the second tab.' } });
    await reloaded.sync.keepMine();
    expect(await db.drafts.get(ticket.key)).toMatchObject({ restatement: 'Older tab typing', revision: 2 });
    expect((await db.drafts.get(ticket.key))?.heldCopies).toBeUndefined();
  });

  it('two tabs that saved the same words are no conflict', async () => {
    const first = tab();
    const second = tab();
    await first.sync.load();
    await second.sync.load();
    first.sync.update(content('Same words'));
    await first.sync.flush();
    second.sync.update(content('Same words'));
    await second.sync.flush();
    expect(second.conflicts).toEqual([]);
    expect(second.statuses.at(-1)).toMatchObject({ state: 'saved' });
  });
});

describe('a draft that fails to load', () => {
  it('is read again until it loads, and nothing is saved before: no save is based on a draft never seen', async () => {
    const first = tab();
    await first.sync.load();
    first.sync.update(content('Stored before', 'Hi Luis, the refund is on its way.'));
    await first.sync.flush();
    let answering = false;
    const second = tab(() => answering);
    const loading = second.sync.load();
    await new Promise((resolve) => setTimeout(resolve, 60));
    expect(second.statuses.at(-1)).toMatchObject({ state: 'error', message: expect.stringContaining('Retrying') });
    second.sync.update(content('typed before the read', ''));
    await second.sync.flush();
    answering = true;
    const loaded = await loading;
    expect(loaded?.draft).toMatchObject({ restatement: 'Stored before', reply: 'Hi Luis, the refund is on its way.', revision: 1 });
    await second.sync.flush();
    expect(await db.drafts.get(ticket.key)).toMatchObject({ reply: 'Hi Luis, the refund is on its way.', revision: 1 });
    // Typed once it is read: saved on top of it, no conflict.
    second.sync.update(content('Stored before, and now read', 'Hi Luis, the refund is on its way.'));
    await second.sync.flush();
    expect(second.conflicts).toEqual([]);
    expect(await db.drafts.get(ticket.key)).toMatchObject({ restatement: 'Stored before, and now read', revision: 2 });
  });
});
