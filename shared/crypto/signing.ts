/**
 * Ed25519 signatures for the files that move between machines (DESIGN §4): competition packages signed by the
 * master laptop, score packages signed by each judge laptop.
 *
 * A device's private key is generated non-extractable and kept as a CryptoKey in IndexedDB: it can sign but can
 * never be read out, copied into a file or sent anywhere. The public key travels in base64 (32 raw bytes) inside
 * each signed file; the receiving machine pins it on first import, showing its fingerprint for a person to compare.
 */
import { fromBase64, toBase64 } from './encoding';
import { subtle, type CryptoKeyLike, type CryptoKeyPairLike } from './webCrypto';

const ED25519 = { name: 'Ed25519' } as const;

/** A fresh signing key pair: private key non-extractable, public key exportable. */
export async function generateSigningKeyPair(): Promise<CryptoKeyPairLike> {
  return subtle().generateKey(ED25519, false, ['sign', 'verify']);
}

/** The raw 32-byte public key, base64. */
export async function exportPublicKey(publicKey: CryptoKeyLike): Promise<string> {
  return toBase64(new Uint8Array(await subtle().exportKey('raw', publicKey)));
}

/** Signs `data`; returns the 64-byte signature, base64. */
export async function signBytes(privateKey: CryptoKeyLike, data: Uint8Array): Promise<string> {
  return toBase64(new Uint8Array(await subtle().sign(ED25519, privateKey, data)));
}

/** True when `signature` (base64) is a valid Ed25519 signature of `data` by `publicKey` (base64). Never throws. */
export async function verifySignature(publicKey: string, data: Uint8Array, signature: string): Promise<boolean> {
  const keyBytes = fromBase64(publicKey);
  const signatureBytes = fromBase64(signature);
  if (!keyBytes || keyBytes.length !== 32 || !signatureBytes || signatureBytes.length !== 64) return false;
  try {
    const key = await subtle().importKey('raw', keyBytes, ED25519, false, ['verify']);
    return await subtle().verify(ED25519, key, signatureBytes, data);
  } catch {
    return false;
  }
}

/**
 * What a person compares between two screens: the first 16 bytes of SHA-256 over the raw public key, as eight
 * groups of four upper-case hex digits ("3F2A 9C01 …"). Undefined for a malformed key.
 */
export async function keyFingerprint(publicKey: string): Promise<string | undefined> {
  const keyBytes = fromBase64(publicKey);
  if (!keyBytes || keyBytes.length !== 32) return undefined;
  const digest = new Uint8Array(await subtle().digest('SHA-256', keyBytes)).slice(0, 16);
  const hex = [...digest].map((b) => b.toString(16).padStart(2, '0')).join('').toUpperCase();
  return hex.match(/.{4}/g)!.join(' ');
}
