/**
 * The drafts database read with the plain IndexedDB API, for when Dexie cannot open it (a failed
 * upgrade, a newer schema, damage): whatever object stores still open are read as they are, so the
 * agent can export them before a reset.
 */

export interface RawDatabaseDump {
  name: string;
  /** IndexedDB's own version number (Dexie stores version n as n × 10). */
  version: number;
  stores: Record<string, unknown[]>;
  /** Stores that exist but could not be read. */
  unreadableStores: string[];
}

function requestResult<T>(request: IDBRequest<T>): Promise<T> {
  return new Promise((resolve, reject) => {
    request.onsuccess = () => resolve(request.result);
    request.onerror = () => reject(request.error ?? new Error('IndexedDB request failed'));
  });
}

/** Opens at whatever version is on disk; null when there is no such database (nothing is created). */
function openExisting(name: string, factory: IDBFactory): Promise<IDBDatabase | null> {
  return new Promise((resolve, reject) => {
    const request = factory.open(name);
    let created = false;
    request.onupgradeneeded = () => {
      // Only a database that did not exist gets an upgrade here: don't create one.
      created = true;
      request.transaction?.abort();
    };
    request.onsuccess = () => resolve(request.result);
    request.onerror = (event) => {
      if (created) {
        event.preventDefault();
        resolve(null);
      } else reject(request.error ?? new Error('IndexedDB open failed'));
    };
  });
}

export async function readRawDatabase(name: string, factory: IDBFactory = indexedDB): Promise<RawDatabaseDump | null> {
  const idb = await openExisting(name, factory);
  if (!idb) return null;
  try {
    const dump: RawDatabaseDump = { name, version: idb.version, stores: {}, unreadableStores: [] };
    // One transaction per store: a store that fails to read does not take the others with it.
    for (const store of Array.from(idb.objectStoreNames)) {
      try {
        dump.stores[store] = await requestResult(idb.transaction(store, 'readonly').objectStore(store).getAll());
      } catch {
        dump.unreadableStores.push(store);
      }
    }
    return dump;
  } finally {
    idb.close();
  }
}

export interface RawDatabaseProbe {
  version: number;
  storeCount: number;
}

/**
 * Opens the database outside Dexie just to look: its version on disk and how many stores it holds;
 * null when there is none, or when it does not answer within `timeoutMs` (an open queued behind a
 * blocked upgrade waits as long as the upgrade does).
 */
export async function probeRawDatabase(name: string, factory: IDBFactory = indexedDB, timeoutMs = 2_000): Promise<RawDatabaseProbe | null> {
  const opening = openExisting(name, factory).catch(() => null);
  let timer: ReturnType<typeof setTimeout> | undefined;
  const timedOut = new Promise<'timeout'>((resolve) => (timer = setTimeout(() => resolve('timeout'), timeoutMs)));
  const idb = await Promise.race([opening, timedOut]);
  clearTimeout(timer);
  if (idb === 'timeout') {
    // It may still open later: close it then.
    void opening.then((late) => late?.close());
    return null;
  }
  if (!idb) return null;
  const probe = { version: idb.version, storeCount: idb.objectStoreNames.length };
  idb.close();
  return probe;
}
