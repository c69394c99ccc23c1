/**
 * A small seeded pseudo-random generator, the same on every platform.
 *
 * Used wherever shared code needs reproducible randomness, first of all the demo generator (same seed →
 * byte-identical workspace). The draw (抽签) keeps its own frozen copy of the same algorithms
 * (competitions/draw/seededRandom.ts), so that recorded draws verify even if this module evolves.
 *
 * The seed string is hashed with cyrb128 into four 32-bit words that seed sfc32 (Small Fast Counter, passes
 * PractRand). Only 32-bit integer operations (`Math.imul`, shifts, `>>> 0`) and exact float arithmetic are used:
 * no `Math.random`, no transcendental functions (`Math.log`, `Math.cos`, `Math.pow` are not required to be
 * correctly rounded, so results could differ between engines). Normal-like draws use the Irwin–Hall sum of
 * uniforms instead of Box–Muller for that reason.
 */

/** Four 32-bit words of seed state. */
export type Seed128 = readonly [number, number, number, number];

/** Hashes a string into 128 bits with cyrb128 (by bryc, public domain). Stable across platforms. */
export function hashSeed(seed: string): Seed128 {
  let h1 = 1779033703;
  let h2 = 3144134277;
  let h3 = 1013904242;
  let h4 = 2773480762;
  for (let i = 0; i < seed.length; i++) {
    const k = seed.charCodeAt(i);
    h1 = h2 ^ Math.imul(h1 ^ k, 597399067);
    h2 = h3 ^ Math.imul(h2 ^ k, 2869860233);
    h3 = h4 ^ Math.imul(h3 ^ k, 951274213);
    h4 = h1 ^ Math.imul(h4 ^ k, 2716044179);
  }
  h1 = Math.imul(h3 ^ (h1 >>> 18), 597399067);
  h2 = Math.imul(h4 ^ (h2 >>> 22), 2869860233);
  h3 = Math.imul(h1 ^ (h3 >>> 17), 951274213);
  h4 = Math.imul(h2 ^ (h4 >>> 19), 2716044179);
  h1 ^= h2 ^ h3 ^ h4;
  h2 ^= h1;
  h3 ^= h1;
  h4 ^= h1;
  return [h1 >>> 0, h2 >>> 0, h3 >>> 0, h4 >>> 0];
}

/** sfc32: returns a function giving the next unsigned 32-bit integer of the stream. */
export function sfc32(seed: Seed128): () => number {
  let [a, b, c, d] = seed;
  return () => {
    a >>>= 0;
    b >>>= 0;
    c >>>= 0;
    d >>>= 0;
    const t = (((a + b) | 0) + d) | 0;
    d = (d + 1) | 0;
    a = b ^ (b >>> 9);
    b = (c + (c << 3)) | 0;
    c = (c << 21) | (c >>> 11);
    c = (c + t) | 0;
    return t >>> 0;
  };
}

const TWO_POW_32 = 4294967296;

export interface Random {
  /** The next unsigned 32-bit integer. */
  uint32(): number;
  /** A float in [0, 1), a multiple of 2^-32. */
  next(): number;
  /** An integer in [min, max], both inclusive. */
  int(min: number, max: number): number;
  /** A float in [min, max). */
  float(min: number, max: number): number;
  /** True with probability `p` (0..1). */
  chance(p: number): boolean;
  /** A roughly normal draw (Irwin–Hall of 12 uniforms: range mean ± 6 sd). */
  normal(mean: number, sd: number): number;
  /** One element, uniformly. Throws on an empty list. */
  pick<T>(items: readonly T[]): T;
  /** One element with probability proportional to its weight (weights ≥ 0, not all zero). */
  weightedPick<T>(items: readonly T[], weights: readonly number[]): T;
  /** A shuffled copy (Fisher–Yates); the input is not changed. */
  shuffle<T>(items: readonly T[]): T[];
  /** `count` distinct elements in random order (all of them if `count` ≥ length). */
  sample<T>(items: readonly T[], count: number): T[];
  /** A new independent generator derived from this one's seed and a label (stable sub-streams). */
  fork(label: string): Random;
}

/** A seeded generator; the same seed gives the same sequence on every platform. */
export function createRandom(seed: string): Random {
  const nextUint32 = sfc32(hashSeed(seed));
  // Warm up: the first outputs of sfc32 from a hashed seed are already well mixed, but discarding a few is the
  // customary precaution and costs nothing.
  for (let i = 0; i < 12; i++) nextUint32();

  const next = (): number => nextUint32() / TWO_POW_32;

  const int = (min: number, max: number): number => {
    if (!Number.isSafeInteger(min) || !Number.isSafeInteger(max) || max < min) {
      throw new RangeError(`int(${min}, ${max}): expected safe integers with min ≤ max`);
    }
    return min + Math.floor(next() * (max - min + 1));
  };

  const random: Random = {
    uint32: nextUint32,
    next,
    int,
    float: (min, max) => min + next() * (max - min),
    chance: (p) => next() < p,
    normal: (mean, sd) => {
      let sum = 0;
      for (let i = 0; i < 12; i++) sum += next();
      return mean + (sum - 6) * sd;
    },
    pick: (items) => {
      if (items.length === 0) throw new RangeError('pick from an empty list');
      return items[int(0, items.length - 1)] as (typeof items)[number];
    },
    weightedPick: (items, weights) => {
      if (items.length === 0 || items.length !== weights.length) {
        throw new RangeError('weightedPick needs one weight per item and at least one item');
      }
      let total = 0;
      for (const w of weights) {
        if (!(w >= 0)) throw new RangeError('weights must be non-negative numbers');
        total += w;
      }
      if (total <= 0) throw new RangeError('weights must not all be zero');
      let r = next() * total;
      for (let i = 0; i < items.length; i++) {
        r -= weights[i] as number;
        if (r < 0 && (weights[i] as number) > 0) return items[i] as (typeof items)[number];
      }
      // Float rounding can leave r at ~0 after the loop: return the last item with a positive weight.
      for (let i = items.length - 1; i >= 0; i--) {
        if ((weights[i] as number) > 0) return items[i] as (typeof items)[number];
      }
      throw new RangeError('unreachable');
    },
    shuffle: (items) => {
      const out = items.slice();
      for (let i = out.length - 1; i > 0; i--) {
        const j = int(0, i);
        const tmp = out[i] as (typeof out)[number];
        out[i] = out[j] as (typeof out)[number];
        out[j] = tmp;
      }
      return out;
    },
    sample: (items, count) => {
      // Partial Fisher–Yates: only the first `count` positions are drawn.
      const out = items.slice();
      const n = Math.min(Math.max(0, Math.floor(count)), out.length);
      for (let i = 0; i < n; i++) {
        const j = int(i, out.length - 1);
        const tmp = out[i] as (typeof out)[number];
        out[i] = out[j] as (typeof out)[number];
        out[j] = tmp;
      }
      out.length = n;
      return out;
    },
    fork: (label) => createRandom(`${seed}/${label}`),
  };
  return random;
}
