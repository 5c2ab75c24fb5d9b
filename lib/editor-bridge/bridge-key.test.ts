import { afterEach, describe, expect, it, vi } from 'vitest';
import type { ReplyEditor } from '../adapters';
import { handKeyToBridge, importBridgeKey, sessionBridgeKey, signEditorResponse, takeKeyFromContentScript } from './bridge-key';
import { runEditorOperation } from './client';
import type { DriverResult } from './drivers/types';
import { EDITOR_REQUEST_EVENT, EDITOR_RESPONSE_EVENT, editorResponse, parseEditorRequest } from './protocol';

/** A document as it is at document_start (happy-dom's own has finished loading). */
function loadingDocument(): Document {
  const doc = document.implementation.createHTMLDocument('helpdesk');
  Object.defineProperty(doc, 'readyState', { value: 'loading', configurable: true });
  return doc;
}

describe('handing the bridge its key at document_start', () => {
  it('gives the bridge, injected first, the key this content script keeps, and nobody a second one', () => {
    const doc = loadingDocument();
    const bridgeKeys: string[] = [];
    takeKeyFromContentScript(doc, (key) => bridgeKeys.push(key));
    expect(handKeyToBridge(doc)).toBe(true);
    expect(bridgeKeys).toEqual([sessionBridgeKey()]);
    // A page script, running later, offers its own key: the bridge no longer listens.
    expect(doc.dispatchEvent(new CustomEvent('listenfirst:editor-bridge-key', { detail: 'a'.repeat(64), cancelable: true }))).toBe(true);
    expect(bridgeKeys).toHaveLength(1);
  });

  it('keeps no key when the bridge was not there to take it', () => {
    const doc = loadingDocument();
    const before = sessionBridgeKey();
    expect(handKeyToBridge(doc)).toBe(false);
    expect(sessionBridgeKey()).toBe(before);
  });

  it('takes part in no hand-over once the page has loaded (its scripts may be listening)', () => {
    const bridgeKeys: string[] = [];
    takeKeyFromContentScript(document, (key) => bridgeKeys.push(key));
    expect(handKeyToBridge(document)).toBe(false);
    expect(bridgeKeys).toEqual([]);
  });
});

describe('answers from the editor bridge', () => {
  const KEY = '0f'.repeat(32);
  const editorElement = document.body.appendChild(document.createElement('div'));
  const editor = { element: editorElement } as unknown as ReplyEditor;
  const cleanups: (() => void)[] = [];
  afterEach(() => cleanups.splice(0).forEach((cleanup) => cleanup()));

  /** Answers every request on `target`'s document, signed with `key`, as the page-world bridge does. */
  async function bridgeSigningWith(key: string, ok: boolean) {
    const result: DriverResult = ok ? { ok, via: 'ckeditor5' } : { ok, code: 'read-only', error: 'the reply editor is read-only' };
    const signingKey = await importBridgeKey(crypto.subtle, key, 'sign');
    const encoder = new TextEncoder();
    const onRequest = (event: Event) => {
      const request = parseEditorRequest((event as CustomEvent).detail)!;
      void signEditorResponse(crypto.subtle.sign.bind(crypto.subtle), (text) => encoder.encode(text), signingKey, editorResponse(request.id, result)).then(
        (detail) => editorElement.dispatchEvent(new CustomEvent(EDITOR_RESPONSE_EVENT, { detail, bubbles: true })),
      );
    };
    document.addEventListener(EDITOR_REQUEST_EVENT, onRequest, true);
    cleanups.push(() => document.removeEventListener(EDITOR_REQUEST_EVENT, onRequest, true));
  }

  /** The page reads each request's id and answers at once, before the bridge, with ok: true. */
  function pageAnsweringFirst(extra: Record<string, unknown> = {}) {
    const onRequest = (event: Event) => {
      const { id } = parseEditorRequest((event as CustomEvent).detail)!;
      editorElement.dispatchEvent(new CustomEvent(EDITOR_RESPONSE_EVENT, { detail: JSON.stringify({ id, ok: true, ...extra }), bubbles: true }));
    };
    window.addEventListener(EDITOR_REQUEST_EVENT, onRequest, true);
    cleanups.push(() => window.removeEventListener(EDITOR_REQUEST_EVENT, onRequest, true));
  }

  it("ignores the page's own ok: true and waits for the bridge's signed answer", async () => {
    pageAnsweringFirst();
    await bridgeSigningWith(KEY, false);
    expect(await runEditorOperation(editor, { op: 'set', text: 'Hi Marta' }, 1_000, KEY)).toMatchObject({ ok: false, code: 'read-only' });
  });

  it('ignores an answer signed with another key, and one with a made-up tag', async () => {
    pageAnsweringFirst({ tag: 'ab'.repeat(32) });
    await bridgeSigningWith('11'.repeat(32), true);
    expect(await runEditorOperation(editor, { op: 'set', text: 'Hi Marta' }, 200, KEY)).toMatchObject({ ok: false, code: 'no-answer', error: expect.stringContaining('did not answer') });
  });

  it('accepts the bridge answering ok', async () => {
    await bridgeSigningWith(KEY, true);
    expect(await runEditorOperation(editor, { op: 'insert', text: 'Hi', at: 'start' }, 1_000, KEY)).toMatchObject({ ok: true });
  });

  it('trusts no answer without a key, and says to reload the page', async () => {
    const listener = vi.fn();
    document.addEventListener(EDITOR_REQUEST_EVENT, listener, true);
    cleanups.push(() => document.removeEventListener(EDITOR_REQUEST_EVENT, listener, true));
    expect(await runEditorOperation(editor, { op: 'set', text: 'Hi' }, 1_000, null)).toMatchObject({ ok: false, code: 'no-key', error: expect.stringContaining('reload the page') });
    expect(listener).not.toHaveBeenCalled();
  });
});
