/**
 * The extension's one database. It lives in the extension's own origin (background service worker
 * and extension pages), never in a content script, where IndexedDB would belong to the helpdesk's
 * origin and its scripts could read it.
 *
 * Every released version stays declared here, with its upgrade, forever.
 */
import Dexie, { type EntityTable } from 'dexie';
import type { DraftView, TicketRefPayload } from '../messaging/messages';
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
      .upgrade((tx) =>
        tx
          .table<DraftRowV1, string>('drafts')
          .toCollection()
          .modify((row, ref) => {
            // Replace the value with a fresh object rather than mutating the stored one.
            (ref as { value: unknown }).value = upgradeDraftRowToV2(row);
          }),
      );
  }
}
