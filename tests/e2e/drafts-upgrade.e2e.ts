import { describe, expect, it } from 'vitest';
import { useExtensionSession } from './support/extension-session';
import { storedDraftRows } from './support/extension-storage';

// Drafts stored before ticket keys named their origin, upgraded in Chromium: the configured helpdesk
// origins are read from storage.local (a real asynchronous browser call) inside IndexedDB's upgrade.

const session = useExtensionSession();

const ORIGIN = 'https://support.example.test';

/** A row as database version 3 stored it (keyed helpdesk:account:ticketId, no origin). */
const v3Row = (account: string, ticketId: string, updatedAt: number) => ({
  key: `zendesk:${account}:${ticketId}`,
  helpdesk: 'zendesk',
  account,
  ticketId,
  subject: `Ticket ${ticketId}`,
  restatement: 'The export stops',
  checklist: {},
  dismissedHints: [],
  reply: '',
  replySavedAt: null,
  revision: 1,
  createdAt: 1_000,
  updatedAt,
  searchWords: [ticketId, 'ticket', 'export', 'stops'],
});

describe('drafts stored by version 3', () => {
  it('are found under keys naming their origin, a team domain mapped back by its configured origin, and linked there', async () => {
    const rows = [v3Row('acme', '1201', Date.now() - 1_000), v3Row('support-example-test', '42', Date.now())];
    // Replace the database with one exactly as version 3 left it (Dexie stores version n as n × 10),
    // and configure the team's own domain the old lossy account was made from.
    await session.worker.evaluate(
      async ({ rows, origin }) => {
        const done = (request: IDBRequest | IDBOpenDBRequest) =>
          new Promise((resolve, reject) => {
            request.onsuccess = () => resolve(request.result);
            request.onerror = () => reject(request.error);
          });
        await done(indexedDB.deleteDatabase('listen-first'));
        const open = indexedDB.open('listen-first', 30);
        open.onupgradeneeded = () => {
          const store = open.result.createObjectStore('drafts', { keyPath: 'key' });
          store.createIndex('updatedAt', 'updatedAt');
          store.createIndex('helpdesk', 'helpdesk');
          store.createIndex('searchWords', 'searchWords', { multiEntry: true });
          for (const row of rows) store.put(row);
        };
        const db = (await done(open)) as IDBDatabase;
        db.close();
        const chrome = (globalThis as unknown as { chrome: { storage: { local: { set(items: object): Promise<void> } } } }).chrome;
        await chrome.storage.local.set({ 'helpdesk-origins': [{ origin, helpdesk: 'zendesk' }] });
      },
      { rows, origin: ORIGIN },
    );

    const popup = await session.context.newPage();
    await popup.goto(`chrome-extension://${session.browser.extensionId}/popup.html`);
    const item = (key: string) => popup.locator(`[data-testid="lf-draft-item"][data-key="${key}"]`);
    await expect.poll(() => popup.getByTestId('lf-draft-item').count(), { timeout: 10_000 }).toBe(2);
    expect(await item(`zendesk:${ORIGIN}#42`).locator('a').getAttribute('href')).toBe(`${ORIGIN}/agent/tickets/42`);
    expect(await item('zendesk:https://acme.zendesk.com#1201').locator('a').getAttribute('href')).toBe('https://acme.zendesk.com/agent/tickets/1201');
    expect((await storedDraftRows(session.worker)).map((row) => [row.key, row.origin]).sort()).toEqual([
      ['zendesk:https://acme.zendesk.com#1201', 'https://acme.zendesk.com'],
      [`zendesk:${ORIGIN}#42`, ORIGIN],
    ]);
    await popup.close();
  });
});
