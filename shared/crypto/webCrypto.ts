/**
 * Typed access to the WebCrypto calls used for signing and sealing (Ed25519, AES-GCM, PBKDF2).
 *
 * shared/ compiles with the ES2023 library only (no DOM types), so the global is reached through `globalThis`
 * with local interfaces, as in competitions/webApis.ts. Keys stay opaque (`CryptoKeyLike`): callers store them
 * (IndexedDB keeps CryptoKey objects, non-extractable ones included) and pass them back, never read them.
 */

/** A WebCrypto CryptoKey, opaque to shared/. */
export interface CryptoKeyLike {
  readonly type: 'public' | 'private' | 'secret';
  readonly extractable: boolean;
}

export interface CryptoKeyPairLike {
  readonly publicKey: CryptoKeyLike;
  readonly privateKey: CryptoKeyLike;
}

type Bytes = Uint8Array;

interface SubtleForKeys {
  generateKey(algorithm: { name: 'Ed25519' }, extractable: boolean, usages: readonly string[]): Promise<CryptoKeyPairLike>;
  exportKey(format: 'raw', key: CryptoKeyLike): Promise<ArrayBuffer>;
  importKey(format: 'raw', keyData: Bytes, algorithm: { name: 'Ed25519' } | 'PBKDF2', extractable: boolean, usages: readonly string[]): Promise<CryptoKeyLike>;
  sign(algorithm: { name: 'Ed25519' }, key: CryptoKeyLike, data: Bytes): Promise<ArrayBuffer>;
  verify(algorithm: { name: 'Ed25519' }, key: CryptoKeyLike, signature: Bytes, data: Bytes): Promise<boolean>;
  deriveKey(
    algorithm: { name: 'PBKDF2'; hash: 'SHA-256'; salt: Bytes; iterations: number },
    baseKey: CryptoKeyLike,
    derivedKeyType: { name: 'AES-GCM'; length: 256 },
    extractable: false,
    usages: readonly string[],
  ): Promise<CryptoKeyLike>;
  encrypt(algorithm: { name: 'AES-GCM'; iv: Bytes }, key: CryptoKeyLike, data: Bytes): Promise<ArrayBuffer>;
  decrypt(algorithm: { name: 'AES-GCM'; iv: Bytes }, key: CryptoKeyLike, data: Bytes): Promise<ArrayBuffer>;
  digest(algorithm: 'SHA-256', data: Bytes): Promise<ArrayBuffer>;
}

interface CryptoGlobal {
  crypto?: { subtle?: SubtleForKeys };
}

export function subtle(): SubtleForKeys {
  const c = (globalThis as unknown as CryptoGlobal).crypto;
  if (!c?.subtle) throw new Error('WebCrypto (globalThis.crypto.subtle) is not available');
  return c.subtle;
}
