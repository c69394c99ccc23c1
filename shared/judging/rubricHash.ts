import { canonicalJson } from '../competitions/package/canonicalJson';
import type { Rubric } from '../domain';
import { sha256Hex } from '../util/sha256';

/**
 * The rubric's fingerprint: SHA-256 (hex) of its canonical JSON. Frozen on the master when the competition
 * package is exported and carried by every score package, so marks given against another rubric are refused.
 */
export function rubricHash(rubric: Rubric): string {
  return sha256Hex(canonicalJson(rubric));
}
