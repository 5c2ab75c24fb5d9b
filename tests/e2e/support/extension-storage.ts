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

/** Every draft in the extension's own database, read in the background (its origin). */
export function storedDraftRows(worker: Worker): Promise<StoredDraft[]> {
  return worker.evaluate(
    () =>
      new Promise<StoredDraft[]>((resolve, reject) => {
        const request = indexedDB.open('listen-first');
        request.onerror = () => reject(request.error);
        request.onsuccess = () => {
          const all = request.result.transaction('drafts').objectStore('drafts').getAll();
          all.onsuccess = () => resolve(all.result as StoredDraft[]);
          all.onerror = () => reject(all.error);
        };
      }),
  );
}
