import { describe, expect, it } from 'vitest';
import type { AwardRule } from '../domain';
import { sha256Hex } from '../util/sha256';
import { canonicalJson } from '../competitions/package/canonicalJson';
import { hashPublishedResults } from '../scoring';
import { rankAndAwardTotals as rankAndAward } from './publishResults';

const RATIO: AwardRule = { mode: 'ratio', percents: [10, 20, 30], rounding: 'down' };
const scored = (...cents: number[]) => cents.map((c, i) => ({ entryId: `e-${String(i + 1).padStart(2, '0')}`, cents: c }));

describe('rankAndAward', () => {
  it('ranks highest first and lets tied totals share a rank, the next one skipping (1, 1, 3)', () => {
    const results = rankAndAward(scored(8000, 9000, 9000, 7000), RATIO);
    expect(results.map((r) => [r.entryId, r.total, r.rank])).toEqual([
      ['e-02', 90, 1],
      ['e-03', 90, 1],
      ['e-01', 80, 3],
      ['e-04', 70, 4],
    ]);
  });

  it('awards 10 / 20 / 30 % of ranked entrants, counts rounded down', () => {
    // 10 entrants: 1 first, 2 second, 3 third, 4 without award.
    const results = rankAndAward(scored(9900, 9800, 9700, 9600, 9500, 9400, 9300, 9200, 9100, 9000), RATIO);
    expect(results.map((r) => r.award ?? '-')).toEqual(['first', 'second', 'second', 'third', 'third', 'third', '-', '-', '-', '-']);
    // 9 entrants: 0 first, 1 second, 2 third.
    const nine = rankAndAward(scored(9900, 9800, 9700, 9600, 9500, 9400, 9300, 9200, 9100), RATIO);
    expect(nine.map((r) => r.award ?? '-')).toEqual(['second', 'third', 'third', '-', '-', '-', '-', '-', '-']);
  });

  it('gives everyone tied at a boundary the better award without enlarging later awards', () => {
    // 10 entrants, second and third tied at rank 1 with the winner: all three are first.
    const results = rankAndAward(scored(9900, 9900, 9900, 9600, 9500, 9400, 9300, 9200, 9100, 9000), RATIO);
    expect(results.map((r) => `${r.rank}:${r.award ?? '-'}`)).toEqual([
      '1:first', '1:first', '1:first', '4:third', '5:third', '6:third', '7:-', '8:-', '9:-', '10:-',
    ]);
  });
});

describe('the publication hash', () => {
  it('is the SHA-256 of the results’ canonical JSON', () => {
    const results = [{ entryId: 'e-1', total: 91.5, rank: 1, award: 'first' as const }, { entryId: 'e-2', total: 0 }];
    expect(hashPublishedResults(results)).toBe(sha256Hex('[{"award":"first","entryId":"e-1","rank":1,"total":91.5},{"entryId":"e-2","total":0}]'));
    expect(hashPublishedResults(results)).toBe(sha256Hex(canonicalJson(results)));
  });
});
