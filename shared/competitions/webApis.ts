/**
 * Typed access to the few Web APIs the competition functions need: WebCrypto, TextEncoder and TextDecoder.
 *
 * shared/ is compiled with the ES2023 library only (no DOM, no Node types), so these globals are reached through
 * `globalThis` with minimal local interfaces instead of a global declaration file: a local type cannot collide
 * with another module's declarations, and nothing here leaks into the exported signatures. Node ≥ 20 and
 * Chromium (the renderer) both provide every API used.
 */

interface SubtleCryptoLike {
  digest(algorithm: 'SHA-256', data: Uint8Array): Promise<ArrayBuffer>;
  importKey(
    format: 'raw',
    keyData: Uint8Array,
    algorithm: 'PBKDF2',
    extractable: false,
    usages: readonly ['deriveBits'],
  ): Promise<unknown>;
  deriveBits(
    algorithm: { name: 'PBKDF2'; hash: 'SHA-256'; salt: Uint8Array; iterations: number },
    baseKey: unknown,
    length: number,
  ): Promise<ArrayBuffer>;
}

interface CryptoLike {
  subtle: SubtleCryptoLike;
  getRandomValues<T extends Uint8Array>(array: T): T;
  randomUUID(): string;
}

interface TextDecoderLike {
  decode(input: Uint8Array): string;
}

interface WebGlobals {
  crypto?: CryptoLike;
  TextEncoder?: new () => { encode(input: string): Uint8Array };
  TextDecoder?: new (label?: string, options?: { fatal?: boolean; ignoreBOM?: boolean }) => TextDecoderLike;
}

const web = globalThis as unknown as WebGlobals;

function webCrypto(): CryptoLike {
  if (!web.crypto?.subtle) throw new Error('WebCrypto (globalThis.crypto.subtle) is not available');
  return web.crypto;
}

/** The global `crypto.subtle`, typed for the calls made here. */
export function subtleCrypto(): SubtleCryptoLike {
  return webCrypto().subtle;
}

/** `n` cryptographically random bytes. */
export function randomBytes(n: number): Uint8Array {
  return webCrypto().getRandomValues(new Uint8Array(n));
}

/** A random UUID v4; the default id factory for rubric templates and imports. */
export function randomUuid(): string {
  return webCrypto().randomUUID();
}

/** UTF-8 bytes of a string. */
export function utf8Encode(text: string): Uint8Array {
  if (!web.TextEncoder) throw new Error('TextEncoder is not available');
  return new web.TextEncoder().encode(text);
}

/**
 * Decodes bytes with the WHATWG decoder for `label`. With `fatal`, malformed input throws instead of turning
 * into U+FFFD. The byte order mark is kept (callers strip it) so that they can tell which encoding was found.
 */
export function decodeText(bytes: Uint8Array, label: string, fatal: boolean): string {
  if (!web.TextDecoder) throw new Error('TextDecoder is not available');
  return new web.TextDecoder(label, { fatal, ignoreBOM: true }).decode(bytes);
}

/** True when this runtime's TextDecoder knows the encoding (gb18030 is in Node with full ICU and in Chromium). */
export function supportsEncoding(label: string): boolean {
  if (!web.TextDecoder) return false;
  try {
    new web.TextDecoder(label);
    return true;
  } catch {
    return false;
  }
}

/** SHA-256 of `data`, lowercase hex. */
export async function sha256Hex(data: Uint8Array): Promise<string> {
  return toHex(new Uint8Array(await subtleCrypto().digest('SHA-256', data)));
}

/** Lowercase hex of bytes. */
export function toHex(bytes: Uint8Array): string {
  let out = '';
  for (const b of bytes) out += b.toString(16).padStart(2, '0');
  return out;
}

/** Bytes of a hex string, or undefined when it is not an even-length hex string. */
export function fromHex(hex: string): Uint8Array | undefined {
  if (hex.length % 2 !== 0 || !/^[0-9a-fA-F]*$/.test(hex)) return undefined;
  const out = new Uint8Array(hex.length / 2);
  for (let i = 0; i < out.length; i++) out[i] = parseInt(hex.slice(i * 2, i * 2 + 2), 16);
  return out;
}
