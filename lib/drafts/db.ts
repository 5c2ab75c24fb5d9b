/**
 * The extension's one database. It lives in the extension's own origin (background service worker
 * and extension pages), never in a content script, where IndexedDB would belong to the helpdesk's
 * origin and its scripts could read it.
 *
 * Every released version stays declared here, with its upgrade, forever.
 */
import Dexie, { type EntityTable, type Transaction } from 'dexie';
import { isHelpdeskId } from '../adapters/registry';
import { ticketKey } from '../adapters/types';
import type { DraftView, TicketRefPayload } from '../messaging/messages';
import { legacyTicketOrigin, type ConfiguredHelpdeskOrigin } from './legacy-ticket-origin';
import { redactSensitive } from './redact-sensitive';
import { draftSearchWords } from './search-words';

/** A stored draft: what the content script is sent (DraftView), plus where it belongs and its index. */
export interface DraftRow extends DraftView {
  /** The ticket's key (see ticketKey); a draft whose origin is unknown keeps its pre-v4 `helpdesk:account:ticketId`. */
  key: string;
  helpdesk: TicketRefPayload['helpdesk'];
  /**
   * The ticket's origin (v4). Null only for a draft stored before tickets named their origin, when
   * several configured helpdesk addresses could have been it: kept, shown without a link.
   */
  origin: string | null;
  /** The account the ticket's URLs name inside its origin ('' for most); for an unknown origin, the pre-v4 account. */
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

/** A row as versions 2 and 3 wrote it: keyed `helpdesk:account:ticketId`, no origin. */
export type DraftRowV3 = Omit<DraftRow, 'origin'>;

/** A row as version 1 (0.1.0) wrote it: the three reply/hint fields came late and may be missing. */
export type DraftRowV1 = Omit<DraftRowV3, 'searchWords' | 'dismissedHints' | 'reply' | 'replySavedAt'> &
  Partial<Pick<DraftRowV3, 'dismissedHints' | 'reply' | 'replySavedAt'>>;

export const DATABASE_NAME = 'listen-first';

/** Version 1 → 2: a fresh row with every field present and its search words. */
export function upgradeDraftRowToV2(row: DraftRowV1): DraftRowV3 {
  const upgraded = { ...row, dismissedHints: row.dismissedHints ?? [], reply: row.reply ?? '', replySavedAt: row.replySavedAt ?? null };
  return { ...upgraded, searchWords: draftSearchWords(upgraded) };
}

/**
 * Version 2 → 3: secrets typed before redaction existed (or before it knew their shape) become
 * placeholders, and the search index is rebuilt so it no longer holds them either.
 */
export function upgradeDraftRowToV3(row: DraftRowV3): DraftRowV3 {
  const redacted = { ...row, subject: redactSensitive(row.subject), restatement: redactSensitive(row.restatement), reply: redactSensitive(row.reply) };
  return { ...redacted, searchWords: draftSearchWords(redacted) };
}

/**
 * Version 3 → 4: the ticket's key names its origin, found from the old account (see
 * legacy-ticket-origin.ts) with the helpdesk origins configured at the upgrade. A row whose origin
 * can't be told keeps its key and account, with origin null: never dropped.
 */
export function upgradeDraftRowToV4(row: DraftRowV3, configured: readonly ConfiguredHelpdeskOrigin[]): DraftRow {
  const origin = legacyTicketOrigin(row.helpdesk, row.account, configured);
  // Page tickets (lib/anysite) came after v4: a row before it is always a helpdesk's.
  if (origin === null || !isHelpdeskId(row.helpdesk)) return { ...row, origin: null };
  return { ...row, origin, account: '', key: ticketKey(row.helpdesk, origin, '', row.ticketId) };
}

/** Every row's v4 form under its new key. Two rows meeting at one key (not seen, but cheap to rule out): the later keeps it, the other its old key. */
function upgradeEveryRowToV4(rows: readonly DraftRowV3[], configured: readonly ConfiguredHelpdeskOrigin[]): DraftRow[] {
  const byKey = new Map<string, DraftRow>();
  const newestFirst = [...rows].sort((a, b) => b.updatedAt - a.updatedAt);
  for (const row of newestFirst) {
    const upgraded = upgradeDraftRowToV4(row, configured);
    byKey.set(byKey.has(upgraded.key) ? row.key : upgraded.key, byKey.has(upgraded.key) ? { ...row, origin: null } : upgraded);
  }
  return [...byKey.values()];
}

/** Replaces every stored row with `upgrade(row)`, a fresh object rather than the stored one mutated. */
function replaceEveryRow<From, To>(tx: Transaction, upgrade: (row: From) => To) {
  return tx
    .table<From, string>('drafts')
    .toCollection()
    .modify((row, ref) => {
      (ref as { value: unknown }).value = upgrade(row);
    });
}

/** The helpdesk origins configured when the database is upgraded to v4 (the agent's and the last good policy's). */
export type ConfiguredOriginsLookup = () => Promise<readonly ConfiguredHelpdeskOrigin[]>;

export interface DatabaseOptions extends NonNullable<ConstructorParameters<typeof Dexie>[1]> {
  /**
   * Read only when a pre-v4 database is upgraded. Without it (or if the read fails) the upgrade fails,
   * to be tried again at the next open, rather than link a draft to the wrong site.
   */
  configuredOrigins?: ConfiguredOriginsLookup;
}

const NO_LOOKUP: ConfiguredOriginsLookup = () => Promise.reject(new Error('the configured helpdesk origins are needed to upgrade the drafts'));

export class ListenFirstDatabase extends Dexie {
  drafts!: EntityTable<DraftRow, 'key'>;

  constructor(name = DATABASE_NAME, { configuredOrigins = NO_LOOKUP, ...options }: DatabaseOptions = {}) {
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
    // v4: keys name the ticket's origin (`helpdesk:https://acme.example.com#42`), so a link can always
    // be rebuilt and two sites never share a key. Keys change, so rows are written afresh.
    this.version(4)
      .stores({ drafts: '&key, updatedAt, helpdesk, *searchWords' })
      .upgrade(async (tx) => {
        // Waited for inside the upgrade: the configured origins are in storage.local, not IndexedDB.
        const configured = await Dexie.waitFor(configuredOrigins());
        const table = tx.table<DraftRowV3, string>('drafts');
        const upgraded = upgradeEveryRowToV4(await table.toArray(), configured);
        await table.clear();
        await tx.table<DraftRow, string>('drafts').bulkAdd(upgraded);
      });
  }
}
