/**
 * The department tree flattened for pickers and labels: every department with its path from the top unit
 * (运营一分公司 / 乘务中心), in tree order, so two departments of the same name can be told apart.
 */
import type { Department } from '../../../../shared/domain';

export interface DepartmentOption {
  readonly id: string;
  readonly name: string;
  readonly code?: string;
  /** Names from the top unit down, joined with " / ". */
  readonly path: string;
  /** 0 for a top-level unit. */
  readonly depth: number;
}

export const PATH_SEPARATOR = ' / ';

type DepartmentNode = Pick<Department, 'id' | 'name' | 'code' | 'parentId'>;

/** Depth-first, siblings by code then name; a department whose parent is missing counts as top level. */
export function departmentOptions(departments: readonly DepartmentNode[]): DepartmentOption[] {
  const ids = new Set(departments.map((d) => d.id));
  const children = new Map<string | undefined, DepartmentNode[]>();
  for (const d of departments) {
    const parent = d.parentId && ids.has(d.parentId) ? d.parentId : undefined;
    children.set(parent, [...(children.get(parent) ?? []), d]);
  }
  const bySiblingOrder = (a: DepartmentNode, b: DepartmentNode) =>
    (a.code ?? '').localeCompare(b.code ?? '') || a.name.localeCompare(b.name, 'zh-CN');
  const out: DepartmentOption[] = [];
  const visited = new Set<string>();
  const walk = (parentId: string | undefined, names: readonly string[]) => {
    for (const d of [...(children.get(parentId) ?? [])].sort(bySiblingOrder)) {
      // A corrupt cycle must not loop forever.
      if (visited.has(d.id)) continue;
      visited.add(d.id);
      const path = [...names, d.name];
      out.push({ id: d.id, name: d.name, ...(d.code ? { code: d.code } : {}), path: path.join(PATH_SEPARATOR), depth: names.length });
      walk(d.id, path);
    }
  };
  walk(undefined, []);
  // Departments caught in a (corrupt) parent cycle are never reached from the top: list them on their own.
  for (const d of departments) {
    if (!visited.has(d.id)) out.push({ id: d.id, name: d.name, ...(d.code ? { code: d.code } : {}), path: d.name, depth: 0 });
  }
  return out;
}

/** Department id → path label; unknown ids are left out. */
export function departmentPaths(departments: readonly DepartmentNode[]): ReadonlyMap<string, string> {
  return new Map(departmentOptions(departments).map((o) => [o.id, o.path]));
}
