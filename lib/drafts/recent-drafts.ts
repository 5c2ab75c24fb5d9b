/**
 * The popup's list of drafts: the most recently changed first, a search over ticket id, subject and
 * restatement, and deleting. Extension pages call these on the database directly (same origin).
 */
import type { DraftRow, ListenFirstDatabase } from './db';
import { allDraftWords, matchesQuery, parseQuery, RESTATEMENT_START_CHARS } from './search-words';
import { ticketUrl } from './ticket-url';

export const PAGE_SIZE = 20;
/**
 * Up to this many matches, the matching rows are fetched and sorted; past it, walking the recency
 * index by key reaches a page's worth of matches sooner than fetching them all.
 */
const MAX_ROWS_TO_SORT = 200;

export interface DraftListItem {
  key: string;
  helpdesk: DraftRow['helpdesk'];
  /** Where the ticket lives, as the agent knows it: `acme.example.com`, `support.example.com / app-1`. */
  site: string;
  ticketId: string;
  subject: string;
  /** The start of the restatement, cut at a word, with "…" when there is more. */
  restatementStart: string;
  /** A mirrored reply is waiting to be restored or sent. */
  hasReply: boolean;
  updatedAt: number;
  /** Null when the stored origin, account or id could not make a safe link. */
  ticketUrl: string | null;
  /** A draft saved before tickets named their origin, whose origin could not be told: kept, without a link. */
  originUnknown: boolean;
}

export interface DraftPage {
  items: DraftListItem[];
  /** More drafts match than were returned. */
  hasMore: boolean;
}

/** The restatement's start as listed: the same characters a search looks in. */
export function previewOf(text: string, maxChars = RESTATEMENT_START_CHARS): string {
  const flat = text.replace(/\s+/g, ' ').trim();
  if (flat.length <= maxChars) return flat;
  const cut = flat.slice(0, maxChars);
  const lastSpace = cut.lastIndexOf(' ');
  return `${(lastSpace > maxChars / 2 ? cut.slice(0, lastSpace) : cut).trimEnd()}…`;
}

export function toListItem(row: DraftRow): DraftListItem {
  return {
    key: row.key,
    helpdesk: row.helpdesk,
    site: siteOf(row),
    ticketId: row.ticketId,
    subject: row.subject,
    restatementStart: previewOf(row.restatement),
    hasReply: Boolean(row.reply),
    updatedAt: row.updatedAt,
    ticketUrl: ticketUrl(row),
    originUnknown: row.origin === null,
  };
}

/** The origin's host (and port), then the account its URLs name, if any; the stored account alone when the origin is unknown. */
function siteOf(row: DraftRow): string {
  if (row.origin === null || !URL.canParse(row.origin)) return row.account;
  const host = new URL(row.origin).host;
  return row.account ? `${host} / ${row.account}` : host;
}

function toPage(rows: DraftRow[], limit: number): DraftPage {
  return { items: rows.slice(0, limit).map(toListItem), hasMore: rows.length > limit };
}

/** The `limit` most recently changed drafts after skipping `offset`, through the `updatedAt` index. */
export async function listRecentDrafts(db: ListenFirstDatabase, { limit = PAGE_SIZE, offset = 0 } = {}): Promise<DraftPage> {
  const rows = await db.drafts.orderBy('updatedAt').reverse().offset(offset).limit(limit + 1).toArray();
  return toPage(rows, limit);
}

/**
 * Drafts whose ticket id, subject or restatement start has a word beginning with each word of the
 * query ("lic 12" finds ticket 1201 about a license), most recent first. Empty query: the recent list.
 *
 * Plan: each word's index lookup gives the keys of the rows that have it; their intersection is the
 * exact answer, in no order. Few rows: fetch them and sort. Many: walk the recency index by key
 * only, keep the first page's worth that are in the set, fetch just those. (In Chromium a fetch costs
 * about three steps of a key walk, so the switch is at a few hundred; see tests/bench/drafts-bench.ts.)
 */
export async function searchDrafts(db: ListenFirstDatabase, query: string, { limit = PAGE_SIZE } = {}): Promise<DraftPage> {
  const { words, plan } = parseQuery(query);
  if (!words.length) return listRecentDrafts(db, { limit });
  if (plan === 'scan') {
    const rows = await db.drafts
      .orderBy('updatedAt')
      .reverse()
      .filter((row) => matchesQuery(allDraftWords(row), words))
      .limit(limit + 1)
      .toArray();
    return toPage(rows, limit);
  }
  const matching = await keysMatchingEveryWord(db, words);
  if (!matching.size) return { items: [], hasMore: false };
  let keys: string[];
  if (matching.size <= MAX_ROWS_TO_SORT) {
    keys = [...matching];
  } else {
    keys = [];
    await db.drafts
      .orderBy('updatedAt')
      .reverse()
      .until(() => keys.length > limit)
      .eachPrimaryKey((key) => {
        if (matching.has(key)) keys.push(key);
      });
  }
  const rows = (await db.drafts.bulkGet(keys)).filter((row): row is DraftRow => row !== undefined);
  rows.sort((a, b) => b.updatedAt - a.updatedAt);
  return toPage(rows, limit);
}

async function keysMatchingEveryWord(db: ListenFirstDatabase, words: readonly string[]): Promise<Set<string>> {
  // All lookups at once, in one transaction: the browser overlaps them.
  const perWord = await db.transaction('r', db.drafts, () =>
    Promise.all(words.map((word): Promise<string[]> => db.drafts.where('searchWords').startsWith(word).primaryKeys())),
  );
  perWord.sort((a, b) => a.length - b.length);
  // A multi-entry index yields a row once per matching word: a Set gives each row once.
  let matching = new Set(perWord[0] ?? []);
  for (const keys of perWord.slice(1)) {
    const previous = matching;
    matching = new Set(keys.filter((key) => previous.has(key)));
  }
  return matching;
}

export async function deleteDraft(db: ListenFirstDatabase, key: string): Promise<void> {
  await db.drafts.delete(key);
}

/** "Delete everything": every draft, in one transaction; returns how many there were. */
export async function deleteAllDrafts(db: ListenFirstDatabase): Promise<number> {
  return db.transaction('rw', db.drafts, async () => {
    const count = await db.drafts.count();
    await db.drafts.clear();
    return count;
  });
}
