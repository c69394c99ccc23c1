import { describe, expect, it } from 'vitest';
import type { Competition, Entry, Publication } from '../../domain';
import type { Hundredths } from '../../scoring';
import { drawnCompetition } from '../testing/competitionFixture';
import { buildNextRound } from './buildNextRound';
import { nextRoundCheck, planAdvancement, roundResultRows, type RoundResultRow } from './planNextRound';

const h = (n: number) => n as Hundredths;
// Ranks 1, 2, 3, 3, 5 and one absent entrant (never ranked, never advances).
const rows: RoundResultRow[] = [
  { key: 'a', rank: 1, total: h(9500) },
  { key: 'b', rank: 2, total: h(9000) },
  { key: 'c', rank: 3, total: h(8800) },
  { key: 'd', rank: 3, total: h(8800) },
  { key: 'e', rank: 5, total: h(7000) },
  { key: 'x', rank: undefined, total: h(0) },
];

describe('who advances to the next round', () => {
  it('takes the top N and everyone tied at the boundary, and says so', () => {
    const plan = planAdvancement(rows, { mode: 'top', count: 3 });
    expect(plan.advancing.map((r) => r.key)).toEqual(['a', 'b', 'c', 'd']);
    expect(plan.boundaryTie).toEqual({ rank: 3, total: 8800, tied: 2, extra: 1 });
    expect(plan.rankedCount).toBe(5);
  });

  it('has no boundary tie when the Nth place is not shared', () => {
    const plan = planAdvancement(rows, { mode: 'top', count: 2 });
    expect(plan.advancing.map((r) => r.key)).toEqual(['a', 'b']);
    expect(plan.boundaryTie).toBeUndefined();
  });

  it('takes every total at or above a minimum, exactly (88.00 ≥ 88)', () => {
    expect(planAdvancement(rows, { mode: 'threshold', minTotal: 88 }).advancing.map((r) => r.key)).toEqual(['a', 'b', 'c', 'd']);
    expect(planAdvancement(rows, { mode: 'threshold', minTotal: 88.01 }).advancing.map((r) => r.key)).toEqual(['a', 'b']);
  });

  it('reads the published snapshot when there is one, else the computed results', () => {
    const publication = {
      results: [
        { entryId: 'p1', total: 91.5, rank: 1, scores: { total: '91.50', parts: {}, modules: {}, tieBreak: [] } },
        { entryId: 'p2', total: 0, status: 'absent' },
      ],
    } as unknown as Publication;
    expect(roundResultRows(publication, [{ key: 'z', rank: 1, total: h(1) }])).toEqual([
      { key: 'p1', rank: 1, total: 9150 },
      { key: 'p2', rank: undefined, total: 0 },
    ]);
    expect(roundResultRows(undefined, [{ key: 'z', rank: 1, total: h(1) }])).toEqual([{ key: 'z', rank: 1, total: 1 }]);
  });

  it('refuses before the results are locked, without ranked results, or when the next round exists', () => {
    expect(nextRoundCheck({ status: 'scoring' }, rows, undefined).map((r) => r.code)).toEqual(['results_not_locked']);
    expect(nextRoundCheck({ status: 'published' }, [], undefined).map((r) => r.code)).toEqual(['no_ranked_results']);
    expect(nextRoundCheck({ status: 'review' }, rows, { id: 'f', name: '决赛' })).toEqual([
      { code: 'next_round_exists', params: { competitionId: 'f', name: '决赛' } },
    ]);
    expect(nextRoundCheck({ status: 'published' }, rows, undefined)).toEqual([]);
  });
});

describe('building the next round', () => {
  it('makes a competition in registration linked to the preliminary, with a rubric copy and the advancing entrants', () => {
    const { competition: base, entries } = drawnCompetition();
    const preliminary: Competition = { ...base, status: 'published', teamBased: true, teamScoring: 'sum' };
    const advancing = [entries[1]!.id, entries[0]!.id];
    let n = 0;
    const next = buildNextRound(preliminary, entries, advancing, { name: ' 决赛 ', rule: { mode: 'top', count: 2 }, newId: () => `n${++n}` });

    expect(next.competition).toMatchObject({
      id: 'n1',
      name: '决赛',
      status: 'registration',
      year: preliminary.year,
      level: preliminary.level,
      trade: preliminary.trade,
      teamBased: true,
      teamScoring: 'sum',
      previousRoundId: preliminary.id,
      advanceRule: { mode: 'top', count: 2 },
      prizeFen: preliminary.prizeFen,
    });
    expect(next.competition.drawSeed).toBeUndefined();
    // Same shape of rubric, none of the preliminary's ids (marks name items by id).
    const ids = (c: Pick<Competition, 'rubric'>) => c.rubric.parts.flatMap((p) => [p.id, ...p.modules.flatMap((m) => [m.id, ...m.items.map((i) => i.id)])]);
    expect(next.competition.rubric.parts.map((p) => p.name)).toEqual(preliminary.rubric.parts.map((p) => p.name));
    expect(ids(next.competition).some((id) => ids(preliminary).includes(id))).toBe(false);

    expect(next.entries.map((e) => e.memberIds)).toEqual([entries[1]!.memberIds, entries[0]!.memberIds]);
    for (const e of next.entries) {
      expect(e.competitionId).toBe('n1');
      expect(e.status).toBe('registered');
      expect((e as Entry).drawOrder).toBeUndefined();
    }
    expect(new Set(next.entries.map((e) => e.id)).size).toBe(2);
  });

  it('refuses an entrant that is not in the preliminary', () => {
    const { competition, entries } = drawnCompetition();
    expect(() => buildNextRound(competition, entries, ['nobody'], { name: '决赛', rule: { mode: 'top', count: 1 }, newId: () => 'x' })).toThrow(/nobody/);
  });
});
