import { describe, expect, it } from 'vitest';
import { buildTalentPipeline, highScoreRankLimit } from './buildTalentPipeline';
import { competitions, departments, entries, invitations, people, publications, studios } from './talentPipeline.fixture';

const pipeline = () => buildTalentPipeline({ competitions, publications, entries, people, studios, invitations, departments });

describe('high scorers', () => {
  it.each([
    [0, 10, 0],
    [1, 10, 1],
    [9, 10, 1],
    [10, 10, 1],
    [11, 10, 2],
    [20, 10, 2],
    [20, 25, 5],
    [83, 10, 9],
  ])('among %i ranked, the top %i %% are the first %i', (ranked, percent, limit) => {
    expect(highScoreRankLimit(ranked, percent)).toBe(limit);
  });
});

describe('the talent pipeline', () => {
  it('lists award winners and high scorers of published competitions not in an open studio, best result first', () => {
    expect(pipeline().map((c) => [c.personId, c.best.competitionId, c.best.award ?? c.best.reason, c.best.rank])).toEqual([
      ['p21', 'c-23', 'first', 1], // municipal first: a closed studio does not count as a studio
      ['p32', 'c-24', 'first', 1], // the appeal's second snapshot made 吴七 first
      ['p1', 'c-22', 'first', 1],
      ['p31', 'c-24', 'second', 2],
      ['p3', 'c-22', 'third', 3],
      ['p22', 'c-23', 'high_score', 2], // no award, but within the top 10 % of 20
    ]);
  });

  it('leaves out studio members, people ranked below the top share, unranked entries and unpublished competitions', () => {
    const ids = pipeline().map((c) => c.personId);
    for (const absent of ['p2', 'p23', 'p24', 'p41']) expect(ids).not.toContain(absent);
  });

  it('suggests studios of the same trade and unit first, then the same trade, then the same unit, skipping pending invitations', () => {
    const suggestions = Object.fromEntries(pipeline().map((c) => [c.personId, c.suggestions.map((s) => `${s.studioId}:${s.match}`)]));
    expect(suggestions).toEqual({
      p21: ['s-sig:trade_and_unit', 's-sig2:trade', 's-ops:unit'],
      p32: ['s-ops:trade', 's-sig2:unit'],
      p1: ['s-sig:trade_and_unit', 's-ops:unit'],
      p31: ['s-ops:trade_and_unit', 's-sig:unit'],
      p3: ['s-sig2:trade_and_unit', 's-sig:trade'], // a declined invitation does not stop a new one
      p22: ['s-sig:trade_and_unit', 's-sig2:trade', 's-ops:unit'],
    });
    expect(pipeline().find((c) => c.personId === 'p1')?.pendingStudioIds).toEqual(['s-sig2']);
  });

  it('takes a wider share of high scorers when asked', () => {
    const wide = buildTalentPipeline({ competitions, publications, entries, people, studios, invitations, departments, topPercent: 15 });
    expect(wide.map((c) => c.personId)).toContain('p23');
  });
});
