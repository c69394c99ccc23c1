import { describe, expect, it } from 'vitest';
import { departments } from '../../../../shared/competitions/testing/orgFixture';
import { departmentPath } from './departmentPath';
import { formatStations, stationRanges } from './stationRanges';

describe('stationRanges', () => {
  it('sorts, removes repeats and joins consecutive stations', () => {
    expect(stationRanges([5, 3, 1, 2, 3, 8, 7])).toEqual([
      [1, 3],
      [5, 5],
      [7, 8],
    ]);
    expect(stationRanges([])).toEqual([]);
  });

  it('writes runs of three or more as a range and pairs as a list', () => {
    expect(formatStations([1, 2, 3, 5, 7, 8], '、')).toBe('1–3、5、7、8');
    expect(formatStations([4], ', ')).toBe('4');
  });
});

describe('departmentPath', () => {
  const byId = new Map(departments.map((d) => [d.id, d]));

  it('names a department with its ancestors, so the two 乘务中心 can be told apart', () => {
    expect(departmentPath('d-yy1-cw-1', byId)).toBe('运营一分公司 / 乘务中心 / 乘务一车间');
    expect(departmentPath('d-yy2-cw', byId)).toBe('运营二分公司 / 乘务中心');
  });

  it('gives nothing for an unknown department and stops on a cycle', () => {
    expect(departmentPath('d-missing', byId)).toBeUndefined();
    expect(departmentPath(undefined, byId)).toBeUndefined();
    const cycle = new Map([
      ['a', { name: 'A', parentId: 'b' }],
      ['b', { name: 'B', parentId: 'a' }],
    ]);
    expect(departmentPath('a', cycle)?.split(' / ')).toHaveLength(20);
  });
});
