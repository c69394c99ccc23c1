/**
 * A department named with its ancestors, top-level unit first ("运营一分公司 / 乘务中心"): department names repeat
 * across units (every operating company has a 乘务中心), so a bare name is ambiguous on a roster or a sheet.
 */
import type { Department } from '../../../../shared/domain';

export const DEPARTMENT_PATH_SEPARATOR = ' / ';

export function departmentPath(
  departmentId: string | undefined,
  departments: ReadonlyMap<string, Pick<Department, 'name' | 'parentId'>>,
): string | undefined {
  const names: string[] = [];
  let current = departmentId ? departments.get(departmentId) : undefined;
  // The guard stops on a (corrupt) cycle in the tree.
  for (let guard = 0; current && guard < 20; guard++) {
    names.unshift(current.name);
    current = current.parentId ? departments.get(current.parentId) : undefined;
  }
  return names.length > 0 ? names.join(DEPARTMENT_PATH_SEPARATOR) : undefined;
}
