/**
 * The union annual report for a year: the dashboard's stored slice gives the figures (this year and last), and
 * only the records those figures name are read, by id, to put names on the lists.
 */
import { computeYearFigures } from '../../../../shared/dashboard/computeYearFigures';
import type { DashboardRecords } from '../../../../shared/dashboard/dashboardRecords';
import type { Id } from '../../../../shared/domain';
import { AWARD_KEYS, PROJECT_STAGES } from '../../../../shared/domain';
import { buildUnionAnnualReport } from '../../../../shared/reports/buildUnionAnnualReport';
import type { UnionAnnualReport } from '../../../../shared/reports/types';
import type { Repositories } from '../../../db/repositories';

/** Years the report can cover: those with competitions or achievements, newest first. */
export function reportYears(records: DashboardRecords): number[] {
  return [...new Set([...records.competitions.map((c) => c.year), ...records.achievements.map((a) => a.year)])].sort((a, b) => b - a);
}

export async function loadUnionReport(repositories: Repositories, records: DashboardRecords, year: number): Promise<UnionAnnualReport> {
  const figures = computeYearFigures(records, year);
  const previous = reportYears(records).includes(year - 1) ? computeYearFigures(records, year - 1) : null;
  const entryIds = new Set(figures.entries.ids);
  const entries = records.entries.filter((e) => entryIds.has(e.id));
  const awarded = new Set(AWARD_KEYS.flatMap((k) => figures.awards[k].ids));
  const activeProjectIds = PROJECT_STAGES.flatMap((s) => figures.projectsByStage[s].ids);
  const [competitions, studios, projects, achievements, incentives] = await Promise.all([
    repositories.competitions.byIds(figures.competitions.ids),
    repositories.studios.byIds(figures.studios.ids),
    repositories.projects.byIds(activeProjectIds),
    repositories.achievements.byIds(figures.achievements.ids),
    repositories.incentives.ofYear(year),
  ]);
  const personIds = new Set<Id>([...entries.filter((e) => awarded.has(e.id)).flatMap((e) => e.memberIds), ...studios.map((s) => s.leadId)]);
  const people = await repositories.people.byIds([...personIds]);
  return buildUnionAnnualReport({ figures, previous, competitions, entries, people, departments: records.departments, studios, projects, achievements, incentives });
}
