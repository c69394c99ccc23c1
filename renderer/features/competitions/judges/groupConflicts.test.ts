import { describe, expect, it } from 'vitest';
import { checkJudgeConflicts } from '../../../../shared/competitions/conflicts/checkJudgeConflicts';
import { departments, entries, people } from '../../../../shared/competitions/testing/orgFixture';
import type { Entry } from '../../../../shared/domain';
import { countEntries, groupConflicts } from './groupConflicts';

const inSignal = { id: 'p-judge', departmentId: 'd-th-xh' };

describe('groupConflicts', () => {
  it('puts hard conflicts first, in the order of CONFLICT_CODES, one sentence per department, studio or team', () => {
    const report = checkJudgeConflicts({
      judge: { id: 'p-coach', departmentId: 'd-yy1-cw' },
      assignment: { id: 'a-1', stations: [] },
      entries,
      people,
      departments,
      studios: [{ id: 's-1', name: '钱振华劳模创新工作室', leadId: 'p-coach', memberIds: ['p-wang'] }],
    });
    expect(groupConflicts(report)).toEqual([
      { code: 'coached_entrant', severity: 'hard', params: {}, targets: [{ entryId: 'e-zhang' }] },
      { code: 'same_top_unit', severity: 'soft', params: { departmentId: 'd-yy1' }, targets: [{ entryId: 'e-zhang' }] },
      { code: 'same_studio', severity: 'soft', params: { studioId: 's-1', studioName: '钱振华劳模创新工作室' }, targets: [{ entryId: 'e-wang', personId: 'p-wang' }] },
    ]);
  });

  it('gathers every entrant of the same department into one group, each once', () => {
    const sameDepartment: Entry[] = ['e-a', 'e-b', 'e-c'].map((id, i) => ({ ...entries[2]!, id, memberIds: [`p-${i}`] }));
    const report = checkJudgeConflicts({ judge: inSignal, assignment: { id: 'a-1', stations: [] }, entries: sameDepartment, people, departments });
    const groups = groupConflicts({ hard: [...report.hard, ...report.hard], soft: [] });
    expect(groups).toHaveLength(1);
    expect(groups[0]).toMatchObject({ code: 'same_department', params: { departmentId: 'd-th-xh' } });
    expect(groups[0]!.targets.map((t) => t.entryId)).toEqual(['e-a', 'e-b', 'e-c']);
  });

  it('keeps groups of the same code apart when their parameters differ', () => {
    const groups = groupConflicts({
      hard: [],
      soft: [
        { code: 'same_studio', severity: 'soft', entryId: 'e-1', personId: 'p-1', params: { studioId: 's-1', studioName: 'A' } },
        { code: 'same_studio', severity: 'soft', entryId: 'e-2', personId: 'p-2', params: { studioId: 's-2', studioName: 'B' } },
        { code: 'same_studio', severity: 'soft', entryId: 'e-3', personId: 'p-3', params: { studioName: 'A', studioId: 's-1' } },
      ],
    });
    expect(groups.map((g) => [g.params.studioName, g.targets.length])).toEqual([
      ['A', 2],
      ['B', 1],
    ]);
  });

  it('counts a team once however many of its members are concerned', () => {
    expect(
      countEntries([
        { entryId: 'e-team' },
        { entryId: 'e-team' },
        { entryId: 'e-solo' },
      ]),
    ).toBe(2);
  });
});
