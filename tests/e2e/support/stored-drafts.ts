import type { Worker } from 'playwright-core';

export interface StoredDraft {
  key: string;
  restatement: string;
  reply?: string;
  revision: number;
}

/** Every draft in the extension's own database, read in the background worker (its origin). */
export function readStoredDrafts(worker: Worker): Promise<StoredDraft[]> {
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
