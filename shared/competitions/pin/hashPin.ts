/**
 * A judge's PIN is kept only as PBKDF2-HMAC-SHA256 (WebCrypto) with a random 16-byte salt. The iteration count
 * is stored with every hash (JudgeAssignment.pinKdf, and each judge's `pin.kdf` in the package) so a judge
 * laptop can check a PIN set by any version.
 */
import { fromHex, randomBytes, subtleCrypto, toHex, utf8Encode } from '../webApis';
import { PIN_MAX_LENGTH, PIN_MIN_LENGTH_LEGACY } from './validatePin';

/** OWASP's 2023 figure for PBKDF2-HMAC-SHA256; about 0.1 s on the development machine. */
export const PIN_PBKDF2_ITERATIONS = 600_000;
const SALT_BYTES = 16;
const HASH_BITS = 256;

export interface PinHash {
  /** 64 hex characters. */
  hash: string;
  /** 32 hex characters. */
  salt: string;
  iterations: number;
}

/**
 * Hashes a PIN of 4–8 digits (anything else throws; the UI applies validatePin to new PINs first). Without
 * `salt`, a fresh random one is made.
 */
export async function hashPin(pin: string, salt?: string, iterations = PIN_PBKDF2_ITERATIONS): Promise<PinHash> {
  if (!new RegExp(`^[0-9]{${PIN_MIN_LENGTH_LEGACY},${PIN_MAX_LENGTH}}$`).test(pin)) throw new RangeError('invalid PIN: 4–8 digits');
  const saltBytes = salt === undefined ? randomBytes(SALT_BYTES) : fromHex(salt);
  if (!saltBytes || saltBytes.length < 8) throw new RangeError('the salt must be hex, at least 8 bytes');
  return { hash: toHex(await derive(pin, saltBytes, iterations)), salt: toHex(saltBytes), iterations };
}

/** True when `pin` hashes to `hash` with `salt`. A malformed hash or salt simply does not match. */
export async function verifyPin(
  pin: string,
  hash: string,
  salt: string,
  iterations = PIN_PBKDF2_ITERATIONS,
): Promise<boolean> {
  const saltBytes = fromHex(salt);
  const expected = fromHex(hash);
  if (!saltBytes || !expected || expected.length !== HASH_BITS / 8 || !/^[0-9]{1,64}$/.test(pin)) return false;
  const actual = await derive(pin, saltBytes, iterations);
  // Compare every byte, so the time taken does not tell how much of the hash matched.
  let difference = 0;
  for (let i = 0; i < actual.length; i++) difference |= actual[i]! ^ expected[i]!;
  return difference === 0;
}

async function derive(pin: string, salt: Uint8Array, iterations: number): Promise<Uint8Array> {
  const subtle = subtleCrypto();
  const key = await subtle.importKey('raw', utf8Encode(pin), 'PBKDF2', false, ['deriveBits']);
  return new Uint8Array(await subtle.deriveBits({ name: 'PBKDF2', hash: 'SHA-256', salt, iterations }, key, HASH_BITS));
}
