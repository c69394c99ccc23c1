/**
 * What every demo module shares: the seed, the demo year, the moment the workspace is seen from, and seeded
 * random streams. Each concern draws from its own named stream, so changing how many numbers one module draws
 * does not reshuffle the records of another.
 */
import { createRandom, type Random } from '../util/random';
import { stamp } from './dates';

export interface DemoOptions {
  /** Seed of every random draw; the same seed gives a byte-identical workspace. */
  readonly seed?: string;
  /** The year the demo describes (default 2024). */
  readonly year?: number;
  /** The moment the workspace is seen from, ISO 8601 with offset (default 20 December of the year, 18:00 +08:00). */
  readonly now?: string;
}

export interface DemoContext {
  readonly seed: string;
  readonly year: number;
  readonly now: string;
  /** Calendar date of `now`. */
  readonly today: string;
  /** The seeded random stream for one concern. */
  random(label: string): Random;
  /** A timestamp at a local time on `date`, or `now` if that date is today or later. */
  at(date: string, time?: string): string;
}

export const DEFAULT_DEMO_SEED = 'jiangxin-demo';
export const DEFAULT_DEMO_YEAR = 2024;

export function createDemoContext(options: DemoOptions = {}): DemoContext {
  const seed = options.seed ?? DEFAULT_DEMO_SEED;
  const year = options.year ?? DEFAULT_DEMO_YEAR;
  const now = options.now ?? stamp(`${year}-12-20`, '18:00');
  const today = now.slice(0, 10);
  const root = createRandom(seed);
  return {
    seed,
    year,
    now,
    today,
    random: (label) => root.fork(label),
    at: (date, time = '09:00') => (date < today ? stamp(date, time) : now),
  };
}

/** Zero-padded sequence number for readable ids: seq(7, 3) → "007". */
export function seq(n: number, width: number): string {
  return String(n).padStart(width, '0');
}

/**
 * Orders strings by UTF-16 code units. Used instead of `localeCompare`, whose order depends on the runtime's
 * ICU data and locale and would make the demo differ between machines.
 */
export function compareText(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}
