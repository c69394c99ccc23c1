import { describe, expect, it } from 'vitest';
import { computeResults } from './computeResults';
import { findMarkFlags } from './findMarkFlags';
import { formatHundredths, type Hundredths } from './hundredths';
import { hashPublishedResults, publishedResultsOf } from './publication';
import { rankAndAward } from './rankAndAward';
import { advanceToNextRound } from './rounds';
import { standardisedScores } from './standardisedScores';
import { teamTotals } from './teamTotals';
import { bandsItem, level, levelsItem, mark, metItem, pointsItem, pts, singleModuleRubric } from './testing/rubricFixture';
import { sha256Hex } from '../util/sha256';
import { canonicalJson } from '../competitions/package/canonicalJson';

const h = (n: number) => n as Hundredths;

describe('§3.3 and §3.8 flags', () => {
  const rubric = singleModuleRubric(
    [levelsItem('lv', 9), pointsItem('pt', 10), metItem('met', 2), bandsItem('band', 3, [['a', 3], ['b', 1]])],
    { disagreementShare: 0.3 },
  );

  it('flags levels more than one apart, a points spread over the share, and measurement conflicts', () => {
    const flags = findMarkFlags(rubric, [
      mark('K1', 'lv', 'j1', level(0)),
      mark('K1', 'lv', 'j2', level(2)),
      mark('K2', 'lv', 'j1', level(1)),
      mark('K2', 'lv', 'j2', level(2)),
      mark('K1', 'pt', 'j1', pts(5)),
      mark('K1', 'pt', 'j2', pts(8.01)), // spread 3.01 > 30 % of 10
      mark('K2', 'pt', 'j1', pts(5)),
      mark('K2', 'pt', 'j2', pts(8)), // spread exactly 3: not over
      mark('K1', 'met', 'j1', { kind: 'met', met: true }),
      mark('K1', 'met', 'j2', { kind: 'met', met: false }),
      mark('K2', 'band', 'j1', { kind: 'band', bandId: 'a' }),
      mark('K2', 'band', 'j2', { kind: 'band', bandId: 'a' }),
    ]);
    expect(flags.map((f) => `${f.subject}:${f.itemId}:${f.code}`)).toEqual(['K1:lv:levels_apart', 'K1:pt:points_spread', 'K1:met:measurement_conflict']);
    expect(flags[1]).toMatchObject({ params: { lowest: 500, highest: 801, max: 1000, shareBasisPoints: 3000 } });
  });
});

describe('rounds, teams and standardised scores', () => {
  it('top N advance with everyone tied at the boundary; threshold by total', () => {
    const rows = [
      { key: 'a', rank: 1, total: h(9000) },
      { key: 'b', rank: 2, total: h(8000) },
      { key: 'c', rank: 2, total: h(8000) },
      { key: 'd', rank: 4, total: h(7000) },
      { key: 'e', rank: undefined, total: h(0) },
    ];
    expect(advanceToNextRound(rows, { mode: 'top', count: 2 })).toEqual(['a', 'b', 'c']);
    expect(advanceToNextRound(rows, { mode: 'threshold', minTotal: 75 })).toEqual(['a', 'b', 'c']);
  });

  it('team totals are the sum or the mean (half-up) of the members', () => {
    const members = new Map([['m1', h(8001)], ['m2', h(7000)]]);
    const teams = [{ key: 't', memberKeys: ['m1', 'm2', 'm3'] }];
    expect(teamTotals(teams, members, 'sum')).toEqual([{ key: 't', total: 15001, missingMembers: ['m3'] }]);
    expect(teamTotals([{ key: 't', memberKeys: ['m1', 'm2'] }], members, 'mean')[0]!.total).toBe(7501); // 7500.5 → 7501
  });

  it('T-scores: mean 50, one standard deviation 10', () => {
    expect(standardisedScores([h(6000), h(8000)])).toEqual([4000, 6000]);
    expect(standardisedScores([h(7000), h(7000)])).toEqual([5000, 5000]);
    const t = standardisedScores([h(5000), h(7000), h(9000)]); // sd = 16.33 → z = ±1.2247
    expect(t).toEqual([3775, 5000, 6225]);
  });

  it('rankAndAward ranks bare totals by the same rules', () => {
    const { rows } = rankAndAward(
      [
        { key: 'a', total: h(9000) },
        { key: 'b', total: h(9000) },
        { key: 'c', total: h(8000) },
      ],
      { mode: 'count', counts: [1, 1, 0] },
    );
    expect(rows.map((r) => `${r.key}:${r.rank}:${r.award ?? '-'}`)).toEqual(['a:1:first', 'b:1:first', 'c:3:-']);
  });
});

describe('publication in exact form', () => {
  it('stores totals, parts, modules and tie-break values as two-decimal text and hashes the canonical JSON', () => {
    const rubric = singleModuleRubric([pointsItem('a', 10)]);
    const results = computeResults(rubric, [{ key: 'E1', status: 'checked_in' }, { key: 'E2', status: 'absent' }], [mark('E1', 'a', 'j1', pts(8.5))]);
    const published = publishedResultsOf(results, (key) => ({ entryId: key, anonCode: `K${key}` }));
    expect(published[0]).toEqual({
      entryId: 'E1',
      total: 85,
      rank: 1, // one ranked entrant: 10 % rounded down is no award
      anonCode: 'KE1',
      status: 'checked_in',
      scores: { total: '85.00', parts: { P: '8.50' }, modules: { M: '8.50' }, tieBreak: ['8.50', null] },
    });
    expect(published[1]).toMatchObject({ entryId: 'E2', status: 'absent', scores: { total: '0.00' } });
    expect(published[1]!.rank).toBeUndefined();
    expect(hashPublishedResults(published)).toBe(sha256Hex(canonicalJson(published)));
    expect(formatHundredths(results.rows[0]!.total)).toBe('85.00');
  });
});
