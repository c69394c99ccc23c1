/**
 * Rows of the judge assignment sheet (裁判分工表), signed by each judge: chief judge first, then judges in the
 * order of the modules they score, then scorer, encryption officer and arbitration; by name within a role.
 */
import { JUDGE_ROLES, type Department, type JudgeAssignment, type JudgeRole, type Person, type Rubric } from '../../../../shared/domain';
import { departmentPath } from '../judges/departmentPath';

export interface JudgeSheetRow {
  readonly id: string;
  readonly name: string;
  readonly employeeNo: string;
  readonly department: string;
  readonly role: JudgeRole;
  /** Names of the modules scored, in rubric order; modules no longer in the rubric are left out. */
  readonly modules: readonly string[];
  /** Empty for every station. */
  readonly stations: readonly number[];
}

export function judgeSheetRows(
  judges: readonly JudgeAssignment[],
  people: ReadonlyMap<string, Pick<Person, 'name' | 'employeeNo' | 'departmentId'>>,
  departments: ReadonlyMap<string, Pick<Department, 'name' | 'parentId'>>,
  rubric: Pick<Rubric, 'parts'>,
  collator: Intl.Collator,
): JudgeSheetRow[] {
  const modules = rubric.parts.flatMap((p) => p.modules);
  const moduleIndex = new Map(modules.map((m, i) => [m.id, i]));
  const firstModule = (j: JudgeAssignment) => Math.min(Infinity, ...j.moduleIds.map((id) => moduleIndex.get(id) ?? Infinity));
  return [...judges]
    .map((j) => ({ j, person: people.get(j.personId) }))
    .sort(
      (a, b) =>
        JUDGE_ROLES.indexOf(a.j.role) - JUDGE_ROLES.indexOf(b.j.role) ||
        (a.j.role === 'judge' ? firstModule(a.j) - firstModule(b.j) : 0) ||
        collator.compare(a.person?.name ?? '', b.person?.name ?? ''),
    )
    .map(({ j, person }) => ({
      id: j.id,
      name: person?.name ?? '',
      employeeNo: person?.employeeNo ?? '',
      department: departmentPath(person?.departmentId, departments) ?? '',
      role: j.role,
      modules: modules.filter((m) => j.moduleIds.includes(m.id)).map((m) => m.name),
      stations: [...j.stations].sort((x, y) => x - y),
    }));
}
