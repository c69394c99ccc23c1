/**
 * Encrypts a secret under a passphrase (AES-256-GCM with a key from PBKDF2-HMAC-SHA256), for what must stay
 * unreadable to anyone holding the laptop's profile folder: the anonymous-code map and the seeds that could
 * re-derive it (DESIGN §4). The KDF parameters travel with the box, so a box made with any iteration count opens
 * later; tests use fewer iterations and the count is recorded, never assumed.
 *
 * There is no recovery: without the passphrase the box cannot be opened. The UI says so before one is set.
 */
import { z } from 'zod';
import { fromBase64, toBase64 } from './encoding';
import { randomBytes, utf8Encode } from '../competitions/webApis';
import { subtle } from './webCrypto';

/** About a second on the development machine: the passphrase is typed once per unsealing. */
export const PASSPHRASE_PBKDF2_ITERATIONS = 1_000_000;

export const passphraseBoxSchema = z.object({
  kdf: z.object({
    name: z.literal('PBKDF2-SHA256'),
    iterations: z.number().int().min(1).max(10_000_000),
    /** base64, 16 bytes */
    salt: z.string().min(1).max(64),
  }),
  cipher: z.literal('AES-256-GCM'),
  /** base64, 12 bytes */
  iv: z.string().min(1).max(64),
  /** base64: ciphertext followed by the 16-byte GCM tag. */
  data: z.string().min(1),
});
export type PassphraseBox = z.infer<typeof passphraseBoxSchema>;

/** Thrown by openPassphraseBox when the passphrase is wrong or the box was altered (GCM cannot tell which). */
export class WrongPassphraseError extends Error {
  constructor() {
    super('wrong passphrase, or the sealed data was altered');
    this.name = 'WrongPassphraseError';
  }
}

async function deriveKey(passphrase: string, salt: Uint8Array, iterations: number) {
  const material = await subtle().importKey('raw', utf8Encode(passphrase.normalize('NFC')), 'PBKDF2', false, ['deriveKey']);
  return subtle().deriveKey(
    { name: 'PBKDF2', hash: 'SHA-256', salt, iterations },
    material,
    { name: 'AES-GCM', length: 256 },
    false,
    ['encrypt', 'decrypt'],
  );
}

export async function sealWithPassphrase(
  plaintext: Uint8Array,
  passphrase: string,
  iterations = PASSPHRASE_PBKDF2_ITERATIONS,
): Promise<PassphraseBox> {
  const salt = randomBytes(16);
  const iv = randomBytes(12);
  const key = await deriveKey(passphrase, salt, iterations);
  const data = new Uint8Array(await subtle().encrypt({ name: 'AES-GCM', iv }, key, plaintext));
  return {
    kdf: { name: 'PBKDF2-SHA256', iterations, salt: toBase64(salt) },
    cipher: 'AES-256-GCM',
    iv: toBase64(iv),
    data: toBase64(data),
  };
}

/** The plaintext of a box; throws WrongPassphraseError for a wrong passphrase or an altered box. */
export async function openPassphraseBox(box: PassphraseBox, passphrase: string): Promise<Uint8Array> {
  const salt = fromBase64(box.kdf.salt);
  const iv = fromBase64(box.iv);
  const data = fromBase64(box.data);
  if (!salt || !iv || iv.length !== 12 || !data) throw new WrongPassphraseError();
  const key = await deriveKey(passphrase, salt, box.kdf.iterations);
  try {
    return new Uint8Array(await subtle().decrypt({ name: 'AES-GCM', iv }, key, data));
  } catch {
    throw new WrongPassphraseError();
  }
}
