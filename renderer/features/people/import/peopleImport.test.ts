import { describe, expect, it } from 'vitest';
import { parseRosterFile } from '../../../../shared/competitions/roster/parseRosterFile';
import type { Department, Person } from '../../../../shared/domain';
import { newPeopleOf } from './usePeopleImport';

const at = '2024-01-01T00:00:00.000Z';
const departments: Department[] = [{ id: 'd1', version: 1, updatedAt: at, name: '变电车间' }];
const people: Person[] = [{ id: 'p1', version: 1, updatedAt: at, name: '李昊', employeeNo: 'E001', departmentId: 'd1', trade: '变电检修工', honours: [] }];

describe('people import', () => {
  it('creates new people, matches known employee numbers and skips bad rows', async () => {
    const csv = '姓名,工号,部门,工种,技能等级\n李昊,E001,变电车间,变电检修工,技师\n王芳,E002,变电车间,变电检修工,高级工\n赵强,E003,不存在的部门,电工,\n';
    const preview = await parseRosterFile(new TextEncoder().encode(csv), 'people.csv', { departments, people, entries: [], teamBased: false, defaultTrade: '' });
    if (!preview.ok) throw new Error('preview failed');
    expect(preview.counts).toMatchObject({ ok: 2, error: 1, newPeople: 1, existingPeople: 1 });
    let n = 0;
    const created = newPeopleOf(preview, () => `new-${++n}`);
    expect(created).toEqual([{ id: 'new-1', name: '王芳', employeeNo: 'E002', departmentId: 'd1', trade: '变电检修工', skillGrade: 'senior', honours: [] }]);
  });
});
