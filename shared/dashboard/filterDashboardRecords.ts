/**
 * The dashboard's filters: one department (with the units under it) and/or one trade (工种). A filter keeps the
 * records that belong to it, so every figure computed from the result counts only them:
 * - department: people of the department; entries it sent and the competitions it took part in or organised;
 *   studios it hosts with their projects and achievements (and achievements owned by its people); its people's
 *   rewards;
 * - trade: competitions of the trade and their entries; people and studios of the trade, the studios' projects
 *   and achievements; rewards of people of the trade.
 * Published results keep only the kept entries.
 */
import type { Id } from '../domain';
import type { DashboardRecords } from './dashboardRecords';

export interface DashboardFilter {
  readonly departmentId?: Id;
  readonly trade?: string;
}

/** The department and every unit under it. */
export function departmentAndDescendants(departments: DashboardRecords['departments'], rootId: Id): Set<Id> {
  const children = new Map<Id, Id[]>();
  for (const d of departments) if (d.parentId) children.set(d.parentId, [...(children.get(d.parentId) ?? []), d.id]);
  const out = new Set<Id>();
  const stack = [rootId];
  while (stack.length > 0) {
    const id = stack.pop()!;
    if (out.has(id)) continue;
    out.add(id);
    stack.push(...(children.get(id) ?? []));
  }
  return out;
}

export function filterDashboardRecords(records: DashboardRecords, filter: DashboardFilter): DashboardRecords {
  let out = records;
  if (filter.departmentId) out = byDepartment(out, departmentAndDescendants(records.departments, filter.departmentId));
  if (filter.trade) out = byTrade(out, filter.trade);
  return out;
}

function byDepartment(r: DashboardRecords, departments: ReadonlySet<Id>): DashboardRecords {
  const people = r.people.filter((p) => departments.has(p.departmentId));
  const personIds = new Set(people.map((p) => p.id));
  const entries = r.entries.filter((e) => departments.has(e.departmentId));
  const competitionIds = new Set(entries.map((e) => e.competitionId));
  const competitions = r.competitions.filter((c) => competitionIds.has(c.id) || (c.organiserDepartmentId !== undefined && departments.has(c.organiserDepartmentId)));
  const studios = r.studios.filter((s) => departments.has(s.departmentId));
  const studioIds = new Set(studios.map((s) => s.id));
  return {
    ...r,
    people,
    entries,
    competitions,
    publications: keepResults(r.publications, entries),
    studios,
    projects: r.projects.filter((p) => studioIds.has(p.studioId)),
    achievements: r.achievements.filter((a) => (a.studioId !== undefined && studioIds.has(a.studioId)) || a.ownerIds.some((id) => personIds.has(id))),
    incentives: r.incentives.filter((i) => personIds.has(i.personId)),
  };
}

function byTrade(r: DashboardRecords, trade: string): DashboardRecords {
  const competitions = r.competitions.filter((c) => c.trade === trade);
  const competitionIds = new Set(competitions.map((c) => c.id));
  const entries = r.entries.filter((e) => competitionIds.has(e.competitionId));
  const people = r.people.filter((p) => p.trade === trade);
  const personIds = new Set(people.map((p) => p.id));
  const studios = r.studios.filter((s) => s.trade === trade);
  const studioIds = new Set(studios.map((s) => s.id));
  return {
    ...r,
    competitions,
    entries,
    people,
    publications: keepResults(r.publications, entries),
    studios,
    projects: r.projects.filter((p) => studioIds.has(p.studioId)),
    achievements: r.achievements.filter((a) => a.studioId !== undefined && studioIds.has(a.studioId)),
    incentives: r.incentives.filter((i) => personIds.has(i.personId)),
  };
}

function keepResults(publications: DashboardRecords['publications'], entries: DashboardRecords['entries']): DashboardRecords['publications'] {
  const kept = new Set(entries.map((e) => e.id));
  return publications.map((p) => ({ ...p, results: p.results.filter((res) => kept.has(res.entryId)) }));
}
