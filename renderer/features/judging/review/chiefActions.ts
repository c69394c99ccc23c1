/**
 * The chief judge's changes on the master, each an event in the log with a reason: resolving a measurement
 * conflict (the agreed value written for every judge who entered another), and the sign-off that locks all marks.
 */
import type { MarkValue } from '../../../../shared/domain';
import type { Repositories } from '../../../db/repositories';

export async function resolveMeasurementConflict(
  repositories: Repositories,
  input: {
    competitionId: string;
    moduleId: string;
    itemId: string;
    subjectRef: string;
    value: MarkValue;
    reason: string;
    /** Judges whose mark differs from the agreed value. */
    assignmentIds: readonly string[];
    chiefAssignmentId: string | undefined;
  },
): Promise<void> {
  const { deviceId } = await repositories.marks.deviceKey();
  for (const assignmentId of input.assignmentIds) {
    await repositories.marks.append({
      competitionId: input.competitionId,
      assignmentId,
      deviceId,
      at: new Date().toISOString(),
      type: 'set',
      moduleId: input.moduleId,
      itemId: input.itemId,
      subjectRef: input.subjectRef,
      value: input.value,
      reason: input.reason,
      ...(input.chiefAssignmentId ? { byAssignmentId: input.chiefAssignmentId } : {}),
    });
  }
}

export async function signOffMarks(repositories: Repositories, competitionId: string, chiefAssignmentId: string): Promise<void> {
  const { deviceId } = await repositories.marks.deviceKey();
  await repositories.marks.append({ competitionId, assignmentId: chiefAssignmentId, deviceId, at: new Date().toISOString(), type: 'sign_off' });
}
