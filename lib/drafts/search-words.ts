/**
 * The words a draft can be found by in the popup's search, kept on each row (`searchWords`, a
 * multi-entry index) so a search is an index lookup rather than a scan of every draft.
 *
 * Indexed: the ticket id, the subject and the start of the restatement (what the popup's list
 * shows), without common English function words. Every index entry is a write on save and a delete
 * on purge, so the index stays small (see tests/bench/drafts-bench.ts): about a dozen words a draft.
 * Not indexed: the mirrored reply (it is for restoring, not finding), the account and the helpdesk
 * (a handful of values each, which would match thousands of rows and select nothing).
 */

/** The start of the restatement the popup lists, and the part a search looks in. */
export const RESTATEMENT_START_CHARS = 140;
/** A cap on one row's index entries, so a pathological draft cannot bloat the index. */
export const MAX_WORDS_PER_DRAFT = 24;
/** A search longer than this is cut: no one types more into a popup's search box. */
const MAX_QUERY_CHARS = 200;

const WORD = /[\p{L}\p{N}]+/gu;
const MARKS = /\p{M}/gu;

/** Words too common to find anything by; a query of nothing else is matched by a scan instead. */
const STOP_WORDS = new Set([
  'a', 'about', 'after', 'all', 'also', 'am', 'an', 'and', 'any', 'are', 'as', 'at', 'be', 'because', 'been', 'but', 'by',
  'can', 'could', 'did', 'do', 'does', 'for', 'from', 'had', 'has', 'have', 'he', 'her', 'his', 'how', 'i', 'if', 'in',
  'into', 'is', 'it', 'its', 'just', 'me', 'my', 'no', 'not', 'of', 'on', 'or', 'our', 'she', 'so', 'than', 'that', 'the',
  'their', 'them', 'then', 'there', 'they', 'this', 'to', 'up', 'us', 'was', 'we', 'were', 'what', 'when', 'which', 'who',
  'will', 'with', 'would', 'you', 'your', 've', 'll', 're', 's', 't', 'd', 'm',
]);

/** Lower-case words, accents folded ("Café" → "cafe"), in order of appearance, without repeats. */
export function wordsOf(text: string): string[] {
  const folded = text.normalize('NFKD').replace(MARKS, '').toLowerCase();
  return [...new Set(folded.match(WORD) ?? [])];
}

export interface SearchableDraft {
  ticketId: string;
  subject: string;
  restatement: string;
}

function draftText(draft: SearchableDraft): string {
  return `${draft.ticketId} ${draft.subject} ${draft.restatement.slice(0, RESTATEMENT_START_CHARS)}`;
}

/** The index entries of a draft: the ticket id first, then the subject's and restatement's words. */
export function draftSearchWords(draft: SearchableDraft): string[] {
  // Single letters find nothing useful and would each match thousands of rows; numbers always count.
  return wordsOf(draftText(draft))
    .filter((word) => !STOP_WORDS.has(word) && (word.length > 1 || /\d/.test(word)))
    .slice(0, MAX_WORDS_PER_DRAFT);
}

/** Every word of the searchable text, stop words included: for a query made only of them. */
export function allDraftWords(draft: SearchableDraft): string[] {
  return wordsOf(draftText(draft));
}

/** Can this query word be looked up in the index? A single letter would match most of it. */
function isIndexable(word: string): boolean {
  return !STOP_WORDS.has(word) && (word.length > 1 || /\d/.test(word));
}

export interface SearchQuery {
  /** Longest first: the longest prefix is usually the most selective. */
  words: string[];
  /**
   * 'index': every word can be looked up in the index, and a row matches exactly when each word's
   * lookup finds it. 'scan': only stop words or single letters, matched row by row.
   */
  plan: 'index' | 'scan';
}

/**
 * Stop words and single letters beside other words are left out ("refund a" is "refund" while the
 * agent is still typing "annual"); a query of nothing else is kept whole and scanned for.
 */
export function parseQuery(query: string): SearchQuery {
  const all = wordsOf(query.slice(0, MAX_QUERY_CHARS)).sort((a, b) => b.length - a.length);
  const indexed = all.filter(isIndexable);
  return indexed.length || !all.length ? { words: indexed, plan: 'index' } : { words: all, plan: 'scan' };
}

/** Every query word is the start of some word of the draft ("lic" finds "license"). */
export function matchesQuery(draftWords: readonly string[], queryWords: readonly string[]): boolean {
  return queryWords.every((word) => draftWords.some((candidate) => candidate.startsWith(word)));
}
