import { describe, expect, it } from 'vitest';
import { publicationRewards } from './publicationRewards';

const competition = { id: 'c1', name: '接触网技能赛', level: 'company' as const, year: 2024, prizeFen: { first: 100_000, second: 50_000, third: 20_000 } };
const entries = new Map([
  ['e1', { memberIds: ['p1'] }],
  ['e2', { memberIds: ['p2'] }],
  ['e3', { memberIds: ['p3'] }],
]);
const publishedAt = '2024-12-01T10:00:00.000Z';

describe('publication rewards of a team event', () => {
  it('pays each member of an awarded team the prize of the team award; titles stay with individual results', () => {
    const rewards = publicationRewards(
      competition,
      {
        publishedAt,
        results: [
          { entryId: 'e1', rank: 1, total: '90.00', status: 'active', award: 'first' } as never,
          { entryId: 'e2', rank: 2, total: '80.00', status: 'active' } as never,
          { entryId: 'e3', rank: 3, total: '70.00', status: 'active' } as never,
        ],
        teams: {
          scoring: 'mean',
          awards: true,
          rows: [
            { teamName: '一队', rank: 1, total: '85.00', award: 'first', memberEntryIds: ['e1', 'e2'] },
            { teamName: '二队', rank: 2, total: '70.00', memberEntryIds: ['e3'] },
          ],
        },
      },
      entries,
    );
    const team = rewards.incentives.filter((i) => i.description.includes('团体'));
    expect(team.map((i) => [i.personId, i.kind, i.amountFen])).toEqual([
      ['p1', 'bonus', 100_000],
      ['p2', 'bonus', 100_000],
    ]);
    expect(team[0]!.description).toBe('接触网技能赛团体一等奖（一队）奖金');
    // p1's individual first prize: bonus and the title; the team award adds no title.
    expect(rewards.incentives.filter((i) => i.personId === 'p1').map((i) => i.kind)).toEqual(['bonus', 'title', 'bonus']);
    expect([...rewards.honours.keys()]).toEqual(['p1']);
  });

  it('gives nothing for teams when the award rule does not apply to them, and nothing twice', () => {
    const teams = { scoring: 'sum' as const, awards: false, rows: [{ teamName: '一队', rank: 1, total: '170.00', award: 'first' as const, memberEntryIds: ['e1', 'e2'] }] };
    expect(publicationRewards(competition, { publishedAt, results: [], teams }, entries).incentives).toEqual([]);
    const paying = { ...teams, awards: true };
    const first = publicationRewards(competition, { publishedAt, results: [], teams: paying }, entries).incentives;
    expect(first).toHaveLength(2);
    expect(publicationRewards(competition, { publishedAt, results: [], teams: paying }, entries, first).incentives).toEqual([]);
  });
});
