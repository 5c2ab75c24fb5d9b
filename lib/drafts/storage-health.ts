/**
 * Whether the background can open the drafts database, as a state rather than a silent failure:
 * the extension pages show it and, when it can't be opened, offer an export of what is readable
 * (raw-database.ts) and then a reset.
 */
import type Dexie from 'dexie';
import type { StorageHealth, StorageProblem } from '../messaging/page-messages';
import { failure } from '../result';
import { probeRawDatabase } from './raw-database';
import type { ListenFirstDatabase } from './db';

const PROBLEM_WORDS: Record<StorageProblem, string> = {
  'upgrade-failed': 'Updating the drafts database for this version of ListenFirst failed; the drafts are still in the old format.',
  'newer-version': 'The drafts database was written by a newer version of ListenFirst.',
  blocked: 'Another ListenFirst page is holding the drafts database open. Closing other browser windows may help.',
  full: "The disk is full, so the drafts database can't be opened.",
  unavailable: "The browser isn't letting ListenFirst use its storage (a private window or a browser setting can cause this).",
  damaged: "The drafts database is damaged or can't be read.",
};

const PROBLEM_BY_ERROR_NAME: Record<string, StorageProblem> = {
  UpgradeError: 'upgrade-failed',
  VersionError: 'newer-version',
  QuotaExceededError: 'full',
  MissingAPIError: 'unavailable',
  InvalidStateError: 'unavailable',
  SecurityError: 'unavailable',
  NotAllowedError: 'unavailable',
};

/** Dexie wraps the real cause (`inner`); the first name we know along the chain decides. */
export function storageProblemOf(error: unknown): StorageProblem {
  let current: unknown = error;
  for (let depth = 0; current && typeof current === 'object' && depth < 8; depth++) {
    const { name, inner } = current as { name?: unknown; inner?: unknown };
    const problem = typeof name === 'string' ? PROBLEM_BY_ERROR_NAME[name] : undefined;
    if (problem) return problem;
    current = inner;
  }
  return 'damaged';
}

class OpenTimeout extends Error {
  constructor(readonly blocked: boolean) {
    super('opening the drafts database took too long');
  }
}

/** Settles with `work`, or rejects with OpenTimeout after `ms`, noting whether the database said it was blocked. */
async function withinTime<T>(db: Dexie, work: Promise<T>, ms: number): Promise<T> {
  let blocked = false;
  const onBlocked = () => {
    blocked = true;
  };
  db.on('blocked').subscribe(onBlocked);
  let timer: ReturnType<typeof setTimeout> | undefined;
  try {
    return await Promise.race([work, new Promise<never>((_, reject) => (timer = setTimeout(() => reject(new OpenTimeout(blocked)), ms)))]);
  } finally {
    clearTimeout(timer);
    db.on('blocked').unsubscribe(onBlocked);
  }
}

export interface HealthOptions {
  timeoutMs?: number;
  /** The IndexedDB the raw export would use (tests hand in their own). */
  rawFactory?: IDBFactory;
}

/** Opens the database if it is not open (retrying a failed open) and says how it went. */
export async function checkStorageHealth(db: ListenFirstDatabase, options: HealthOptions = {}): Promise<StorageHealth> {
  const timeoutMs = options.timeoutMs ?? 5_000;
  try {
    if (!db.isOpen()) await withinTime(db, db.open(), timeoutMs);
    return { ok: true, draftCount: await db.drafts.count() };
  } catch (error) {
    return unhealthy(db, error, options);
  }
}

async function unhealthy(db: ListenFirstDatabase, error: unknown, options: HealthOptions, prefix = ''): Promise<StorageHealth> {
  const onDisk = await probeRawDatabase(db.name, options.rawFactory, Math.min(options.timeoutMs ?? 2_000, 2_000));
  let reason: StorageProblem = error instanceof OpenTimeout ? (error.blocked ? 'blocked' : 'damaged') : storageProblemOf(error);
  // An upgrade that threw reports only its own error; an older version still on disk says what happened.
  if (reason === 'damaged' && onDisk && onDisk.version > 0 && onDisk.version < Math.round(db.verno * 10)) reason = 'upgrade-failed';
  return { ...failure(reason, `${prefix}${PROBLEM_WORDS[reason]}`), canExport: Boolean(onDisk && onDisk.storeCount > 0) };
}

/**
 * Deletes the database and opens an empty one with the current schema. The extension pages offer it
 * only when the database can't be opened, and after "export what is readable".
 */
export async function resetDraftDatabase(db: ListenFirstDatabase, options: HealthOptions = {}): Promise<StorageHealth> {
  try {
    // Keep auto-open on: content scripts' next messages reopen the fresh database.
    await withinTime(db, db.delete({ disableAutoOpen: false }), options.timeoutMs ?? 5_000);
  } catch (error) {
    return unhealthy(db, error instanceof OpenTimeout ? new OpenTimeout(true) : error, options, 'The reset did not finish. ');
  }
  return checkStorageHealth(db, options);
}
