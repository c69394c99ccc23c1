/**
 * When judge assignments may change and what a complete one needs. Assignments and PINs travel to the judge
 * laptops in the competition package, so they are frozen once scoring starts (DESIGN §4).
 */
import type { CompetitionStatus, JudgeRole } from '../../domain';

const EDITABLE_STATUSES: ReadonlySet<CompetitionStatus> = new Set(['draft', 'registration', 'drawn']);

export function assignmentsEditable(status: CompetitionStatus): boolean {
  return EDITABLE_STATUSES.has(status);
}

/** Roles that sign in on a judge laptop and so need a PIN (nextStatusCheck asks a PIN of each). */
export const PIN_ROLES: ReadonlySet<JudgeRole> = new Set(['chief', 'judge', 'scorer']);

/** Roles that give marks, at the stations they are assigned (none listed: every station). */
export const SCORING_ROLES: ReadonlySet<JudgeRole> = new Set(['chief', 'judge']);

/** Roles that cannot do without modules: a judge scores the modules assigned, and nothing else. */
const MODULE_REQUIRED_ROLES: ReadonlySet<JudgeRole> = new Set(['judge']);

export interface AssignmentDraftFields {
  readonly personId: string | undefined;
  readonly role: JudgeRole;
  readonly moduleIds: readonly string[];
}

export type AssignmentFieldError = 'person_required' | 'modules_required';

export function assignmentFieldErrors(draft: AssignmentDraftFields): AssignmentFieldError[] {
  const errors: AssignmentFieldError[] = [];
  if (!draft.personId) errors.push('person_required');
  if (MODULE_REQUIRED_ROLES.has(draft.role) && draft.moduleIds.length === 0) errors.push('modules_required');
  return errors;
}
