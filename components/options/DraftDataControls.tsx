import { useEffect, useRef, useState } from 'preact/hooks';
import { requestStorageHealth, requestStorageReset } from '@/lib/drafts/background-storage';
import type { ListenFirstDatabase } from '@/lib/drafts/db';
import { exportAllDrafts, exportFileName, exportReadableDrafts, exportToJson } from '@/lib/drafts/draft-export';
import { pageDatabase } from '@/lib/drafts/page-database';
import { deleteAllDrafts } from '@/lib/drafts/recent-drafts';
import type { StorageHealth } from '@/lib/messaging/page-messages';

interface Props {
  db?: ListenFirstDatabase;
  checkHealth?: (db: ListenFirstDatabase) => Promise<StorageHealth>;
  reset?: (db: ListenFirstDatabase) => Promise<StorageHealth>;
  /** Hands the file to the agent; a download link by default. */
  download?: (fileName: string, json: string) => void;
  now?: () => number;
}

/** Saves text as a file through a download link: no `downloads` permission needed. */
export function downloadJsonFile(fileName: string, json: string, doc: Document = document): void {
  const url = URL.createObjectURL(new Blob([json], { type: 'application/json' }));
  const link = doc.createElement('a');
  link.href = url;
  link.download = fileName;
  doc.body.append(link);
  link.click();
  link.remove();
  // Revoked later: some browsers start reading the blob only after click() returns.
  setTimeout(() => URL.revokeObjectURL(url), 60_000);
}

const plural = (n: number) => `${n.toLocaleString()} draft${n === 1 ? '' : 's'}`;

/**
 * The options page's control over stored drafts: "Export all my drafts" (a JSON file) and "Delete
 * everything" behind a confirmation. When the database can't be opened it says why, offers an export
 * of what is still readable, and then a reset.
 */
export function DraftDataControls({
  db = pageDatabase(),
  checkHealth = requestStorageHealth,
  reset = requestStorageReset,
  download = downloadJsonFile,
  now = Date.now,
}: Props) {
  const [health, setHealth] = useState<StorageHealth | null>(null);
  const [confirming, setConfirming] = useState<'delete-all' | 'reset' | null>(null);
  const [exported, setExported] = useState(false);
  const [busy, setBusy] = useState(false);
  const [status, setStatus] = useState('');
  const cancelRef = useRef<HTMLButtonElement>(null);

  useEffect(() => {
    void checkHealth(db).then(setHealth);
  }, [db]);
  // A confirmation takes the focus to its safe choice.
  useEffect(() => {
    if (confirming) cancelRef.current?.focus();
  }, [confirming]);

  const act = async (work: () => Promise<string>) => {
    setBusy(true);
    try {
      setStatus(await work());
    } catch {
      setStatus('That did not work: the browser refused. Nothing was changed.');
    } finally {
      setBusy(false);
    }
  };

  const exportAll = () =>
    act(async () => {
      const data = await exportAllDrafts(db, now());
      download(exportFileName(now()), exportToJson(data));
      setExported(true);
      return `Exported ${plural(data.drafts.length)}.`;
    });

  const exportReadable = () =>
    act(async () => {
      const data = await exportReadableDrafts(db.name, undefined, now());
      if (!data) return 'There was nothing to export: no drafts database is stored.';
      download(exportFileName(now()), exportToJson(data));
      setExported(true);
      const rows = Object.values(data.stores).reduce((sum, store) => sum + store.length, 0);
      return `Exported ${plural(rows)} as they were stored${data.unreadableStores.length ? `; could not read: ${data.unreadableStores.join(', ')}` : ''}.`;
    });

  const deleteEverything = () =>
    act(async () => {
      const count = await deleteAllDrafts(db);
      setConfirming(null);
      setHealth(await checkHealth(db));
      return `Deleted ${plural(count)}.`;
    });

  const resetDatabase = () =>
    act(async () => {
      const after = await reset(db);
      setConfirming(null);
      setHealth(after);
      return after.ok ? 'The drafts database was reset: it is empty and working again.' : `The reset did not help. ${after.error}`;
    });

  const cancel = (
    <button type="button" ref={cancelRef} onClick={() => setConfirming(null)} disabled={busy}>
      Cancel
    </button>
  );

  return (
    <fieldset data-testid="lf-draft-data">
      <legend>Your saved drafts</legend>
      {!health && <p class="lf-muted">Checking your saved drafts…</p>}
      {health?.ok && (
        <>
          <p data-testid="lf-draft-count">
            {plural(health.draftCount)} saved in this browser. They never leave this computer.
          </p>
          <p>
            <button type="button" data-testid="lf-export-drafts" onClick={() => void exportAll()} disabled={busy}>
              Export all my drafts
            </button>{' '}
            <button type="button" data-testid="lf-delete-all-drafts" onClick={() => setConfirming('delete-all')} disabled={busy || confirming !== null}>
              Delete everything
            </button>
          </p>
          {confirming === 'delete-all' && (
            <div class="lf-warning" role="group" aria-labelledby="lf-delete-all-question" data-testid="lf-confirm-delete-all">
              <p id="lf-delete-all-question">
                Delete all {plural(health.draftCount)}? Restatements, checklist ticks and saved replies go, for every ticket, and
                can't be brought back.{exported ? '' : ' Export them first if you might need them.'}
              </p>
              <button type="button" data-testid="lf-confirm-delete-all-button" onClick={() => void deleteEverything()} disabled={busy}>
                Delete all {plural(health.draftCount)}
              </button>{' '}
              {cancel}
            </div>
          )}
        </>
      )}
      {health && !health.ok && (
        <div class="lf-warning" role="alert" data-testid="lf-draft-storage-problem" data-reason={health.code}>
          <p>
            <strong>Your saved drafts can't be opened.</strong> {health.error}
          </p>
          {health.canExport ? (
            <p>First, keep a copy of what can still be read:</p>
          ) : (
            <p>Nothing can be read from it any more, so there is nothing to export.</p>
          )}
          <p>
            {health.canExport && (
              <>
                <button type="button" data-testid="lf-export-readable" onClick={() => void exportReadable()} disabled={busy}>
                  Export what can be read
                </button>{' '}
              </>
            )}
            <button type="button" data-testid="lf-reset-drafts" onClick={() => setConfirming('reset')} disabled={busy || confirming !== null}>
              Reset the drafts database
            </button>
          </p>
          {confirming === 'reset' && (
            <div role="group" aria-labelledby="lf-reset-question" data-testid="lf-confirm-reset">
              <p id="lf-reset-question">
                Reset deletes the drafts database and starts an empty one, so the sidebar can save again.
                {health.canExport && !exported ? ' You have not exported what can be read yet.' : ''}
              </p>
              <button type="button" data-testid="lf-confirm-reset-button" onClick={() => void resetDatabase()} disabled={busy}>
                Reset and start afresh
              </button>{' '}
              {cancel}
            </div>
          )}
        </div>
      )}
      <p class="lf-muted" role="status" data-testid="lf-draft-data-status">
        {status}
      </p>
    </fieldset>
  );
}
