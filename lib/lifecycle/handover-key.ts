/**
 * The key that seals what an old sidebar hands its successor after the extension updated. The
 * two scripts live in different JavaScript worlds and share only the page's DOM, which the page
 * reads too; the old one can no longer reach the extension. So both read this key from
 * storage.local while they can (the old one at start), and the hand-over travels sealed with it.
 */
import { fromHex, toHex } from '../editor-bridge/bridge-key';
import { storedValue } from '../storage/extension-storage';

const KEY_PATTERN = /^[\da-f]{64}$/;
const item = storedValue('handover-key', (raw) => (typeof raw === 'string' && KEY_PATTERN.test(raw) ? raw : null));

/** Background: makes the key once, kept across updates and reloads. */
export async function ensureHandoverKey(): Promise<void> {
  if ((await item.get()) !== null) return;
  await item.set(toHex(crypto.getRandomValues(new Uint8Array(32))));
}

/** Content script: the key as an AES-GCM CryptoKey, or null before the background made one. */
export async function loadHandoverKey(): Promise<CryptoKey | null> {
  const hex = await item.get();
  if (hex === null || !crypto.subtle) return null;
  return crypto.subtle.importKey('raw', fromHex(hex), 'AES-GCM', false, ['encrypt', 'decrypt']);
}
