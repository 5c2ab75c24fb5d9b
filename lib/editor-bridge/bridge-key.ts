/**
 * The key that authenticates the editor bridge's answers.
 *
 * The bridge answers through DOM events, which the page sees: it could read a request's id and
 * answer first with `ok: true` (after which the sidebar would mirror the empty editor over the saved
 * reply). So each answer carries an HMAC of its fields under a key the page never sees. The key is
 * handed over once, at document_start, before any of the page's own scripts has run (no page
 * listener can exist yet): the content script dispatches it and the bridge, injected just before
 * it, takes it. Later, page scripts can still dispatch their own "key", but nobody listens any
 * more. A bridge or content script injected after the page started (readyState past "loading")
 * takes part in no handshake: the sidebar then refuses every answer and says so, rather than trust
 * one. The key lives in the content scripts' isolated world (a global there, shared by our content
 * scripts only) and, on the page side, as a non-extractable CryptoKey inside the bridge's closure.
 * A MessageChannel port would need the same early hand-over (window.postMessage is delivered later,
 * when page listeners may exist) and would tie every request to one port; a key is just a string.
 */

import { editorResponseSigningText, type EditorResponse } from './protocol';

export const BRIDGE_KEY_EVENT = 'listenfirst:editor-bridge-key';

const KEY_PATTERN = /^[\da-f]{64}$/;
const SESSION_KEY = Symbol.for('listenfirst.editor-bridge-key');

export function toHex(bytes: Uint8Array): string {
  let hex = '';
  for (let i = 0; i < bytes.length; i++) hex += (bytes[i]! < 16 ? '0' : '') + bytes[i]!.toString(16);
  return hex;
}

export function fromHex(hex: string): Uint8Array<ArrayBuffer> {
  const bytes = new Uint8Array(hex.length / 2);
  for (let i = 0; i < bytes.length; i++) bytes[i] = parseInt(hex.slice(i * 2, i * 2 + 2), 16);
  return bytes;
}

/**
 * Started from the toolbar on a page already open (lib/anysite): no hand-over before the page's
 * scripts is possible there, so `late` hands the key to the bridge the background injected just
 * before. Weaker, and said so in the README: a page script written against ListenFirst, listening
 * already, could read it. After "Remember this site" the site's pages get the hand-over at
 * document_start like any helpdesk.
 */
export interface HandOverTiming {
  late?: boolean;
}

/**
 * A helpdesk turned on from the toolbar on a page already open (lib/toolbar/helpdesk-start.ts): the
 * background marks the content scripts' world, then injects the bridge and editor-key.js, which hands
 * its key `late` only when so marked (the page cannot set the mark: it lives in the isolated world).
 * As weak as a page started from the toolbar, until that page's next load.
 */
export const LATE_KEY_MARK = 'listenfirst.late-key';

/** Run by the background in the tab's isolated world (self-contained: it is serialised). */
export function markLateKey(mark: string): void {
  (globalThis as Record<symbol, unknown>)[Symbol.for(mark)] = true;
}

export function lateKeyMarked(): boolean {
  return (globalThis as Record<symbol, unknown>)[Symbol.for(LATE_KEY_MARK)] === true;
}

/** Content script, at document_start (or `late`): makes a key and hands it to the bridge. True when it took it. */
export function handKeyToBridge(doc: Document, random: Crypto = crypto, { late = false }: HandOverTiming = {}): boolean {
  if (doc.readyState !== 'loading' && !late) return false;
  const key = toHex(random.getRandomValues(new Uint8Array(32)));
  const taken = !doc.dispatchEvent(new CustomEvent(BRIDGE_KEY_EVENT, { detail: key, cancelable: true }));
  if (taken) (globalThis as Record<symbol, unknown>)[SESSION_KEY] = key;
  return taken;
}

/** The key this content script shares with the bridge, or null when there was no hand-over. */
export function sessionBridgeKey(): string | null {
  const key = (globalThis as Record<symbol, unknown>)[SESSION_KEY];
  return typeof key === 'string' && KEY_PATTERN.test(key) ? key : null;
}

/**
 * A sidebar script injected after an extension update (no hand-over at document_start): takes the
 * key its predecessor shared with the bridge still in the page, as the sealed hand-over brought it.
 */
export function adoptBridgeKey(key: string): boolean {
  if (sessionBridgeKey() !== null || !KEY_PATTERN.test(key)) return false;
  (globalThis as Record<symbol, unknown>)[SESSION_KEY] = key;
  return true;
}

/** Page world, at document_start (or `late`, see HandOverTiming): takes the first key offered, then stops listening. */
export function takeKeyFromContentScript(doc: Document, onKey: (key: string) => void, { late = false }: HandOverTiming = {}): void {
  if (doc.readyState !== 'loading' && !late) return;
  const listener = (event: Event) => {
    const key: unknown = (event as CustomEvent).detail;
    if (typeof key !== 'string' || !KEY_PATTERN.test(key)) return;
    doc.removeEventListener(BRIDGE_KEY_EVENT, listener, true);
    event.preventDefault();
    onKey(key);
  };
  doc.addEventListener(BRIDGE_KEY_EVENT, listener, true);
}

const HMAC = { name: 'HMAC', hash: 'SHA-256' } as const;

export function importBridgeKey(subtle: SubtleCrypto, key: string, usage: 'sign' | 'verify'): Promise<CryptoKey> {
  return subtle.importKey('raw', fromHex(key), HMAC, false, [usage]);
}

/**
 * Page world: the response as sent, with its tag. `sign` and `encode` are the ones the bridge took
 * at document_start, so a page that patched SubtleCrypto or TextEncoder since sees only the tag.
 */
export async function signEditorResponse(
  sign: (algorithm: 'HMAC', key: CryptoKey, data: Uint8Array<ArrayBuffer>) => Promise<ArrayBuffer>,
  encode: (text: string) => Uint8Array<ArrayBuffer>,
  key: CryptoKey,
  response: EditorResponse,
): Promise<string> {
  const signature = await sign('HMAC', key, encode(editorResponseSigningText(response)));
  return JSON.stringify({ ...response, tag: toHex(new Uint8Array(signature)) });
}

const verifyKeys = new Map<string, Promise<CryptoKey>>();

/** Content script: whether the bridge signed this answer (an answer the page made up is not). */
export async function signedByBridge(response: EditorResponse, key: string): Promise<boolean> {
  if (!response.tag || !KEY_PATTERN.test(response.tag)) return false;
  let verifyKey = verifyKeys.get(key);
  if (!verifyKey) verifyKeys.set(key, (verifyKey = importBridgeKey(crypto.subtle, key, 'verify')));
  return crypto.subtle.verify('HMAC', await verifyKey, fromHex(response.tag), new TextEncoder().encode(editorResponseSigningText(response)));
}
