import { describe, expect, it } from 'vitest';
import { entries, people } from '../../../../shared/competitions/testing/orgFixture';
import type { Entry } from '../../../../shared/domain';
import { buildManualEntry, checkManualEntry, type ManualEntryInput } from './manualEntry';

const individual = { people, entries, teamBased: false };
const codes = (input: ManualEntryInput, context = individual) => checkManualEntry(input, context).map((i) => i.code);
const newPerson = (over: Partial<{ name: string; employeeNo: string; departmentId: string | null; trade: string }> = {}): ManualEntryInput => ({
  entrant: { kind: 'new', name: '周明', employeeNo: 'YY10577', departmentId: 'd-yy1-cw', trade: '电客车司机', ...over },
  teamName: '',
});

describe('checkManualEntry', () => {
  it('accepts a complete new person and an existing person not yet entered', () => {
    expect(codes(newPerson())).toEqual([]);
    expect(codes({ entrant: { kind: 'existing', personId: 'p-li' }, teamName: '' })).toEqual([]);
  });

  it('says what is missing', () => {
    expect(codes(newPerson({ name: ' ', employeeNo: '', departmentId: null }))).toEqual(['missing_name', 'missing_employee_no', 'missing_department']);
    expect(codes({ entrant: { kind: 'existing', personId: null }, teamName: '' })).toEqual(['missing_person']);
  });

  it('refuses an employee number that already belongs to someone, compared as the roster file does', () => {
    const issues = checkManualEntry(newPerson({ name: '李小梅', employeeNo: 'yy 10232' }), individual);
    expect(issues).toEqual([{ code: 'employee_no_taken', field: 'employeeNo', params: { employeeNo: 'YY10232', existingName: '李晓梅' } }]);
  });

  it('refuses a person already entered, and a team competition entry without a team', () => {
    expect(checkManualEntry({ entrant: { kind: 'existing', personId: 'p-zhang' }, teamName: '' }, individual)).toEqual([
      { code: 'already_entered', field: 'person', params: { status: 'registered' } },
    ]);
    expect(codes(newPerson(), { ...individual, teamBased: true })).toEqual(['missing_team']);
    expect(codes({ ...newPerson(), teamName: '队'.repeat(101) }, { ...individual, teamBased: true })).toEqual(['team_too_long']);
  });
});

describe('buildManualEntry', () => {
  const ids = () => {
    let n = 0;
    return () => `id-${++n}`;
  };

  it('writes a new person and their entry together', () => {
    const write = buildManualEntry(newPerson({ name: ' 周明 ', employeeNo: 'YY 10577' }), { id: 'c-1', teamBased: false }, { people, entries }, ids());
    expect(write).toEqual({
      kind: 'new_entry',
      write: {
        competitionId: 'c-1',
        newDepartments: [],
        newPeople: [{ id: 'id-1', name: '周明', employeeNo: 'YY10577', departmentId: 'd-yy1-cw', trade: '电客车司机', honours: [] }],
        newEntries: [{ id: 'id-2', competitionId: 'c-1', memberIds: ['id-1'], departmentId: 'd-yy1-cw', coachIds: [], status: 'registered' }],
      },
    });
  });

  it('enters an existing person for their own department', () => {
    const write = buildManualEntry({ entrant: { kind: 'existing', personId: 'p-li' }, teamName: '' }, { id: 'c-1', teamBased: false }, { people, entries }, ids());
    expect(write).toMatchObject({ kind: 'new_entry', write: { newPeople: [], newEntries: [{ memberIds: ['p-li'], departmentId: 'd-yy1-cw' }] } });
  });

  it('adds the person to a team of that name, or starts a new team', () => {
    const team: Entry = { ...entries[1]!, teamName: '乘务一队', memberIds: ['p-wang'] };
    const joined = buildManualEntry({ entrant: { kind: 'existing', personId: 'p-li' }, teamName: ' 乘务一队 ' }, { id: 'c-1', teamBased: true }, { people, entries: [team] }, ids());
    expect(joined).toEqual({ kind: 'join_team', newPeople: [], entry: { ...team, memberIds: ['p-wang', 'p-li'] } });

    const started = buildManualEntry({ entrant: { kind: 'existing', personId: 'p-li' }, teamName: '二队' }, { id: 'c-1', teamBased: true }, { people, entries: [team] }, ids());
    expect(started).toMatchObject({ kind: 'new_entry', write: { newEntries: [{ teamName: '二队', memberIds: ['p-li'] }] } });
  });
});
