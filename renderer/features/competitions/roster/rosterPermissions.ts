/**
 * What the roster allows in each competition status, with the reason when it does not. Entrants are added
 * and removed only before the draw is confirmed (draft, registration); attendance (check-in, absent,
 * withdrawn) can change until the review starts.
 */
import type { CompetitionStatus } from '../../../../shared/domain';

export type RosterLockReason =
  /** The draw is confirmed: adding someone needs a new draw (go back to registration). */
  | 'after_draw'
  /** Scoring has started: the field of entrants is fixed. */
  | 'scoring_started'
  /** Review, publication or archive: nothing about entrants changes any more. */
  | 'review_started';

export type RosterPermission = { ok: true } | { ok: false; reason: RosterLockReason };

const EDITABLE: readonly CompetitionStatus[] = ['draft', 'registration'];
const ATTENDANCE: readonly CompetitionStatus[] = ['draft', 'registration', 'drawn', 'scoring'];

/** Adding, importing and removing entrants. */
export function canEditRoster(status: CompetitionStatus): RosterPermission {
  if (EDITABLE.includes(status)) return { ok: true };
  if (status === 'drawn') return { ok: false, reason: 'after_draw' };
  if (status === 'scoring') return { ok: false, reason: 'scoring_started' };
  return { ok: false, reason: 'review_started' };
}

/** Check-in, absent, withdrawn and back to registered. */
export function canChangeAttendance(status: CompetitionStatus): RosterPermission {
  return ATTENDANCE.includes(status) ? { ok: true } : { ok: false, reason: 'review_started' };
}
