/**
 * A typed key in the extension's own `storage.local`, and nothing more: the content script stays
 * small (this replaces a storage library of ~5 KB gzip), and every read goes through a normaliser,
 * so a malformed stored value falls back to defaults instead of reaching the UI.
 */
export interface StoredValue<T> {
  get(): Promise<T>;
  set(value: T): Promise<void>;
  /** Calls back with the normalised new value whenever any context changes it; returns an unwatch. */
  watch(callback: (value: T) => void): () => void;
}

export function storedValue<T>(key: string, normalize: (raw: unknown) => T): StoredValue<T> {
  return {
    async get() {
      const stored = await browser.storage.local.get(key);
      return normalize(stored[key]);
    },
    async set(value) {
      await browser.storage.local.set({ [key]: value });
    },
    watch(callback) {
      const listener = (changes: Record<string, { newValue?: unknown }>, area: string) => {
        if (area === 'local' && key in changes) callback(normalize(changes[key]!.newValue));
      };
      browser.storage.onChanged.addListener(listener);
      return () => browser.storage.onChanged.removeListener(listener);
    },
  };
}
