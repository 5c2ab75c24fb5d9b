import type { Worker } from 'playwright-core';

/**
 * Reads and resets the extension's own state from its service worker, where the `chrome` API is.
 * (Functions passed to evaluate() run in the worker, so each one names the API it uses.)
 */
interface WorkerChrome {
  storage: {
    local: { get(keys: string[]): Promise<Record<string, unknown>>; clear(): Promise<void> };
    managed: { get(): Promise<Record<string, unknown>> };
  };
  scripting: { getRegisteredContentScripts(): Promise<{ id: string; matches?: string[]; js?: string[]; world?: string }[]> };
}

export function readLocalStorage(worker: Worker, keys: string[]): Promise<Record<string, unknown>> {
  return worker.evaluate((wanted) => (globalThis as unknown as { chrome: WorkerChrome }).chrome.storage.local.get(wanted), keys);
}

export async function readLocalItem<T>(worker: Worker, key: string): Promise<T | undefined> {
  return (await readLocalStorage(worker, [key]))[key] as T | undefined;
}

export function clearLocalStorage(worker: Worker): Promise<void> {
  return worker.evaluate(() => (globalThis as unknown as { chrome: WorkerChrome }).chrome.storage.local.clear());
}

export function readManagedStorage(worker: Worker): Promise<Record<string, unknown>> {
  return worker.evaluate(() => (globalThis as unknown as { chrome: WorkerChrome }).chrome.storage.managed.get());
}

export function registeredContentScripts(worker: Worker): Promise<{ id: string; matches?: string[]; js?: string[]; world?: string }[]> {
  return worker.evaluate(() => (globalThis as unknown as { chrome: WorkerChrome }).chrome.scripting.getRegisteredContentScripts());
}

export interface StoredDraft {
  key: string;
  origin: string | null;
  restatement: string;
  reply?: string;
  revision: number;
}

/** Where code can run in the extension's origin: its service worker or one of its pages. */
type InOrigin = { evaluate<R>(pageFunction: () => Promise<R>): Promise<R> };

/**
 * Every draft in the extension's own database, read in its origin: in the background, or in one of
 * the extension's pages (see storedReply in tests/live/support/live-session.ts for why).
 */
export function storedDraftRows(inOrigin: InOrigin): Promise<StoredDraft[]> {
  // No database yet is no drafts (opening one would make it, empty); the connection is closed after
  // the read, so that it never holds up the extension's own upgrade of the database.
  const read = async (): Promise<StoredDraft[]> => {
    if (!(await indexedDB.databases()).some((database) => database.name === 'listen-first')) return [];
    return new Promise<StoredDraft[]>((resolve, reject) => {
      const request = indexedDB.open('listen-first');
      request.onerror = () => reject(request.error);
      request.onsuccess = () => {
        const db = request.result;
        if (!db.objectStoreNames.contains('drafts')) {
          db.close();
          resolve([]);
          return;
        }
        const all = db.transaction('drafts').objectStore('drafts').getAll();
        all.onsuccess = () => {
          db.close();
          resolve(all.result as StoredDraft[]);
        };
        all.onerror = () => {
          db.close();
          reject(all.error);
        };
      };
    });
  };
  return inOrigin.evaluate(read);
}
