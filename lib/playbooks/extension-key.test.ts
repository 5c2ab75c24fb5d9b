// @vitest-environment node
import { createHash, createPublicKey } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { EXTENSION_ID, extensionIdFromKey, MANIFEST_KEY } from './extension-key';

describe('the manifest key', () => {
  it('gives the extension id administrators put in policy', async () => {
    expect(await extensionIdFromKey(MANIFEST_KEY)).toBe(EXTENSION_ID);
  });

  it('agrees with the id computed independently by Node', () => {
    const hex = createHash('sha256').update(Buffer.from(MANIFEST_KEY, 'base64')).digest('hex').slice(0, 32);
    expect([...hex].map((digit) => String.fromCharCode(97 + parseInt(digit, 16))).join('')).toBe(EXTENSION_ID);
  });

  it('is a public RSA key, never a private one', () => {
    const key = createPublicKey({ key: Buffer.from(MANIFEST_KEY, 'base64'), format: 'der', type: 'spki' });
    expect(key.type).toBe('public');
    expect(key.asymmetricKeyType).toBe('rsa');
    expect(key.asymmetricKeyDetails?.modulusLength).toBe(2048);
  });
});
