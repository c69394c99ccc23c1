import { describe, expect, it } from 'vitest';
import type { Entry } from '../../domain';
import { departments, entries, people } from '../testing/orgFixture';
import { checkJudgeConflicts, type JudgeConflictInput } from './checkJudgeConflicts';

const judge = people.find((p) => p.id === 'p-judge')!; // 孙立新, 通号分公司 (d-th)

function check(overrides: Partial<JudgeConflictInput> = {}) {
  return checkJudgeConflicts({ judge, assignment: { id: 'a-1', stations: [] }, entries, people, departments, ...overrides });
}

describe('checkJudgeConflicts', () => {
  it('finds nothing for a judge with no tie to any entrant', () => {
    const outsider = { id: 'p-out', departmentId: 'd-outside' };
    expect(check({ judge: outsider })).toEqual({
      assignmentId: 'a-1',
      judgePersonId: 'p-out',
      entryIds: ['e-zhang', 'e-wang', 'e-zhao'],
      hard: [],
      soft: [],
    });
  });

  it('hard: the entry represents the judge’s own department', () => {
    const inSignal = { id: 'p-judge', departmentId: 'd-th-xh' };
    expect(check({ judge: inSignal }).hard).toEqual([
      { code: 'same_department', severity: 'hard', entryId: 'e-zhao', params: { departmentId: 'd-th-xh' } },
    ]);
  });

  it('hard: a team member is from the judge’s department even if the entry represents another', () => {
    const team: Entry = { ...entries[0]!, id: 'e-team', memberIds: ['p-zhang', 'p-zhao'], departmentId: 'd-yy1' };
    const inSignal = { id: 'p-judge', departmentId: 'd-th-xh' };
    expect(check({ judge: inSignal, entries: [team] }).hard).toEqual([
      { code: 'same_department', severity: 'hard', entryId: 'e-team', personId: 'p-zhao', params: { departmentId: 'd-th-xh' } },
    ]);
  });

  it('hard: the judge coached the entrant (entry coaches or a coaching relation)', () => {
    const coach = people.find((p) => p.id === 'p-coach')!;
    const report = check({ judge: { ...coach, departmentId: 'd-outside' }, coaching: [{ coachId: 'p-coach', traineeId: 'p-wang' }] });
    expect(report.hard).toEqual([
      { code: 'coached_entrant', severity: 'hard', entryId: 'e-zhang' },
      { code: 'coached_entrant', severity: 'hard', entryId: 'e-wang', personId: 'p-wang' },
    ]);
  });

  it('hard: the judge is entered in the competition, whatever the stations', () => {
    const entered: Entry = { ...entries[2]!, id: 'e-judge', memberIds: ['p-judge'], departmentId: 'd-th', station: 9 };
    const report = check({ entries: [...entries, entered], assignment: { id: 'a-1', stations: [1] } });
    expect(report.hard).toContainEqual({ code: 'judge_is_entrant', severity: 'hard', entryId: 'e-judge', personId: 'p-judge' });
  });

  it('soft: another department of the same top-level unit', () => {
    expect(check().soft).toEqual([
      { code: 'same_top_unit', severity: 'soft', entryId: 'e-zhao', params: { departmentId: 'd-th' } },
    ]);
  });

  it('soft: the same studio or the same team', () => {
    const report = check({
      judge: { id: 'p-judge', departmentId: 'd-outside' },
      studios: [{ id: 's-1', name: '钱振华劳模创新工作室', leadId: 'p-coach', memberIds: ['p-judge', 'p-wang'] }],
      teams: [{ id: 't-1', name: '2023年信号技能竞赛一队', memberIds: ['p-judge', 'p-zhao'] }],
    });
    expect(report.hard).toEqual([]);
    expect(report.soft).toEqual([
      { code: 'same_studio', severity: 'soft', entryId: 'e-wang', personId: 'p-wang', params: { studioId: 's-1', studioName: '钱振华劳模创新工作室' } },
      { code: 'same_team', severity: 'soft', entryId: 'e-zhao', personId: 'p-zhao', params: { teamId: 't-1', teamName: '2023年信号技能竞赛一队' } },
    ]);
  });

  it('checks only the entrants at the judge’s stations when the competition is split by station', () => {
    const atStations = entries.map((e, i) => ({ ...e, station: i + 1 }));
    const inSignal = { id: 'p-judge', departmentId: 'd-th-xh' };
    const report = check({ judge: inSignal, entries: atStations, assignment: { id: 'a-1', stations: [1, 2] } });
    expect(report.entryIds).toEqual(['e-zhang', 'e-wang']);
    expect(report.hard).toEqual([]);
  });

  it('ignores withdrawn entries', () => {
    const withdrawn = entries.map((e) => ({ ...e, status: 'withdrawn' as const }));
    expect(check({ judge: { id: 'p-judge', departmentId: 'd-th-xh' }, entries: withdrawn })).toMatchObject({ entryIds: [], hard: [], soft: [] });
  });
});
