/**
 * The extension's one database. It lives in the extension's own origin (background service worker
 * and extension pages), never in a content script, where IndexedDB would belong to the helpdesk's
 * origin and its scripts could read it.
 *
 * Every released version stays declared here, with its upgrade, forever.
 */
import Dexie, { type EntityTable } from 'dexie';
import type { ChecklistState, TicketRefPayload } from '../messaging/messages';

export interface DraftRow {
  /** `helpdesk:account:ticketId` */
  key: string;
  helpdesk: TicketRefPayload['helpdesk'];
  account: string;
  ticketId: string;
  subject: string;
  restatement: string;
  checklist: ChecklistState;
  /** Hints dismissed for this ticket (see hintKey). Not indexed: no schema change. */
  dismissedHints?: string[];
  /** The mirrored reply (plain text) and when it was saved; cleared when the reply is sent. */
  reply?: string;
  replySavedAt?: number | null;
  /** Bumped on every write; a writer holding an older revision is refused. */
  revision: number;
  createdAt: number;
  updatedAt: number;
}

export const DATABASE_NAME = 'listen-first';

export class ListenFirstDatabase extends Dexie {
  drafts!: EntityTable<DraftRow, 'key'>;

  constructor(name = DATABASE_NAME, options?: ConstructorParameters<typeof Dexie>[1]) {
    super(name, options);
    // v1 (0.1.0): one row per ticket; updatedAt for retention and "recent drafts", helpdesk for lists.
    this.version(1).stores({ drafts: '&key, updatedAt, helpdesk' });
  }
}
