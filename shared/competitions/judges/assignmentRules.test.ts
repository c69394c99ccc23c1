import { describe, expect, it } from 'vitest';
import { COMPETITION_STATUSES } from '../../domain';
import { assignmentFieldErrors, assignmentsEditable } from './assignmentRules';

describe('assignmentsEditable', () => {
  it('allows changes until scoring starts', () => {
    expect(COMPETITION_STATUSES.filter(assignmentsEditable)).toEqual(['draft', 'registration', 'drawn']);
  });
});

describe('assignmentFieldErrors', () => {
  it('needs a person, and a module for a judge', () => {
    expect(assignmentFieldErrors({ personId: undefined, role: 'judge', moduleIds: [] })).toEqual(['person_required', 'modules_required']);
    expect(assignmentFieldErrors({ personId: 'p-1', role: 'judge', moduleIds: ['m-1'] })).toEqual([]);
  });

  it('lets the other roles go without modules', () => {
    for (const role of ['chief', 'scorer', 'encryption', 'arbitration'] as const) {
      expect(assignmentFieldErrors({ personId: 'p-1', role, moduleIds: [] })).toEqual([]);
    }
  });
});
