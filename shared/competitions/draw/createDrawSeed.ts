/** At least this many random bytes make a seed (128 bits: no one can steer or guess the draw). */
export const DRAW_SEED_MIN_BYTES = 16;

/**
 * A draw seed from random bytes, as lowercase hex. The caller supplies the bytes
 * (`crypto.getRandomValues(new Uint8Array(16))`), or bytes gathered in public at the venue, e.g. from dice.
 */
export function createDrawSeed(randomBytes: Uint8Array): string {
  if (randomBytes.length < DRAW_SEED_MIN_BYTES) {
    throw new RangeError(`a draw seed needs at least ${DRAW_SEED_MIN_BYTES} random bytes`);
  }
  let hex = '';
  for (const b of randomBytes) hex += b.toString(16).padStart(2, '0');
  return hex;
}
