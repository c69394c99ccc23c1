/**
 * The second, secret draw (二次加密): the encryption officer gives every entry taking part an anonymous code
 * (加密号) from crypto-random bytes — not from the public draw's seed, and not from the order, station or entry
 * id — so nothing public can re-derive or narrow down who holds a code. No seed is kept: the resulting map is
 * the only record, and it is stored only sealed under the officer's passphrase (sealCodeMap).
 *
 * A code is a prefix letter (A–Z without I and O, which read as 1 and 0) and distinct numbers of the smallest
 * width ≥ 3 digits that has room for them (100–999, then 1000–9999 …). Codes never contain ':', so a mark's
 * subjectRef tells a code ("K137") from a live running order ("order:7") at a glance.
 */
import { compareIds } from '../draw/drawCompetition';

/** Letters an anonymous code may start with (no I or O, which read as 1 and 0). */
export const CODE_PREFIX_LETTERS = 'ABCDEFGHJKLMNPQRSTUVWXYZ';

/** A source of random bytes: crypto.getRandomValues in the app, a seeded stream only in tests and the demo. */
export type RandomBytes = (count: number) => Uint8Array;

export interface AnonymousCodeDraw {
  readonly prefix: string;
  /** entry id → code, for every entry given. */
  readonly codes: ReadonlyMap<string, string>;
}

/** A uniform integer in [0, bound) from 4 random bytes at a time, rejecting the biased top (no modulo bias). */
function uniform(bound: number, random: RandomBytes): number {
  const limit = 2 ** 32 - (2 ** 32 % bound);
  for (;;) {
    const b = random(4);
    const x = ((b[0]! << 24) | (b[1]! << 16) | (b[2]! << 8) | b[3]!) >>> 0;
    if (x < limit) return x % bound;
  }
}

/**
 * Codes for `entryIds` (their order does not matter). `prefix` fixes the letter (e.g. the level's); otherwise
 * it is drawn too.
 */
export function drawAnonymousCodes(entryIds: readonly string[], random: RandomBytes, prefix?: string): AnonymousCodeDraw {
  if (new Set(entryIds).size !== entryIds.length) throw new RangeError('duplicate entry id');
  if (prefix !== undefined && !/^[A-Z]{1,3}$/.test(prefix)) throw new RangeError(`a code prefix is 1–3 capital letters: ${prefix}`);
  const letter = prefix ?? CODE_PREFIX_LETTERS[uniform(CODE_PREFIX_LETTERS.length, random)]!;
  const ids = [...entryIds].sort(compareIds);
  let digits = 3;
  while (9 * 10 ** (digits - 1) < ids.length) digits++;
  const low = 10 ** (digits - 1);
  const size = 9 * low;
  // Sparse Fisher–Yates over the numbers: only swapped positions are stored.
  const swapped = new Map<number, number>();
  const at = (i: number) => swapped.get(i) ?? i;
  const codes = new Map<string, string>();
  ids.forEach((id, i) => {
    const j = i + uniform(size - i, random);
    const picked = at(j);
    swapped.set(j, at(i));
    codes.set(id, `${letter}${low + picked}`);
  });
  return { prefix: letter, codes };
}

/** Codes in natural order: K99 before K100. */
export function compareCodes(a: string, b: string): number {
  return a.localeCompare(b, 'en', { numeric: true });
}
