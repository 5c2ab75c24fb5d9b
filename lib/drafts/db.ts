/**
 * The extension's one database. It lives in the extension's own origin (background service worker
 * and extension pages), never in a content script, where IndexedDB would belong to the helpdesk's
 * origin and its scripts could read it.
 *
 * Every released version stays declared here, with its upgrade, forever.
 */
import Dexie, { type EntityTable, type Transaction } from 'dexie';
import type { DraftView, TicketRefPayload } from '../messaging/messages';
import { redactSensitive } from './redact-sensitive';
import { draftSearchWords } from './search-words';

/** A stored draft: what the content script is sent (DraftView), plus where it belongs and its index. */
export interface DraftRow extends DraftView {
  /** `helpdesk:account:ticketId` */
  key: string;
  helpdesk: TicketRefPayload['helpdesk'];
  account: string;
  ticketId: string;
  createdAt: number;
  /** Derived from the fields above by `draftSearchWords` on every write (v2): the popup's search index. */
  searchWords: string[];
  /**
   * The save id (see DraftSaveSchema) of the save that wrote this row as it is; absent when another
   * write (reply sent) came after it, or on rows stored before save ids. Not indexed, so no new version.
   */
  lastSaveId?: string;
}

/** A row as version 1 (0.1.0) wrote it: the three reply/hint fields came late and may be missing. */
export type DraftRowV1 = Omit<DraftRow, 'searchWords' | 'dismissedHints' | 'reply' | 'replySavedAt'> &
  Partial<Pick<DraftRow, 'dismissedHints' | 'reply' | 'replySavedAt'>>;

export const DATABASE_NAME = 'listen-first';

/** Version 1 → 2: a fresh row with every field present and its search words. */
export function upgradeDraftRowToV2(row: DraftRowV1): DraftRow {
  const upgraded = { ...row, dismissedHints: row.dismissedHints ?? [], reply: row.reply ?? '', replySavedAt: row.replySavedAt ?? null };
  return { ...upgraded, searchWords: draftSearchWords(upgraded) };
}

/**
 * Version 2 → 3: secrets typed before redaction existed (or before it knew their shape) become
 * placeholders, and the search index is rebuilt so it no longer holds them either.
 */
export function upgradeDraftRowToV3(row: DraftRow): DraftRow {
  const redacted = { ...row, subject: redactSensitive(row.subject), restatement: redactSensitive(row.restatement), reply: redactSensitive(row.reply) };
  return { ...redacted, searchWords: draftSearchWords(redacted) };
}

/** Replaces every stored row with `upgrade(row)`, a fresh object rather than the stored one mutated. */
function replaceEveryRow<From>(tx: Transaction, upgrade: (row: From) => DraftRow) {
  return tx
    .table<From, string>('drafts')
    .toCollection()
    .modify((row, ref) => {
      (ref as { value: unknown }).value = upgrade(row);
    });
}

export class ListenFirstDatabase extends Dexie {
  drafts!: EntityTable<DraftRow, 'key'>;

  constructor(name = DATABASE_NAME, options?: ConstructorParameters<typeof Dexie>[1]) {
    super(name, options);
    // v1 (0.1.0): one row per ticket; updatedAt for retention and "recent drafts", helpdesk for lists.
    this.version(1).stores({ drafts: '&key, updatedAt, helpdesk' });
    // v2: `*searchWords`, a multi-entry word index, so the popup's search over ticket id, subject and
    // restatement is an index lookup among 10,000 drafts, not a scan; optional v1 fields filled in.
    this.version(2)
      .stores({ drafts: '&key, updatedAt, helpdesk, *searchWords' })
      .upgrade((tx) => replaceEveryRow(tx, upgradeDraftRowToV2));
    // v3: rows stored before the redaction of secrets (or of IBANs, dotted card numbers, "pw:") redacted.
    this.version(3)
      .stores({ drafts: '&key, updatedAt, helpdesk, *searchWords' })
      .upgrade((tx) => replaceEveryRow(tx, upgradeDraftRowToV3));
  }
}
