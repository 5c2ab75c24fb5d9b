// @vitest-environment node
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { productFiles, readProductFile } from '../../tests/unit/product-files';
import { readManagedStorage, storedValue, watchStored } from './extension-storage';

beforeEach(() => fakeBrowser.reset());

const THE_MODULE = 'lib/storage/extension-storage.ts';

// The extension's storage by any road: browser.storage / chrome.storage (also `browser\n.storage`), or WXT's storage wrapper.
const STORAGE_ACCESS = /\b(?:browser|chrome)\s*\??\.\s*storage\b|wxt\/(?:utils\/)?storage|@wxt-dev\/storage/;

/** A line's code: none in a doc comment's line, and none after `//`. */
function codeOf(line: string): string {
  const trimmed = line.trimStart();
  return trimmed.startsWith('*') || trimmed.startsWith('/*') ? '' : line.split('//')[0]!;
}

/** Each offending line, code only: a comment may name the API it explains. */
function filesReachingStorage(files: readonly string[], read: (file: string) => string): string[] {
  return files
    .filter((file) => file !== THE_MODULE)
    .flatMap((file) =>
      read(file)
        .split('\n')
        .map((line, index) => ({ code: codeOf(line), index }))
        .filter(({ code }) => STORAGE_ACCESS.test(code))
        .map(({ index }) => `${file}:${index + 1}`),
    );
}

describe('one door to the extension storage', () => {
  it('has no product module but lib/storage/extension-storage.ts that calls browser.storage', () => {
    const files = productFiles();
    expect(files.length).toBeGreaterThan(100);
    expect(filesReachingStorage(files, readProductFile)).toEqual([]);
  });

  it.each([
    ['a direct read', "const stored = await browser.storage.local.get('team-playbook');"],
    ['a listener', 'browser.storage.onChanged.addListener(listener);'],
    ['managed storage', 'await browser.storage.managed.get()'],
    ["Chrome's namespace", 'chrome.storage.session.set({ a: 1 })'],
    ["WXT's wrapper", "import { storage } from 'wxt/utils/storage';"],
  ])('catches %s', (_name, line) => {
    expect(filesReachingStorage(['lib/page/example.ts'], () => line)).toEqual(['lib/page/example.ts:1']);
  });

  it("lets a comment name the API, and lets the page's own sessionStorage be", () => {
    const source = ['/**', ' * Read from browser.storage.local, through extension-storage.ts.', ' */', 'rememberReplySent(sessionStorage, key); // not browser.storage'].join('\n');
    expect(filesReachingStorage(['lib/page/example.ts'], () => source)).toEqual([]);
  });
});

describe('storedValue', () => {
  const counter = storedValue('counter', (raw) => (typeof raw === 'number' ? raw : 0));

  it('reads through the normaliser: nothing stored or something malformed is the default', async () => {
    expect(await counter.get()).toBe(0);
    await fakeBrowser.storage.local.set({ counter: 'three' });
    expect(await counter.get()).toBe(0);
  });

  it('stores the value as it is under its plain key, the format existing users have', async () => {
    await counter.set(3);
    expect(await fakeBrowser.storage.local.get(null)).toEqual({ counter: 3 });
    await counter.remove();
    expect(await fakeBrowser.storage.local.get(null)).toEqual({});
  });

  it('keeps a session value in storage.session', async () => {
    const session = storedValue('counter', (raw) => (typeof raw === 'number' ? raw : 0), 'session');
    await session.set(5);
    expect(await fakeBrowser.storage.session.get('counter')).toEqual({ counter: 5 });
    expect(await counter.get()).toBe(0);
  });

  it('calls a watcher with each normalised change until its signal aborts', async () => {
    const seen: number[] = [];
    const lifetime = new AbortController();
    counter.watch((value) => seen.push(value), lifetime.signal);
    await counter.set(1);
    await fakeBrowser.storage.local.set({ counter: 'two', other: 1 });
    await fakeBrowser.storage.local.set({ other: 2 });
    lifetime.abort();
    await counter.set(3);
    expect(seen).toEqual([1, 0]);
  });

  it('adds no watcher for a signal already aborted', async () => {
    const callback = vi.fn();
    counter.watch(callback, AbortSignal.abort());
    await counter.set(1);
    expect(callback).not.toHaveBeenCalled();
  });
});

describe('watchStored', () => {
  const first = storedValue('first', (raw) => raw);
  const second = storedValue('second', (raw) => raw);

  it('hears the keys it watches, and the policy when asked, until its signal aborts', async () => {
    const changes: string[] = [];
    const lifetime = new AbortController();
    watchStored({ values: [first, second], managed: true }, (change) => changes.push(change.managed ? 'policy' : change.has(first) ? 'first' : 'second'), lifetime.signal);
    await fakeBrowser.storage.local.set({ first: 1 });
    await fakeBrowser.storage.local.set({ unrelated: 1 });
    await fakeBrowser.storage.session.set({ second: 1 });
    await fakeBrowser.storage.local.set({ second: 2 });
    await fakeBrowser.storage.managed.set({ retentionDays: 7 });
    lifetime.abort();
    await fakeBrowser.storage.local.set({ first: 3 });
    expect(changes).toEqual(['first', 'second', 'policy']);
  });

  it('reads the policy as deployed, and none at all as empty', async () => {
    expect(await readManagedStorage()).toEqual({});
    await fakeBrowser.storage.managed.set({ retentionDays: 7 });
    expect(await readManagedStorage()).toEqual({ retentionDays: 7 });
  });
});
