/**
 * The incentives ledger of a year with every row's person, department and source named: the year's rewards
 * through the `year` index, then the people, departments, competitions and projects they name, by id.
 */
import type { Incentive } from '../../../../shared/domain';
import { useLiveRecords } from '../../../db/useLiveRecords';

export interface LedgerRow {
  readonly incentive: Incentive;
  readonly personName: string;
  readonly employeeNo: string;
  readonly department: string;
  readonly sourceName: string;
  /** The route of the source record. */
  readonly sourceHref: string;
}

export function useIncentiveLedger(year: number): { rows: readonly LedgerRow[] } | undefined {
  return useLiveRecords(
    async (r) => {
      const incentives = await r.incentives.ofYear(year);
      const competitionIds = incentives.filter((i) => i.sourceKind === 'competition').map((i) => i.sourceId);
      const projectIds = incentives.filter((i) => i.sourceKind !== 'competition').map((i) => i.sourceId);
      const [people, competitions, projects] = await Promise.all([
        r.people.byIds(incentives.map((i) => i.personId)),
        r.competitions.byIds([...new Set(competitionIds)]),
        r.projects.byIds([...new Set(projectIds)]),
      ]);
      const departments = await r.people.departments.byIds([...new Set(people.map((p) => p.departmentId))]);
      const personById = new Map(people.map((p) => [p.id, p]));
      const departmentName = new Map(departments.map((d) => [d.id, d.name]));
      const sourceName = new Map([...competitions.map((c) => [c.id, c.name] as const), ...projects.map((p) => [p.id, p.title] as const)]);
      const rows = incentives
        .map((incentive): LedgerRow => {
          const person = personById.get(incentive.personId);
          return {
            incentive,
            personName: person?.name ?? '—',
            employeeNo: person?.employeeNo ?? '',
            department: (person && departmentName.get(person.departmentId)) ?? '',
            sourceName: sourceName.get(incentive.sourceId) ?? incentive.sourceId,
            sourceHref: incentive.sourceKind === 'competition' ? `/competitions/${incentive.sourceId}/results` : `/projects/${incentive.sourceId}`,
          };
        })
        .sort((a, b) => grantedOn(b.incentive).localeCompare(grantedOn(a.incentive)) || a.personName.localeCompare(b.personName, 'zh-CN'));
      return { rows };
    },
    [year],
  );
}

/** The day a reward was granted (or, still pending, entered). */
export function grantedOn(incentive: Pick<Incentive, 'grantedAt' | 'updatedAt'>): string {
  return (incentive.grantedAt ?? incentive.updatedAt).slice(0, 10);
}
