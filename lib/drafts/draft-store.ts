/** Reading and writing one ticket's draft, with revision checks so a stale writer never wins. */
import type { DraftHoldMessage, DraftResponse, DraftSaveMessage, DraftView, HeldCopy } from '../messaging/messages';
import { failure } from '../result';
import type { DraftRow, ListenFirstDatabase } from './db';
import { redactSensitive } from './redact-sensitive';
import { draftSearchWords } from './search-words';

export function toDraftView(row: DraftRow): DraftView {
  return {
    key: row.key,
    subject: row.subject,
    restatement: row.restatement,
    checklist: row.checklist,
    dismissedHints: row.dismissedHints,
    reply: row.reply,
    replySavedAt: row.replySavedAt,
    revision: row.revision,
    updatedAt: row.updatedAt,
  };
}

/** The stored draft, with the copies other tabs held beside it (a sidebar opening now offers them). */
export async function loadDraft(db: ListenFirstDatabase, key: string): Promise<DraftView | null> {
  const row = await db.drafts.get(key);
  if (!row) return null;
  return row.heldCopies?.length ? { ...toDraftView(row), heldCopies: row.heldCopies } : toDraftView(row);
}

/** More tabs than this losing the same race at once: the oldest copy goes. */
export const MAX_HELD_COPIES = 5;

/** An empty draft is not worth keeping: nothing written, nothing ticked. */
function isEmpty(save: DraftSaveMessage): boolean {
  return !save.restatement.trim() && !Object.values(save.checklist).some((mark) => mark.done) && !save.dismissedHints.length && !save.reply.trim();
}

/** A row to store: its search words derived from its own fields, so the index never goes stale. */
export function withSearchWords(row: Omit<DraftRow, 'searchWords'>): DraftRow {
  return { ...row, searchWords: draftSearchWords(row) };
}

/**
 * Secrets are stored as placeholders (see redact-sensitive.ts). The content script redacts before
 * sending; this second pass makes it a property of the store rather than of every caller.
 */
function redacted<Text extends { subject: string; restatement: string; reply: string }>(text: Text): Text {
  return { ...text, subject: redactSensitive(text.subject), restatement: redactSensitive(text.restatement), reply: redactSensitive(text.reply) };
}

export async function saveDraft(db: ListenFirstDatabase, incoming: DraftSaveMessage, now = Date.now()): Promise<DraftResponse> {
  const save = redacted(incoming);
  return db.transaction('rw', db.drafts, async (): Promise<DraftResponse> => {
    const stored = await db.drafts.get(save.ticket.key);
    // This very save committed already and its answer was lost (the worker stopped in between): the
    // same answer again, not a conflict with itself.
    if (stored?.lastSaveId !== undefined && stored.lastSaveId === save.saveId) return { ok: true, draft: toDraftView(stored) };
    const storedRevision = stored?.revision ?? 0;
    if (save.baseRevision !== storedRevision) {
      if (stored) return { ...failure('conflict', "another tab saved this ticket's draft first"), draft: toDraftView(stored) };
      // The row was deleted elsewhere (retention, "delete"): this writer's text is the newest there is.
    }
    if (!stored && isEmpty(save)) return { ok: true, draft: null };
    const row = withSearchWords({
      key: save.ticket.key,
      helpdesk: save.ticket.helpdesk,
      origin: save.ticket.origin,
      account: save.ticket.account,
      ticketId: save.ticket.ticketId,
      subject: save.subject,
      restatement: save.restatement,
      checklist: save.checklist,
      dismissedHints: save.dismissedHints,
      reply: save.reply,
      replySavedAt: save.reply === (stored?.reply ?? '') ? (stored?.replySavedAt ?? null) : now,
      revision: storedRevision + 1,
      createdAt: stored?.createdAt ?? now,
      updatedAt: now,
      lastSaveId: save.saveId,
      // Another tab's version waiting for the agent's choice is not this save's to drop.
      ...(stored?.heldCopies ? { heldCopies: stored.heldCopies } : {}),
    });
    await db.drafts.put(row);
    return { ok: true, draft: toDraftView(row) };
  });
}

/** The reply went out: forget the mirrored copy, keep the restatement and checklist with the ticket. */
export async function clearSentReply(db: ListenFirstDatabase, key: string, now = Date.now()): Promise<DraftResponse> {
  return db.transaction('rw', db.drafts, async (): Promise<DraftResponse> => {
    const stored = await db.drafts.get(key);
    if (!stored) return { ok: true, draft: null };
    // A newer write than the row's last save: a replay of that save must now meet a conflict.
    const { lastSaveId: _replaced, ...kept } = stored;
    const row: DraftRow = { ...kept, reply: '', replySavedAt: null, revision: stored.revision + 1, updatedAt: now };
    await db.drafts.put(row);
    return { ok: true, draft: toDraftView(row) };
  });
}

/**
 * Keeps (or, with `copy: null`, drops) one tab's version beside the stored draft while the agent
 * chooses. The draft itself is untouched: same text, revision and save id, so the tab that wrote it
 * goes on saving, and nothing is written over either version.
 */
export async function holdCopy(db: ListenFirstDatabase, hold: DraftHoldMessage, now = Date.now()): Promise<DraftResponse> {
  return db.transaction('rw', db.drafts, async (): Promise<DraftResponse> => {
    const stored = await db.drafts.get(hold.ticket.key);
    // Nothing stored (deleted meanwhile): there is no other version, the tab's next save simply writes.
    if (!stored) return { ok: true, draft: null };
    const { heldCopies: previous = [], ...draft } = stored;
    const others = previous.filter((copy) => copy.copyId !== hold.copyId);
    const heldCopies: HeldCopy[] = hold.copy ? [...others, { ...redacted(hold.copy), copyId: hold.copyId, heldAt: now }].slice(-MAX_HELD_COPIES) : others;
    await db.drafts.put(heldCopies.length ? { ...draft, heldCopies } : draft);
    return { ok: true, draft: toDraftView(stored) };
  });
}
