/**
 * Storage failures in plain words. IndexedDB and Dexie report them as named errors, often wrapped
 * (Dexie's AbortError or DatabaseClosedError carries the real cause as `inner`), so the whole chain
 * is read before choosing the words. The agent sees these next to the save state.
 */

export type StorageFailure = 'full' | 'unopenable' | 'refused' | 'disk' | 'interrupted' | 'unstorable' | 'other';

const FAILURE_BY_NAME: Record<string, StorageFailure> = {
  QuotaExceededError: 'full',
  // Firefox's names for a full disk or profile quota.
  NS_ERROR_DOM_QUOTA_REACHED: 'full',
  NS_ERROR_FILE_NO_DEVICE_SPACE: 'full',
  VersionError: 'unopenable',
  UpgradeError: 'unopenable',
  OpenFailedError: 'unopenable',
  DatabaseClosedError: 'unopenable',
  MissingAPIError: 'unopenable',
  InvalidStateError: 'unopenable',
  SecurityError: 'unopenable',
  ReadOnlyError: 'refused',
  NotAllowedError: 'refused',
  InvalidAccessError: 'refused',
  UnknownError: 'disk',
  NotReadableError: 'disk',
  AbortError: 'interrupted',
  TransactionInactiveError: 'interrupted',
  TimeoutError: 'interrupted',
  DataCloneError: 'unstorable',
  DataError: 'unstorable',
};

/** A full disk wins over whatever wrapped it, then a database that could not be opened (whatever the cause). */
const PRIORITY: StorageFailure[] = ['full', 'unopenable', 'disk', 'refused', 'unstorable', 'interrupted'];

function errorChain(error: unknown): { name: string; message: string }[] {
  const chain: { name: string; message: string }[] = [];
  let current: unknown = error;
  while (current && typeof current === 'object' && chain.length < 8) {
    const { name, message, inner } = current as { name?: unknown; message?: unknown; inner?: unknown };
    chain.push({ name: typeof name === 'string' ? name : '', message: typeof message === 'string' ? message : '' });
    current = inner;
  }
  return chain;
}

/** `opening`: the error came from opening the database, so anything but a full disk means it can't be opened. */
export function classifyStorageError(error: unknown, opening = false): StorageFailure {
  const found = new Set<StorageFailure>(opening ? ['unopenable'] : []);
  for (const { name, message } of errorChain(error)) {
    const failure = FAILURE_BY_NAME[name];
    if (failure) found.add(failure);
    if (/quota/i.test(message)) found.add('full');
  }
  return PRIORITY.find((failure) => found.has(failure)) ?? 'other';
}

const CAUSES: Record<StorageFailure, string> = {
  full: 'The disk is full',
  unopenable: "The drafts database can't be opened",
  refused: 'The browser refused to write to its storage',
  disk: "The browser couldn't use its storage (a disk or database error)",
  interrupted: 'The browser stopped the write before it finished',
  unstorable: "The draft holds something the browser can't store",
  other: 'The browser reported a storage problem',
};

/** One or two sentences for the agent: what went wrong and, where there is one, what to do. */
export function describeStorageError(error: unknown, action: 'save' | 'load' = 'save', opening = false): string {
  const failure = classifyStorageError(error, opening);
  const sentence = `${CAUSES[failure]}, so the draft could not be ${action === 'save' ? 'saved' : 'read'}.`;
  return failure === 'unopenable' ? `${sentence} ListenFirst's settings page can export what is readable and reset it.` : sentence;
}
