import type { Mark } from '../domain';
import type { ScoringMark } from '../scoring';

/**
 * Marks as the scoring engine (shared/scoring) takes them: the subject is the mark's subjectRef before unsealing,
 * and the engine's "judge" is the judge assignment. Flags (disagreements, measurement conflicts) and provisional
 * totals both come from the engine through this one mapping.
 */
export function scoringMarksOf(marks: readonly Mark[]): ScoringMark[] {
  return marks.map(scoringMarkOf);
}

/** One mark as the engine takes it (see scoringMarksOf). */
export function scoringMarkOf(m: Mark): ScoringMark {
  return { subject: m.subjectRef, itemId: m.itemId, judgeId: m.assignmentId, value: m.value, ...(m.safetyVeto ? { safetyVeto: true } : {}) };
}
