/**
 * The one door to the extension's storage (browser.storage): every stored key is defined once, with
 * `storedValue(key, normalize)` in the module that owns it, and read, written and watched through
 * that definition; no other module calls browser.storage (extension-storage.test.ts fails if one
 * does). Every read goes through the key's normaliser, whose answer for `undefined` (nothing stored)
 * is the key's default, so a malformed or missing value never reaches the UI as it is. Values are
 * stored as they are, under their plain key: the format existing users have stays readable.
 *
 * Lifetimes: whatever watches takes an AbortSignal and stops when it aborts (see docs/lifetimes.md).
 * The content script stays small: this replaces a storage library of ~5 KB gzip.
 */
import { listenUntilAborted } from '../lifetimes/browser-event';

/** Where a key lives: storage.local, or storage.session (cleared when the browser closes). */
export type StorageArea = 'local' | 'session';

export interface StoredValue<T> {
  readonly key: string;
  readonly area: StorageArea;
  get(): Promise<T>;
  /** Writes the value as given (normalise first where the caller's value may be malformed). */
  set(value: T): Promise<void>;
  remove(): Promise<void>;
  /** Calls back with the normalised new value whenever any context changes it, until `signal` aborts. */
  watch(callback: (value: T) => void, signal: AbortSignal): void;
}

type Changes = Record<string, { newValue?: unknown }>;

function onStorageChanged(listener: (changes: Changes, area: string) => void, signal: AbortSignal): void {
  listenUntilAborted(browser.storage.onChanged, listener, signal);
}

export function storedValue<T>(key: string, normalize: (raw: unknown) => T, area: StorageArea = 'local'): StoredValue<T> {
  const storage = () => browser.storage[area];
  return {
    key,
    area,
    async get() {
      const stored = await storage().get(key);
      return normalize(stored[key]);
    },
    async set(value) {
      await storage().set({ [key]: value });
    },
    async remove() {
      await storage().remove(key);
    },
    watch(callback, signal) {
      onStorageChanged((changes, changedArea) => {
        if (changedArea === area && key in changes) callback(normalize(changes[key]!.newValue));
      }, signal);
    },
  };
}

/** What changed, for a watcher of several keys: `has(value)` for a stored key, `managed` for the policy. */
export interface StoredChange {
  managed: boolean;
  has(value: StoredValue<unknown>): boolean;
}

/**
 * Calls back whenever any of `values` changes, and, with `managed`, whenever the browser policy
 * (storage.managed) does; until `signal` aborts.
 */
export function watchStored(
  sources: { values: readonly StoredValue<unknown>[]; managed?: boolean },
  onChange: (change: StoredChange) => void,
  signal: AbortSignal,
): void {
  onStorageChanged((changes, area) => {
    const has = (value: StoredValue<unknown>) => value.area === area && value.key in changes;
    if (area === 'managed' ? sources.managed : sources.values.some(has)) onChange({ managed: area === 'managed', has });
  }, signal);
}

/** The browser policy (storage.managed) as deployed; none at all (Firefox without policies, tests) reads as empty. */
export async function readManagedStorage(): Promise<Record<string, unknown>> {
  try {
    return ((await browser.storage.managed.get()) as Record<string, unknown> | undefined) ?? {};
  } catch {
    return {};
  }
}
