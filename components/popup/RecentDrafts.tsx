import { useEffect, useState } from 'preact/hooks';
import { helpdeskLabel } from '@/lib/adapters/registry';
import { requestStorageHealth } from '@/lib/drafts/background-storage';
import type { ListenFirstDatabase } from '@/lib/drafts/db';
import { pageDatabase } from '@/lib/drafts/page-database';
import { deleteDraft, PAGE_SIZE, searchDrafts, type DraftListItem, type DraftPage } from '@/lib/drafts/recent-drafts';
import type { StorageHealth } from '@/lib/messaging/page-messages';
import { PAGE_TICKETS } from '@/lib/anysite/page-ticket';

/** A draft's helpdesk, or, for a page picked on any site (lib/anysite), that it was a page. */
const sourceLabel = (helpdesk: string) => (helpdesk === PAGE_TICKETS ? 'page' : helpdeskLabel(helpdesk));

interface Props {
  /** The database to read (tests hand in their own); the page's own connection by default. */
  db?: ListenFirstDatabase;
  /** Asked when reading fails, to say why in plain words. */
  checkHealth?: (db: ListenFirstDatabase) => Promise<StorageHealth>;
  /** Pause after typing before searching. */
  searchDelayMs?: number;
  now?: () => number;
}

type ListState = { kind: 'loading' } | { kind: 'ready'; page: DraftPage } | { kind: 'broken'; message: string };

/** "14:02" today, "21 Nov" this year, "21 Nov 2025" before: when the draft last changed. */
export function formatDraftTime(at: number, now: number): string {
  const date = new Date(at);
  const today = new Date(now);
  if (date.toDateString() === today.toDateString()) return date.toLocaleTimeString(undefined, { hour: '2-digit', minute: '2-digit' });
  const sameYear = date.getFullYear() === today.getFullYear();
  return date.toLocaleDateString(undefined, { day: 'numeric', month: 'short', ...(sameYear ? {} : { year: 'numeric' }) });
}

// Inline: a list this small doesn't warrant its own stylesheet in the shared page CSS.
const HEADING_STYLE = { fontSize: '14px', margin: '16px 0 6px' };
const SEARCH_STYLE = { width: '100%', boxSizing: 'border-box', padding: '4px 6px', font: 'inherit' } as const;
const LIST_STYLE = { listStyle: 'none', margin: '8px 0', padding: 0 };
const ITEM_STYLE = { padding: '6px 0', borderTop: '1px solid var(--lf-border)' };

/** The popup's list of saved drafts: newest first, a search, a link to each ticket, and delete. */
export function RecentDrafts({ db = pageDatabase(), checkHealth = requestStorageHealth, searchDelayMs = 150, now = Date.now }: Props) {
  const [query, setQuery] = useState('');
  /** The query once typing paused: what is searched for. */
  const [settledQuery, setSettledQuery] = useState('');
  const [limit, setLimit] = useState(PAGE_SIZE);
  const [list, setList] = useState<ListState>({ kind: 'loading' });
  const [revision, setRevision] = useState(0);
  const [status, setStatus] = useState('');

  useEffect(() => {
    const timer = setTimeout(() => {
      setSettledQuery(query);
      setLimit(PAGE_SIZE);
    }, searchDelayMs);
    return () => clearTimeout(timer);
  }, [query]);

  useEffect(() => {
    let cancelled = false;
    void (async () => {
      try {
        const page = await searchDrafts(db, settledQuery, { limit });
        if (!cancelled) setList({ kind: 'ready', page });
      } catch {
        // Say why in plain words: the background knows whether the database opens at all.
        const health = await checkHealth(db).catch(() => null);
        if (!cancelled) setList({ kind: 'broken', message: health && !health.ok ? health.error : 'The saved drafts could not be read.' });
      }
    })();
    return () => {
      cancelled = true;
    };
  }, [db, settledQuery, limit, revision]);

  const remove = async (item: DraftListItem) => {
    try {
      await deleteDraft(db, item.key);
      // Gone from the list at once; the re-read that follows fills the page back up.
      setList((current) =>
        current.kind === 'ready' ? { kind: 'ready', page: { ...current.page, items: current.page.items.filter((entry) => entry.key !== item.key) } } : current,
      );
      setStatus(`Deleted the draft for ticket #${item.ticketId}.`);
      setRevision((n) => n + 1);
    } catch {
      setStatus(`The draft for ticket #${item.ticketId} could not be deleted.`);
    }
  };

  return (
    <section class="lf-recent-drafts" aria-labelledby="lf-recent-drafts-title" data-testid="lf-recent-drafts">
      <h2 id="lf-recent-drafts-title" style={HEADING_STYLE}>
        Recent drafts
      </h2>
      <input
        type="search"
        style={SEARCH_STYLE}
        data-testid="lf-drafts-search"
        aria-label="Search drafts by ticket number, subject or restatement"
        placeholder="Search by ticket, subject or restatement"
        value={query}
        onInput={(event) => setQuery(event.currentTarget.value)}
      />
      {list.kind === 'broken' && (
        <div class="lf-warning" role="alert" data-testid="lf-drafts-problem">
          <p>{list.message}</p>
          <button type="button" class="lf-link" onClick={() => void browser.runtime.openOptionsPage()}>
            Open settings to export what can be read, and reset
          </button>
        </div>
      )}
      {list.kind === 'ready' && list.page.items.length === 0 && (
        <p class="lf-muted" data-testid="lf-drafts-empty">
          {settledQuery.trim() ? `No drafts match “${settledQuery.trim()}”.` : 'No saved drafts yet. They appear here as you write in the sidebar.'}
        </p>
      )}
      {list.kind === 'ready' && list.page.items.length > 0 && (
        <ul class="lf-draft-list" style={LIST_STYLE} aria-label={settledQuery.trim() ? 'Drafts found' : 'Most recent first'}>
          {list.page.items.map((item) => (
            <li key={item.key} class="lf-draft-item" style={ITEM_STYLE} data-testid="lf-draft-item" data-key={item.key}>
              <div class="lf-draft-item__head">
                {item.ticketUrl ? (
                  <a href={item.ticketUrl} target="_blank" rel="noreferrer" title={`Open ticket #${item.ticketId} in ${sourceLabel(item.helpdesk)}`}>
                    #{item.ticketId}
                  </a>
                ) : (
                  <span>#{item.ticketId}</span>
                )}{' '}
                <span class="lf-muted">
                  {sourceLabel(item.helpdesk)} · {item.site} ·{' '}
                  <time dateTime={new Date(item.updatedAt).toISOString()}>{formatDraftTime(item.updatedAt, now())}</time>
                </span>
              </div>
              {item.subject && <div class="lf-draft-item__subject">{item.subject}</div>}
              {item.restatementStart && <div class="lf-muted lf-draft-item__restatement">{item.restatementStart}</div>}
              {item.hasReply && <div class="lf-muted">A reply is saved with this draft.</div>}
              {item.originUnknown && (
                <div class="lf-muted" data-testid="lf-draft-no-link">
                  No link: this draft was saved before ListenFirst noted each ticket's address, and more than one of your helpdesk addresses could be its
                  own.
                </div>
              )}
              <button type="button" class="lf-link" aria-label={`Delete the draft for ticket #${item.ticketId}`} onClick={() => void remove(item)}>
                Delete
              </button>
            </li>
          ))}
        </ul>
      )}
      {list.kind === 'ready' && list.page.hasMore && (
        <button type="button" class="lf-link" onClick={() => setLimit((n) => n + PAGE_SIZE)}>
          Show more
        </button>
      )}
      <p class="lf-muted" role="status">
        {status}
      </p>
    </section>
  );
}
