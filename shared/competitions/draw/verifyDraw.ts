/**
 * Checks a recorded draw against its seed: re-runs the draw over the entries it covered and compares every
 * order and station (the public part; anonymous codes are sealed and not part of it), then checks the values stored on the entries themselves. Entries that changed status
 * since (an absentee, a withdrawal) do not break verification: the draw is re-run over the ids it recorded.
 */
import type { Entry } from '../../domain';
import { DRAWN_STATUSES, drawParticipants, VERIFIABLE_DRAW_ALGORITHMS, type DrawResult } from './drawCompetition';

export const DRAW_VERIFICATION_CODES = [
  /** The result names another algorithm than this version knows. params: { algorithm } */
  'unknown_algorithm',
  /** The result was made from another seed (nothing else is compared). */
  'seed_differs',
  /** Re-running the draw gives another value. params: { field, expected, actual } */
  'draw_mismatch',
  /** The value stored on the entry differs from the draw. params: { field, expected, actual } */
  'entry_record_differs',
  /** An entry now taking part was not in the draw (registered after it). */
  'entry_not_in_draw',
  /** The draw names an entry that does not exist. */
  'unknown_entry',
] as const;
export type DrawVerificationCode = (typeof DRAW_VERIFICATION_CODES)[number];

export interface DrawVerificationIssue {
  code: DrawVerificationCode;
  entryId?: string;
  params?: Readonly<Record<string, string | number | null>>;
}

export type DrawVerification = { ok: true } | { ok: false; issues: DrawVerificationIssue[] };

type Field = 'drawOrder' | 'station';
const FIELDS: readonly Field[] = ['drawOrder', 'station'];

export function verifyDraw(
  seed: string,
  entries: readonly Pick<Entry, 'id' | 'status' | 'drawOrder' | 'station'>[],
  result: Pick<DrawResult, 'algorithm' | 'seed' | 'stations' | 'assignments'>,
): DrawVerification {
  const issues: DrawVerificationIssue[] = [];
  if (!VERIFIABLE_DRAW_ALGORITHMS.includes(result.algorithm)) {
    return { ok: false, issues: [{ code: 'unknown_algorithm', params: { algorithm: result.algorithm } }] };
  }
  if (result.seed !== seed) return { ok: false, issues: [{ code: 'seed_differs' }] };

  const recorded = new Map(result.assignments.map((a) => [a.entryId, a]));
  const again = drawParticipants(seed, [...recorded.keys()], result.stations);
  for (const expected of again.assignments) {
    const actual = recorded.get(expected.entryId)!;
    for (const field of FIELDS) {
      if ((actual[field] ?? null) !== (expected[field] ?? null)) {
        issues.push({
          code: 'draw_mismatch',
          entryId: expected.entryId,
          params: { field, expected: expected[field] ?? null, actual: actual[field] ?? null },
        });
      }
    }
  }

  const entryIds = new Set(entries.map((e) => e.id));
  for (const entryId of recorded.keys()) if (!entryIds.has(entryId)) issues.push({ code: 'unknown_entry', entryId });
  for (const entry of entries) {
    const drawn = recorded.get(entry.id);
    if (!drawn) {
      if (DRAWN_STATUSES.includes(entry.status)) issues.push({ code: 'entry_not_in_draw', entryId: entry.id });
      continue;
    }
    for (const field of FIELDS) {
      if ((entry[field] ?? null) !== (drawn[field] ?? null)) {
        issues.push({
          code: 'entry_record_differs',
          entryId: entry.id,
          params: { field, expected: drawn[field] ?? null, actual: entry[field] ?? null },
        });
      }
    }
  }
  return issues.length === 0 ? { ok: true } : { ok: false, issues };
}
