/**
 * A mark changed by an appeal's ruling enters the mark log (shared/judging/markChain.ts) like any chief judge's
 * change after a lock: a `set` event on the judge's assignment, chained on this (master) device, made by the
 * arbitration group's assignment (or the chief judge's) with the reason. No separate event format.
 */
import type { AppealMarkChange, JudgeAssignment, Mark } from '../../domain';
import type { MarkEventDraft } from '../../judging/markChain';

/** Who rules on appeals in the log: the arbitration group's assignment, else the chief judge's. */
export function appealRulerOf(judges: readonly Pick<JudgeAssignment, 'id' | 'role'>[]): string | undefined {
  return (judges.find((j) => j.role === 'arbitration') ?? judges.find((j) => j.role === 'chief'))?.id;
}

export function appealMarkEventDraft(
  mark: Pick<Mark, 'competitionId' | 'assignmentId' | 'moduleId' | 'itemId' | 'subjectRef'>,
  change: Pick<AppealMarkChange, 'to' | 'reason'>,
  context: { readonly deviceId: string; readonly byAssignmentId: string; readonly at: string },
): MarkEventDraft {
  if (!change.reason.trim()) throw new RangeError('an appeal mark change needs a reason');
  return {
    competitionId: mark.competitionId,
    assignmentId: mark.assignmentId,
    deviceId: context.deviceId,
    at: context.at,
    type: 'set',
    moduleId: mark.moduleId,
    itemId: mark.itemId,
    subjectRef: mark.subjectRef,
    value: change.to,
    reason: change.reason,
    byAssignmentId: context.byAssignmentId,
  };
}
