import { describe, expect, it } from 'vitest';
import type { AwardRule, Competition } from '../../domain';
import type { Hundredths } from '../../scoring';
import { teamScoringOf } from '../../competitions/teams/teamScoringOf';
import { buildTeamRanking, type MemberResult } from './buildTeamRanking';

const h = (n: number) => n as Hundredths;
const rubric = (awardRule: AwardRule): Competition['rubric'] => ({ parts: [], tieBreak: [], awardRule });
const countRule: AwardRule = { mode: 'count', counts: [1, 1, 0] };

const entries = [
  { id: 'a1', teamName: '车辆中心队' },
  { id: 'a2', teamName: '车辆中心队 ' },
  { id: 'b1', teamName: '维修中心队' },
  { id: 'b2', teamName: '维修中心队' },
  { id: 'c1', teamName: '客运部队' },
  { id: 'c2', teamName: '客运部队' },
  { id: 'x', teamName: undefined },
];
const results: MemberResult[] = [
  { key: 'a1', total: h(9050), rank: 1, status: 'checked_in' },
  { key: 'b1', total: h(8800), rank: 2, status: 'checked_in' },
  { key: 'c1', total: h(8700), rank: 3, status: 'checked_in' },
  { key: 'b2', total: h(8000), rank: 4, status: 'checked_in' },
  { key: 'x', total: h(7900), rank: 5, status: 'checked_in' },
  { key: 'c2', total: h(7750), rank: 6, status: 'checked_in' },
  { key: 'a2', total: h(0), rank: undefined, status: 'absent' },
];

describe('team events scored from their members', () => {
  it('reads old records and individual competitions: unit, or no teams at all', () => {
    expect(teamScoringOf({ teamBased: true })).toBe('unit');
    expect(teamScoringOf({ teamBased: false, teamScoring: 'sum' })).toBeUndefined();
    expect(buildTeamRanking({ teamBased: true, rubric: rubric(countRule) }, entries, results)).toBeUndefined();
  });

  it('sums members’ totals; an absent member counts as 0; ties share a rank', () => {
    const ranking = buildTeamRanking({ teamBased: true, teamScoring: 'sum', rubric: rubric(countRule) }, entries, results)!;
    expect(ranking.rows.map((r) => [r.teamName, r.rank, r.total, r.missingMembers])).toEqual([
      ['维修中心队', 1, 16800, 0],
      ['客运部队', 2, 16450, 0],
      ['车辆中心队', 3, 9050, 1],
    ]);
    expect(ranking.rows[2]!.members.map((m) => [m.entryId, m.rank])).toEqual([['a1', 1], ['a2', undefined]]);
    expect(ranking.withoutTeam).toBe(1);
    // No team awards unless the competition says the award rule applies to teams.
    expect(ranking.rows.every((r) => r.award === undefined)).toBe(true);
    expect(ranking.awardEvidence).toBeUndefined();
  });

  it('means members’ totals rounded half-up, and gives team awards with the competition’s rule when asked', () => {
    const ranking = buildTeamRanking({ teamBased: true, teamScoring: 'mean', teamAwards: true, rubric: rubric(countRule) }, entries, results)!;
    // 维修中心队 (88.00 + 80.00) / 2 = 84.00; 客运部队 (87.00 + 77.50) / 2 = 82.25; 车辆中心队 (90.50 + 0) / 2 = 45.25.
    expect(ranking.rows.map((r) => [r.teamName, r.rank, r.total, r.award])).toEqual([
      ['维修中心队', 1, 8400, 'first'],
      ['客运部队', 2, 8225, 'second'],
      ['车辆中心队', 3, 4525, undefined],
    ]);
    expect(ranking.awardEvidence?.given).toEqual({ first: 1, second: 1, third: 0 });
  });

  it('ranks teams with equal scores together (1, 1, 3)', () => {
    const tied: MemberResult[] = results.map((r) => (r.key === 'c1' ? { ...r, total: h(9050) } : r));
    const ranking = buildTeamRanking({ teamBased: true, teamScoring: 'sum', rubric: rubric(countRule) }, entries, tied)!;
    expect(ranking.rows.map((r) => [r.teamName, r.rank])).toEqual([
      ['客运部队', 1],
      ['维修中心队', 1],
      ['车辆中心队', 3],
    ]);
  });
});
