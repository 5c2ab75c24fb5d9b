import Dexie from 'dexie';
import { render } from 'preact';
import { act } from 'preact/test-utils';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { ListenFirstDatabase } from '@/lib/drafts/db';
import type { DraftExport, RawDraftExport } from '@/lib/drafts/draft-export';
import { checkStorageHealth, resetDraftDatabase } from '@/lib/drafts/storage-health';
import { draftRow } from '@/lib/drafts/testing/draft-rows';
import type { StorageHealth } from '@/lib/messaging/page-messages';
import { DraftDataControls } from './DraftDataControls';

const NOW = Date.UTC(2026, 10, 22, 12);
let db: ListenFirstDatabase;
let container: HTMLElement;
let name = 0;
let downloads: { fileName: string; json: string }[];

beforeEach(() => {
  db = new ListenFirstDatabase(`test-data-ui-${name++}`);
  container = document.createElement('div');
  document.body.append(container);
  downloads = [];
});
afterEach(async () => {
  render(null, container);
  container.remove();
  await db.delete();
});

const row = (ticketId: string) => draftRow(ticketId, 2);

async function show(checkHealth: (db: ListenFirstDatabase) => Promise<StorageHealth> = checkStorageHealth) {
  await act(async () => {
    render(
      <DraftDataControls db={db} checkHealth={checkHealth} reset={resetDraftDatabase} download={(fileName, json) => downloads.push({ fileName, json })} now={() => NOW} />,
      container,
    );
  });
}
const byTestId = (id: string) => container.querySelector<HTMLElement>(`[data-testid="${id}"]`);
const click = (id: string) => act(async () => byTestId(id)!.click());

describe('DraftDataControls', () => {
  it('exports every draft as a dated JSON file', async () => {
    await db.drafts.bulkPut([row('1'), row('2')]);
    await show();
    await vi.waitFor(() => expect(byTestId('lf-draft-count')?.textContent).toContain('2 drafts saved'));
    await click('lf-export-drafts');
    await vi.waitFor(() => expect(downloads).toHaveLength(1));
    expect(downloads[0]!.fileName).toMatch(/^listenfirst-drafts-2026-11-2\d\.json$/);
    const file = JSON.parse(downloads[0]!.json) as DraftExport;
    expect(file).toMatchObject({ format: 'listen-first/drafts', formatVersion: 1, source: 'database' });
    expect(file.drafts.map((draft) => draft.ticketId).sort()).toEqual(['1', '2']);
    expect(byTestId('lf-draft-data-status')?.textContent).toBe('Exported 2 drafts.');
  });

  it('deletes everything only after a confirmation, and a cancel keeps everything', async () => {
    await db.drafts.bulkPut([row('1'), row('2'), row('3')]);
    await show();
    await vi.waitFor(() => expect(byTestId('lf-delete-all-drafts')).not.toBeNull());
    await click('lf-delete-all-drafts');
    expect(await db.drafts.count()).toBe(3);
    expect(byTestId('lf-confirm-delete-all')?.textContent).toContain('Delete all 3 drafts?');
    expect(document.activeElement?.textContent).toBe('Cancel');
    await act(async () => (document.activeElement as HTMLButtonElement).click());
    expect(byTestId('lf-confirm-delete-all')).toBeNull();
    expect(await db.drafts.count()).toBe(3);

    await click('lf-delete-all-drafts');
    await click('lf-confirm-delete-all-button');
    await vi.waitFor(() => expect(byTestId('lf-draft-data-status')?.textContent).toBe('Deleted 3 drafts.'));
    expect(await db.drafts.count()).toBe(0);
    await vi.waitFor(() => expect(byTestId('lf-draft-count')?.textContent).toContain('0 drafts saved'));
  });

  it('when the database cannot be opened, says why, exports what is readable, then resets', async () => {
    await db.drafts.bulkPut([row('1')]);
    db.close();
    // Reported as the background would for a database it can't open.
    await show(async () => ({ ok: false, code: 'damaged', error: "The drafts database is damaged or can't be read.", canExport: true }));
    await vi.waitFor(() => expect(byTestId('lf-draft-storage-problem')?.textContent).toContain("damaged or can't be read"));
    expect(byTestId('lf-export-drafts')).toBeNull();

    await click('lf-export-readable');
    await vi.waitFor(() => expect(downloads).toHaveLength(1));
    const file = JSON.parse(downloads[0]!.json) as RawDraftExport;
    expect(file).toMatchObject({ source: 'raw', databaseName: db.name, stores: { drafts: [expect.objectContaining({ ticketId: '1' })] } });

    await click('lf-reset-drafts');
    expect(byTestId('lf-confirm-reset')?.textContent).not.toContain('not exported');
    await click('lf-confirm-reset-button');
    await vi.waitFor(() => expect(byTestId('lf-draft-data-status')?.textContent).toBe('The drafts database was reset: it is empty and working again.'));
    expect(byTestId('lf-draft-count')?.textContent).toContain('0 drafts saved');
    expect(await Dexie.exists(db.name)).toBe(true);
  });

  it('warns before a reset when what is readable was not exported yet', async () => {
    await show(async () => ({ ok: false, code: 'upgrade-failed', error: 'Updating the drafts database failed.', canExport: true }));
    await vi.waitFor(() => expect(byTestId('lf-reset-drafts')).not.toBeNull());
    await click('lf-reset-drafts');
    expect(byTestId('lf-confirm-reset')?.textContent).toContain('You have not exported what can be read yet.');
  });

  it('offers no export when nothing is readable', async () => {
    await show(async () => ({ ok: false, code: 'unavailable', error: "The browser isn't letting ListenFirst use its storage.", canExport: false }));
    await vi.waitFor(() => expect(byTestId('lf-draft-storage-problem')).not.toBeNull());
    expect(byTestId('lf-export-readable')).toBeNull();
    expect(byTestId('lf-draft-storage-problem')?.textContent).toContain('nothing to export');
  });
});
