/**
 * A small organisation for tests: a department tree with a name used twice, people, a competition's entries.
 * Names, employee numbers and department names are distinctive so that a test can search bytes for them.
 */
import type { Department, Entry, Person } from '../../domain';

const meta = { version: 1, updatedAt: '2024-03-01T08:00:00.000Z' };

export const departments: Department[] = [
  { ...meta, id: 'd-yy1', name: '运营一分公司', code: 'YY1' },
  { ...meta, id: 'd-yy1-cw', name: '乘务中心', code: 'YY1CW', parentId: 'd-yy1' },
  { ...meta, id: 'd-yy1-cw-1', name: '乘务一车间', parentId: 'd-yy1-cw' },
  { ...meta, id: 'd-yy2', name: '运营二分公司', code: 'YY2' },
  { ...meta, id: 'd-yy2-cw', name: '乘务中心', code: 'YY2CW', parentId: 'd-yy2' },
  { ...meta, id: 'd-th', name: '通号分公司', code: 'TH' },
  { ...meta, id: 'd-th-xh', name: '信号车间', parentId: 'd-th' },
];

function person(id: string, name: string, employeeNo: string, departmentId: string, trade = '电客车司机'): Person {
  return { ...meta, id, name, employeeNo, departmentId, trade, honours: [] };
}

export const people: Person[] = [
  person('p-zhang', '张卫东', 'YY10231', 'd-yy1-cw-1'),
  person('p-li', '李晓梅', 'YY10232', 'd-yy1-cw'),
  person('p-wang', '王建国', 'YY20417', 'd-yy2-cw'),
  person('p-zhao', '赵红霞', 'TH30088', 'd-th-xh', '信号工'),
  person('p-coach', '钱振华', 'YY10001', 'd-yy1-cw'),
  person('p-judge', '孙立新', 'TH30001', 'd-th'),
];

function entry(id: string, memberIds: string[], departmentId: string, extra: Partial<Entry> = {}): Entry {
  return { ...meta, id, competitionId: 'c-1', memberIds, departmentId, coachIds: [], status: 'registered', ...extra };
}

export const entries: Entry[] = [
  entry('e-zhang', ['p-zhang'], 'd-yy1-cw-1', { coachIds: ['p-coach'] }),
  entry('e-wang', ['p-wang'], 'd-yy2-cw'),
  entry('e-zhao', ['p-zhao'], 'd-th-xh'),
];
