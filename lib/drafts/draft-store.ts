/** Reading and writing one ticket's draft, with revision checks so a stale writer never wins. */
import type { DraftResponse, DraftSaveMessage, DraftView } from '../messaging/messages';
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

export async function loadDraft(db: ListenFirstDatabase, key: string): Promise<DraftView | null> {
  const row = await db.drafts.get(key);
  return row ? toDraftView(row) : null;
}

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
function redactedSave(save: DraftSaveMessage): DraftSaveMessage {
  return { ...save, subject: redactSensitive(save.subject), restatement: redactSensitive(save.restatement), reply: redactSensitive(save.reply) };
}

export async function saveDraft(db: ListenFirstDatabase, incoming: DraftSaveMessage, now = Date.now()): Promise<DraftResponse> {
  const save = redactedSave(incoming);
  return db.transaction('rw', db.drafts, async (): Promise<DraftResponse> => {
    const stored = await db.drafts.get(save.ticket.key);
    // This very save committed already and its answer was lost (the worker stopped in between): the
    // same answer again, not a conflict with itself.
    if (stored?.lastSaveId !== undefined && stored.lastSaveId === save.saveId) return { ok: true, draft: toDraftView(stored) };
    const storedRevision = stored?.revision ?? 0;
    if (save.baseRevision !== storedRevision) {
      if (stored) return { ok: false, reason: 'conflict', draft: toDraftView(stored) };
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
