import { describe, expect, it } from 'vitest';
import { departments, entries, people } from '../../../../shared/competitions/testing/orgFixture';
import type { Entry } from '../../../../shared/domain';
import { departmentOptions, departmentPaths } from './departmentTree';
import { filterRosterRows, rosterTableRows } from './rosterRows';
import { canChangeAttendance, canEditRoster } from './rosterPermissions';

const peopleById = new Map(people.map((p) => [p.id, p]));
const paths = departmentPaths(departments);

describe('departmentOptions', () => {
  it('lists the tree depth-first with full paths, so two 乘务中心 differ', () => {
    expect(departmentOptions(departments).map((o) => `${o.depth} ${o.path}`)).toEqual([
      '0 通号分公司',
      '1 通号分公司 / 信号车间',
      '0 运营一分公司',
      '1 运营一分公司 / 乘务中心',
      '2 运营一分公司 / 乘务中心 / 乘务一车间',
      '0 运营二分公司',
      '1 运营二分公司 / 乘务中心',
    ]);
  });

  it('still lists departments caught in a parent cycle', () => {
    const cyclic = [
      { id: 'a', name: 'A', parentId: 'b' },
      { id: 'b', name: 'B', parentId: 'a' },
    ];
    expect(departmentOptions(cyclic).map((o) => o.path)).toEqual(['A', 'B']);
  });
});

describe('rosterTableRows', () => {
  const drawn: Entry[] = [
    { ...entries[0]!, drawOrder: 2 },
    { ...entries[1]!, drawOrder: 1, status: 'checked_in' },
    { ...entries[2]! },
    { ...entries[2]!, id: 'e-team', memberIds: ['p-li', 'p-gone'], teamName: '乘务一队' },
  ];
  const rows = rosterTableRows(drawn, peopleById, paths);

  it('puts drawn entries in running order first and names team members', () => {
    expect(rows.map((r) => r.entry.id)).toEqual(['e-wang', 'e-zhang', 'e-zhao', 'e-team']);
    expect(rows[0]).toMatchObject({ names: '王建国', employeeNos: 'YY20417', department: '运营二分公司 / 乘务中心' });
    expect(rows[3]).toMatchObject({ names: '李晓梅、?', employeeNos: 'YY10232、?', teamName: '乘务一队' });
  });

  it('searches every word in names, numbers, departments, teams and status, and codes only while the map is unsealed', () => {
    const statusLabel = (s: string) => ({ checked_in: '已检录', registered: '已报名' })[s] ?? s;
    const unsealed = new Map([['e-zhang', 'K407'], ['e-wang', 'K118']]);
    const ids = (query: string, open = false) => filterRosterRows(rows, query, { statusLabel, ...(open ? { codeOf: unsealed } : {}) }).map((r) => r.entry.id);
    expect(ids('运营二 已检录')).toEqual(['e-wang']);
    expect(ids('yy1023')).toEqual(['e-zhang', 'e-team']);
    expect(ids('k407')).toEqual([]);
    expect(ids('k407', true)).toEqual(['e-zhang']);
    expect(ids('  ')).toHaveLength(4);
  });
});

describe('roster permissions', () => {
  it('allows adding and removing only before the draw is confirmed, attendance until the review', () => {
    expect(['draft', 'registration', 'drawn', 'scoring', 'review'].map((s) => canEditRoster(s as never))).toEqual([
      { ok: true },
      { ok: true },
      { ok: false, reason: 'after_draw' },
      { ok: false, reason: 'scoring_started' },
      { ok: false, reason: 'review_started' },
    ]);
    expect(canChangeAttendance('scoring')).toEqual({ ok: true });
    expect(canChangeAttendance('review')).toEqual({ ok: false, reason: 'review_started' });
  });
});
