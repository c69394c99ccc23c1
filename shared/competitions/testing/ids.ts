import type { IdFactory } from '../templates/types';

/** Deterministic ids for tests and fixtures: `${prefix}-1`, `${prefix}-2`, … */
export function counterIds(prefix = 'id'): IdFactory {
  let n = 0;
  return () => `${prefix}-${++n}`;
}
