/** Table tests for every rule of DESIGN §3, one `describe` per rule. */
import { describe, expect, it } from 'vitest';
import type { AwardRule, EntryStatus } from '../domain';
import { computeResults } from './computeResults';
import { formatHundredths } from './hundredths';
import {
  bandsItem,
  deductionItem,
  importedItem,
  level,
  levelsItem,
  mark,
  metItem,
  moduleOf,
  pointsItem,
  pts,
  rubricOf,
  singleModuleRubric,
  timeItem,
} from './testing/rubricFixture';
import type { ScoringEntrant, ScoringMark } from './types';

const entrants = (...keys: string[]): ScoringEntrant[] => keys.map((key) => ({ key, status: 'checked_in' as EntryStatus }));
const total = (results: ReturnType<typeof computeResults>, key: string) =>
  formatHundredths(results.rows.find((r) => r.key === key)!.total);
const itemOf = (results: ReturnType<typeof computeResults>, key: string, index = 0) =>
  formatHundredths(results.rows.find((r) => r.key === key)!.score.items[index] as never);
const marksFor = (subject: string, itemId: string, values: ScoringMark['value'][]) =>
  values.map((v, j) => mark(subject, itemId, `j${j + 1}`, v));

describe('§3.2 per-judge item points', () => {
  it('0–3 scale gives max × level / 3, unrounded until the aggregate', () => {
    const rubric = singleModuleRubric([levelsItem('a', 10)]);
    const r = computeResults(rubric, entrants('x', 'y'), [
      ...marksFor('x', 'a', [level(1), level(1), level(2)]), // 10 × 4 / 9 = 4.444…
      ...marksFor('y', 'a', [level(2), level(2), level(1)]), // 10 × 5 / 9 = 5.555…
    ]);
    expect(itemOf(r, 'x')).toBe('4.44');
    expect(itemOf(r, 'y')).toBe('5.56');
  });

  it('keeps thirds exact where rounding each judge first would change the result', () => {
    // max 0.02, levels 1 and 0: exact 0.02 / 6 = 0.0033… → 0.00; rounding per judge: 0.01 and 0 → 0.005 → 0.01.
    const rubric = singleModuleRubric([levelsItem('a', 0.02)]);
    const r = computeResults(rubric, entrants('x'), marksFor('x', 'a', [level(1), level(0)]));
    expect(itemOf(r, 'x')).toBe('0.00');
  });

  it('points, deduction with floor at zero, met, bands', () => {
    const rubric = singleModuleRubric([
      pointsItem('p', 10),
      deductionItem('d', 5, [['f1', 2], ['f2', 1.5]]),
      metItem('m', 4),
      bandsItem('b', 6, [['good', 6], ['fair', 3.5], ['poor', 0]]),
      importedItem('i', 20),
    ]);
    const r = computeResults(rubric, entrants('x', 'y'), [
      mark('x', 'p', 'j1', pts(7.5)),
      mark('x', 'd', 'j1', { kind: 'faults', faultCounts: { f1: 1, f2: 1 } }), // 5 − 3.5 = 1.5
      mark('y', 'd', 'j1', { kind: 'faults', faultCounts: { f1: 2, f2: 3 } }), // 5 − 8.5 → 0 (扣完为止)
      mark('x', 'm', 'j1', { kind: 'met', met: true }),
      mark('y', 'm', 'j1', { kind: 'met', met: false }),
      mark('x', 'b', 'j1', { kind: 'band', bandId: 'fair' }),
      mark('x', 'i', 'import', pts(18.25)),
    ]);
    expect([0, 1, 2, 3, 4].map((i) => itemOf(r, 'x', i))).toEqual(['7.50', '1.50', '4.00', '3.50', '18.25']);
    expect(itemOf(r, 'y', 1)).toBe('0.00');
    expect(itemOf(r, 'y', 2)).toBe('0.00');
  });

  it('time items: full points within the limit, penalty per started minute, floor at zero; tie-break only gives 0', () => {
    const rubric = singleModuleRubric([timeItem('t', 5, 'scored', 600, 1), timeItem('tb', 0, 'tiebreak', 900)]);
    const r = computeResults(rubric, entrants('a', 'b', 'c'), [
      mark('a', 't', 'j1', { kind: 'seconds', seconds: 600 }),
      mark('b', 't', 'j1', { kind: 'seconds', seconds: 661 }), // 2 started minutes over → 3
      mark('c', 't', 'j1', { kind: 'seconds', seconds: 1200 }), // 10 minutes over → 0
      mark('a', 'tb', 'j1', { kind: 'seconds', seconds: 700 }),
    ]);
    expect(['a', 'b', 'c'].map((k) => itemOf(r, k))).toEqual(['5.00', '3.00', '0.00']);
    expect(itemOf(r, 'a', 1)).toBe('0.00');
    expect(r.rows.find((x) => x.key === 'a')!.score.timeHundredthsOfSecond).toBe(130000);
    expect(r.rows.find((x) => x.key === 'b')!.score.timeHundredthsOfSecond).toBeUndefined(); // tie-break time missing
  });

  it('ignores marks whose value does not fit the item, or whose subject or item is unknown', () => {
    const rubric = singleModuleRubric([levelsItem('a', 3)]);
    const r = computeResults(rubric, entrants('x'), [
      mark('x', 'a', 'j1', pts(3)),
      mark('nobody', 'a', 'j1', level(3)),
      mark('x', 'zz', 'j1', level(3)),
      mark('x', 'a', 'j2', level(2)),
    ]);
    expect(r.ignoredMarks).toBe(3);
    expect(itemOf(r, 'x')).toBe('2.00');
  });
});

describe('§3.3 aggregation of several judges', () => {
  const values = [pts(6), pts(7), pts(8), pts(9), pts(10)];
  const run = (aggregation: 'mean' | 'median' | 'trimmed', marks: ScoringMark['value'][], minJudgesToTrim = 5) =>
    itemOf(computeResults(singleModuleRubric([pointsItem('a', 10)], { aggregation, minJudgesToTrim }), entrants('x'), marksFor('x', 'a', marks)), 'x');

  it('mean by default', () => {
    expect(run('mean', [pts(7), pts(8), pts(8.5)])).toBe('7.83');
  });
  it('median of an odd and an even count (mean of the two middle values)', () => {
    expect(run('median', [pts(9), pts(2), pts(7)])).toBe('7.00');
    expect(run('median', [pts(9), pts(2), pts(7), pts(8.35)])).toBe('7.68'); // (7 + 8.35) / 2 = 7.675 → 7.68
  });
  it('trimmed drops one highest and one lowest at or above minJudgesToTrim', () => {
    expect(run('trimmed', [...values.slice(0, 4), pts(2)])).toBe('7.00'); // drop 2 and 9 → (6 + 7 + 8) / 3
    expect(run('trimmed', values)).toBe('8.00');
  });
  it('trimmed below minJudgesToTrim is the mean', () => {
    expect(run('trimmed', [pts(2), pts(7), pts(8), pts(10)])).toBe('6.75');
    expect(run('trimmed', [pts(2), pts(7), pts(8), pts(10)], 4)).toBe('7.50');
  });
  it('rounds the aggregate half-up at exactly .005 where floats round down', () => {
    expect(run('mean', [pts(8.34), pts(8.35)])).toBe('8.35'); // floats: 8.344999… → 8.34
    expect(run('mean', [pts(1), pts(1.01)])).toBe('1.01'); // floats: 1.005 → 1
  });
  it('an item nobody marked scores 0 and is counted as missing', () => {
    const r = computeResults(singleModuleRubric([pointsItem('a', 10), pointsItem('b', 10)]), entrants('x'), [mark('x', 'a', 'j1', pts(5))]);
    expect(r.rows[0]!.score.missingItemCount).toBe(1);
    expect(total(r, 'x')).toBe('25.00');
  });
});

describe('§3.4 module cap and safety veto', () => {
  it('caps the module at its maximum', () => {
    const items = [pointsItem('a', 10), pointsItem('b', 10)];
    const rubric = rubricOf([{ id: 'P', weightPercent: 100, modules: [moduleOf('M', items, { max: 15 })] }]);
    const r = computeResults(rubric, entrants('x'), [mark('x', 'a', 'j1', pts(10)), mark('x', 'b', 'j1', pts(9))]);
    expect(formatHundredths(r.rows[0]!.score.modules[0] as never)).toBe('15.00');
    expect(total(r, 'x')).toBe('100.00');
  });

  it('zeroes the module on a veto when so set, and disqualifies when so set', () => {
    const rubric = rubricOf([
      {
        id: 'P',
        weightPercent: 100,
        practical: true,
        modules: [moduleOf('M1', [pointsItem('a', 10)], { safetyVeto: 'zero_module' }), moduleOf('M2', [pointsItem('b', 10)], { safetyVeto: 'disqualify' })],
      },
    ]);
    const r = computeResults(rubric, entrants('x', 'y', 'z'), [
      mark('x', 'a', 'j1', pts(10), true),
      mark('x', 'b', 'j1', pts(10)),
      mark('y', 'a', 'j1', pts(5)),
      mark('y', 'b', 'j1', pts(9), true),
      mark('z', 'a', 'j1', pts(1)),
    ]);
    const x = r.rows.find((row) => row.key === 'x')!;
    expect(x.score.vetoedModuleIds).toEqual(['M1']);
    expect(total(r, 'x')).toBe('50.00');
    const y = r.rows.find((row) => row.key === 'y')!;
    expect(y.rank).toBeUndefined();
    expect(y.unrankedReason).toBe('safety_veto');
    expect(r.rows.map((row) => row.key)).toEqual(['x', 'z', 'y']);
  });

  it('a veto on a module set to none changes nothing', () => {
    const r = computeResults(singleModuleRubric([pointsItem('a', 10)]), entrants('x'), [mark('x', 'a', 'j1', pts(10), true)]);
    expect(total(r, 'x')).toBe('100.00');
  });
});

describe('§3.5 parts and weighted total', () => {
  const rubric = rubricOf([
    { id: 'theory', weightPercent: 30, modules: [moduleOf('T', [importedItem('exam', 100)])] },
    { id: 'practice', weightPercent: 70, practical: true, modules: [moduleOf('A', [pointsItem('a', 40)]), moduleOf('B', [pointsItem('b', 20)])] },
  ]);

  it('Σ weight × 100 × part / part max, rounded once', () => {
    const r = computeResults(rubric, entrants('x'), [
      mark('x', 'exam', 'import', pts(88.5)),
      mark('x', 'a', 'j1', pts(33)),
      mark('x', 'b', 'j1', pts(17.33)),
    ]);
    // 30 × 88.5 / 100 + 70 × 50.33 / 60 = 26.55 + 58.7183… = 85.2683… → 85.27
    expect(total(r, 'x')).toBe('85.27');
    expect([...r.rows[0]!.score.parts]).toEqual([8850, 5033]);
  });

  it('rounds the sum, not each part: two parts at .xx5 each', () => {
    const two = rubricOf([
      { id: 'p1', weightPercent: 50, modules: [moduleOf('m1', [pointsItem('a', 100)])] },
      { id: 'p2', weightPercent: 50, modules: [moduleOf('m2', [pointsItem('b', 100)])] },
    ]);
    // 50 × 0.01 / 100 each = 0.005 + 0.005 = 0.01; per-part rounding would give 0.01 + 0.01 = 0.02.
    const r = computeResults(two, entrants('x'), [mark('x', 'a', 'j1', pts(0.01)), mark('x', 'b', 'j1', pts(0.01))]);
    expect(total(r, 'x')).toBe('0.01');
  });

  it('a single part is scaled to 100 whatever its weight', () => {
    const one = rubricOf([{ id: 'p', weightPercent: 0, modules: [moduleOf('m', [pointsItem('a', 60)])] }]);
    const r = computeResults(one, entrants('x'), [mark('x', 'a', 'j1', pts(45))]);
    expect(total(r, 'x')).toBe('75.00');
  });
});

describe('§3.6 ranking and the tie-break chain', () => {
  const rubric = rubricOf([
    { id: 'theory', weightPercent: 50, modules: [moduleOf('T', [pointsItem('t', 100)])] },
    { id: 'practice', weightPercent: 50, practical: true, modules: [moduleOf('A', [pointsItem('a', 100), timeItem('time', 0, 'tiebreak', 3600)])] },
  ]);
  const entrant = (key: string, theory: number, practice: number, seconds?: number): ScoringMark[] => [
    mark(key, 't', 'j1', pts(theory)),
    mark(key, 'a', 'j1', pts(practice)),
    ...(seconds === undefined ? [] : [mark(key, 'time', 'j1', { kind: 'seconds', seconds })]),
  ];

  it('practical part first, then shorter time, then a shared rank (1, 1, 3)', () => {
    const r = computeResults(rubric, entrants('a', 'b', 'c', 'd', 'e'), [
      ...entrant('a', 80, 90, 1000), // 85
      ...entrant('b', 90, 80, 900), // 85, lower practical
      ...entrant('c', 80, 90, 1200), // 85, same practical as a, slower
      ...entrant('d', 70, 70, 1000), // 70
      ...entrant('e', 70, 70, 1000), // 70, tied on everything with d
    ]);
    expect(r.rows.map((row) => `${row.key}:${row.rank}`)).toEqual(['a:1', 'c:2', 'b:3', 'd:4', 'e:4']);
    expect(r.tieDecisions.map((t) => [t.above, t.below, t.rule?.kind ?? 'shared'])).toEqual([
      ['a', 'c', 'total_time'],
      ['c', 'b', 'part_score'],
      ['d', 'e', 'shared'],
    ]);
    expect(r.tieDecisions[0]).toMatchObject({ aboveValue: 100000, belowValue: 120000, decidedBy: 1 });
  });

  it('the next rank skips after a shared rank: 1, 1, 3', () => {
    const r = computeResults(rubric, entrants('a', 'b', 'c'), [...entrant('a', 80, 80, 1), ...entrant('b', 80, 80, 1), ...entrant('c', 10, 10, 1)]);
    expect(r.rows.map((row) => row.rank)).toEqual([1, 1, 3]);
  });

  it('a missing time ranks after any recorded time', () => {
    const r = computeResults(rubric, entrants('a', 'b'), [...entrant('a', 80, 80), ...entrant('b', 80, 80, 3599)]);
    expect(r.rows.map((row) => row.key)).toEqual(['b', 'a']);
  });

  it('uses the rubric’s own chain when it has one', () => {
    const own = { ...rubric, tieBreak: [{ kind: 'part_score' as const, partId: 'theory' }] };
    const r = computeResults(own, entrants('a', 'b'), [...entrant('a', 80, 90), ...entrant('b', 90, 80)]);
    expect(r.rows.map((row) => row.key)).toEqual(['b', 'a']);
  });

  it('lists absent, withdrawn and disqualified apart, never ranked or awarded', () => {
    const list: ScoringEntrant[] = [
      { key: 'a', status: 'checked_in' },
      { key: 'b', status: 'absent' },
      { key: 'c', status: 'withdrawn' },
      { key: 'd', status: 'disqualified' },
      { key: 'e', status: 'registered' },
    ];
    const r = computeResults({ ...rubric, awardRule: { mode: 'count', counts: [5, 0, 0] } }, list, [...entrant('d', 100, 100, 1)]);
    expect(r.rows.map((row) => [row.key, row.rank ?? '-', row.award ?? '-', row.unrankedReason ?? '-'])).toEqual([
      ['a', 1, 'first', '-'],
      ['e', 1, 'first', '-'],
      ['b', '-', '-', 'absent'],
      ['c', '-', '-', 'withdrawn'],
      ['d', '-', '-', 'disqualified'],
    ]);
  });
});

describe('§3.7 awards', () => {
  const rubric = (awardRule: AwardRule) => singleModuleRubric([pointsItem('a', 100)], {}, { awardRule });
  const field = (...totals: number[]) => ({
    list: entrants(...totals.map((_, i) => `e${String(i + 1).padStart(2, '0')}`)),
    marks: totals.map((t, i) => mark(`e${String(i + 1).padStart(2, '0')}`, 'a', 'j1', pts(t))),
  });
  const awardsOf = (rule: AwardRule, ...totals: number[]) => {
    const { list, marks } = field(...totals);
    return computeResults(rubric(rule), list, marks).rows.map((r) => `${r.rank}:${r.award ?? '-'}`);
  };
  const ratio: AwardRule = { mode: 'ratio', percents: [10, 20, 30], rounding: 'down' };

  it('by ratio, counts rounded down', () => {
    expect(awardsOf(ratio, 99, 98, 97, 96, 95, 94, 93, 92, 91, 90)).toEqual(['1:first', '2:second', '3:second', '4:third', '5:third', '6:third', '7:-', '8:-', '9:-', '10:-']);
    expect(awardsOf(ratio, 99, 98, 97, 96, 95, 94, 93, 92, 91)).toEqual(['1:second', '2:third', '3:third', '4:-', '5:-', '6:-', '7:-', '8:-', '9:-']);
  });

  it('by ratio rounded to nearest or up', () => {
    const totals = [99, 98, 97, 96, 95, 94, 93, 92, 91, 90, 89, 88, 87, 86, 85]; // 15: 1.5 / 3 / 4.5
    expect(awardsOf({ ...ratio, rounding: 'nearest' }, ...totals).filter((a) => a.endsWith('first'))).toHaveLength(2);
    expect(awardsOf({ ...ratio, rounding: 'up' }, ...totals).filter((a) => !a.endsWith('-'))).toHaveLength(2 + 3 + 5);
    expect(awardsOf(ratio, ...totals).filter((a) => !a.endsWith('-'))).toHaveLength(1 + 3 + 4);
  });

  it('ties at a boundary all get the better award, later awards not enlarged', () => {
    // 10 entrants, three tied first: all first; second's cumulative limit is 3, so nobody gets second.
    expect(awardsOf(ratio, 99, 99, 99, 96, 95, 94, 93, 92, 91, 90)).toEqual(['1:first', '1:first', '1:first', '4:third', '5:third', '6:third', '7:-', '8:-', '9:-', '10:-']);
    // Tie across the third-prize boundary (limit 6): ranks 6, 6 both third.
    expect(awardsOf(ratio, 99, 98, 97, 96, 95, 94, 94, 92, 91, 90)).toEqual(['1:first', '2:second', '3:second', '4:third', '5:third', '6:third', '6:third', '8:-', '9:-', '10:-']);
  });

  it('by fixed counts and by thresholds, with a minimum total', () => {
    expect(awardsOf({ mode: 'count', counts: [1, 1, 1] }, 90, 80, 70, 60)).toEqual(['1:first', '2:second', '3:third', '4:-']);
    expect(awardsOf({ mode: 'count', counts: [1, 1, 1], minTotal: 75 }, 90, 80, 70, 60)).toEqual(['1:first', '2:second', '3:-', '4:-']);
    expect(awardsOf({ mode: 'threshold', thresholds: [90, 80, 70] }, 95, 90, 89.99, 70, 69.99)).toEqual(['1:first', '2:first', '3:second', '4:third', '5:-']);
    expect(awardsOf({ mode: 'threshold', thresholds: [90, 80, 70], minTotal: 85 }, 95, 82, 70)).toEqual(['1:first', '2:-', '3:-']);
  });

  it('reports the rule’s counts, limits and how many got each award', () => {
    const { list, marks } = field(99, 98, 97, 96, 95, 94, 93, 92, 91, 90);
    const r = computeResults(rubric(ratio), list, marks);
    expect(r.awards).toMatchObject({ rankedCount: 10, counts: [1, 2, 3], limits: [1, 3, 6], given: { first: 1, second: 2, third: 3 } });
  });
});
