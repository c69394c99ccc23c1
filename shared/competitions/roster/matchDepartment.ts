/**
 * Finding a department from what a roster says: its name, its short code (e.g. YY1) or its path from the top
 * unit (运营一分公司/乘务中心), compared without spaces, case or full-width forms.
 */
import type { Department } from '../../domain';

export type DepartmentMatch = { kind: 'found'; id: string } | { kind: 'ambiguous' } | { kind: 'unknown' };
export type DepartmentMatcher = (value: string) => DepartmentMatch;

function key(text: string): string {
  return text.normalize('NFKC').replace(/\s+/g, '').toLowerCase();
}

export function matchDepartment(
  departments: readonly Pick<Department, 'id' | 'name' | 'code' | 'parentId'>[],
): DepartmentMatcher {
  const byId = new Map(departments.map((d) => [d.id, d]));
  const candidates = new Map<string, Set<string>>();
  const add = (k: string, id: string) => {
    if (k === '') return;
    const set = candidates.get(k) ?? new Set<string>();
    set.add(id);
    candidates.set(k, set);
  };
  for (const d of departments) {
    add(key(d.name), d.id);
    if (d.code) add(key(d.code), d.id);
    // Full path from the top unit; a guard stops on a (corrupt) cycle.
    const names = [d.name];
    let parent = d.parentId ? byId.get(d.parentId) : undefined;
    for (let guard = 0; parent && guard < 50; guard++) {
      names.unshift(parent.name);
      parent = parent.parentId ? byId.get(parent.parentId) : undefined;
    }
    if (names.length > 1) add(key(names.join('/')), d.id);
  }
  return (value) => {
    const ids = candidates.get(key(value).replace(/[／>＞\\]/g, '/'));
    if (!ids || ids.size === 0) return { kind: 'unknown' };
    if (ids.size > 1) return { kind: 'ambiguous' };
    return { kind: 'found', id: [...ids][0]! };
  };
}
