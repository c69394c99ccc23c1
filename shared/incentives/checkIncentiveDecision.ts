/**
 * Whether a reward can be approved or rejected now: only a pending reward is decided, once, by someone named.
 * Returns null when the decision may go ahead, else a code.
 */
import type { Incentive } from '../domain';
import { incentiveStatusOf } from './incentiveStatusOf';

export type IncentiveDecision = 'approved' | 'rejected';
export type IncentiveDecisionProblem = 'already_decided' | 'decider_required' | 'note_required';

export function checkIncentiveDecision(
  incentive: Pick<Incentive, 'status'>,
  decision: IncentiveDecision,
  decidedBy: string,
  note = '',
): IncentiveDecisionProblem | null {
  if (incentiveStatusOf(incentive) !== 'pending') return 'already_decided';
  if (decidedBy.trim() === '') return 'decider_required';
  // A refusal is explained to the person: it needs a reason.
  if (decision === 'rejected' && note.trim() === '') return 'note_required';
  return null;
}
