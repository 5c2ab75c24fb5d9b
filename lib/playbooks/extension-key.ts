/**
 * The manifest `key`: the public half of the key pair that fixes the extension's id in Chrome and
 * Edge, so administrators can target it in policy (`3rdparty.extensions.<id>`) on every machine,
 * unpacked or installed. The private key is not in the repository.
 */

/** Base64 of the DER SubjectPublicKeyInfo of a 2048-bit RSA key. */
export const MANIFEST_KEY =
  'MIIBIjANBgkqhkiG9w0BAQEFAAOCAQ8AMIIBCgKCAQEAyBKN6aXty3XY6YaFSSnHaemLnjbaflypmd0cxcGEk0uyL8UAx3l/+OFN1XAyzqN3VFvtFH6C8TPk/RRdLRA/iFSb2owwWkPOlEjxP98twxLdn5EYl8PutaRk/4unkMItuui8kcCnhWUackXb24n0D5PUpY6mTlryiaKhDhyb9biF6g3wT32hqDB6EgjVRRD+WcmZKIph77Cd7EJmmmXs+84dzt8ukvKCf04Hrg4h33qLO6wEB0GygIpRYkMARbOD0H5ziPulHHQxQgkNpJY+ZOdBeRg3zRjPTLQz8WHPKITu8x9Ib4S4x0kkbnFA8HKyK4w4yTdpK3it2gEcrPOfbwIDAQAB';

/** What Chrome derives from MANIFEST_KEY (checked by extension-key.test.ts). */
export const EXTENSION_ID = 'eogeijhcobiipaadjjgcihpmhoboinkc';

/** Chrome's rule: SHA-256 of the DER key, first 16 bytes as hex, digits 0-f written as letters a-p. */
export async function extensionIdFromKey(base64Der: string): Promise<string> {
  const der = Uint8Array.from(atob(base64Der), (char) => char.charCodeAt(0));
  const digest = new Uint8Array(await crypto.subtle.digest('SHA-256', der));
  return [...digest.slice(0, 16)]
    .flatMap((byte) => [byte >> 4, byte & 0x0f])
    .map((nibble) => String.fromCharCode('a'.charCodeAt(0) + nibble))
    .join('');
}
