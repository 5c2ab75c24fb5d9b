/**
 * When the extension updates or reloads, the old sidebar script is cut off from it and a new one
 * is injected (extension-update.ts). The old one may hold text it could not save (typed in the
 * last moments, or refused); the new one asks for it, and the old one answers and steps aside.
 *
 * The two live in different JavaScript worlds and share only the page's DOM, which the page reads
 * and writes too. So the request carries a fresh nonce, and the answer is sealed with AES-GCM under
 * the key both read from storage.local (handover-key.ts), the nonce as associated data: the page
 * sees neither the text nor the editor bridge's key, can't answer in the old sidebar's place, and
 * can't replay an earlier answer. Only a script cut off from the extension answers.
 */
import { fromHex, toHex } from '../editor-bridge/bridge-key';

export const HANDOVER_REQUEST_EVENT = 'listenfirst:handover-request';
export const HANDOVER_EVENT = 'listenfirst:handover';

const NONCE = /^[\da-f]{32}$/;

/**
 * The text only the sidebar holds: the restatement. The reply stays in the helpdesk's own editor
 * (the new sidebar mirrors it from there); ticks and dismissed hints are saved on the click.
 */
export interface HandedOverDraft {
  ticketKey: string;
  restatement: string;
}

export interface Handover {
  drafts: HandedOverDraft[];
  /** The page-world editor bridge's key, so the new sidebar can keep using the bridge already there. */
  bridgeKey: string | null;
}

const MAX_DRAFTS = 20;

// Checked by hand: the schema library stays out of the injected script (tests/bench/injected-size.ts).
function isHandover(value: unknown): value is Handover {
  const { drafts, bridgeKey } = (value ?? {}) as Partial<Record<keyof Handover, unknown>>;
  return (
    Array.isArray(drafts) &&
    drafts.length <= MAX_DRAFTS &&
    drafts.every((draft: Partial<Record<keyof HandedOverDraft, unknown>> | null) => typeof draft?.ticketKey === 'string' && typeof draft.restatement === 'string') &&
    (bridgeKey === null || typeof bridgeKey === 'string')
  );
}

const encoder = new TextEncoder();

export async function sealHandover(key: CryptoKey, nonce: string, handover: Handover): Promise<string> {
  const iv = crypto.getRandomValues(new Uint8Array(12));
  const sealed = await crypto.subtle.encrypt({ name: 'AES-GCM', iv, additionalData: encoder.encode(nonce) }, key, encoder.encode(JSON.stringify(handover)));
  return `${toHex(iv)}.${toHex(new Uint8Array(sealed))}`;
}

/** The hand-over, or null when it was not sealed with this key for this nonce (the page made it up). */
export async function openHandover(key: CryptoKey, nonce: string, sealed: string): Promise<Handover | null> {
  const [iv = '', data = ''] = sealed.split('.');
  try {
    const plain = await crypto.subtle.decrypt({ name: 'AES-GCM', iv: fromHex(iv), additionalData: encoder.encode(nonce) }, key, fromHex(data));
    const handover: unknown = JSON.parse(new TextDecoder().decode(plain));
    return isHandover(handover) ? handover : null;
  } catch {
    return null;
  }
}

export interface HandoverOffer {
  key: CryptoKey;
  /** True once this script is cut off from the extension: only then does it answer. */
  cutOff(): boolean;
  collect(): Handover;
  /** Called once the answer is out: the old sidebar steps aside. */
  handedOver(): void;
}

/** The old script's side, listening from its start (it can't read the key once cut off). Answers once. */
export function offerHandover(doc: Document, offer: HandoverOffer): void {
  const listener = (event: Event) => {
    const nonce: unknown = (event as CustomEvent).detail;
    if (typeof nonce !== 'string' || !NONCE.test(nonce) || !offer.cutOff()) return;
    doc.removeEventListener(HANDOVER_REQUEST_EVENT, listener);
    void sealHandover(offer.key, nonce, offer.collect()).then(
      (sealed) => doc.dispatchEvent(new CustomEvent(HANDOVER_EVENT, { detail: `${nonce}.${sealed}` })),
      () => undefined,
    );
    offer.handedOver();
  };
  doc.addEventListener(HANDOVER_REQUEST_EVENT, listener);
}

/** The new script's side: asks once at start; each genuine answer is passed on, until `signal` ends. */
export function requestHandover(doc: Document, key: CryptoKey, onHandover: (handover: Handover) => void, signal: AbortSignal): void {
  const nonce = toHex(crypto.getRandomValues(new Uint8Array(16)));
  doc.addEventListener(
    HANDOVER_EVENT,
    (event) => {
      // "nonce.iv.sealed"; anything else (the page's own, or an answer to another request) fails to open.
      const answer = String((event as CustomEvent).detail);
      if (!answer.startsWith(`${nonce}.`)) return;
      void openHandover(key, nonce, answer.slice(nonce.length + 1)).then((handover) => handover && !signal.aborted && onHandover(handover));
    },
    { signal },
  );
  doc.dispatchEvent(new CustomEvent(HANDOVER_REQUEST_EVENT, { detail: nonce }));
}
