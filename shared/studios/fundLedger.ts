/**
 * The innovation fund (专项创新基金) in exact fen: a studio's yearly budget, allocations to its projects,
 * spending against them. Older project records carry only `budgetFen` / `spentFen`; they read as one allocation
 * in the start year and one spending entry on the start date, here and nowhere else.
 */
import type { FundAllocation, Project, SpendingEntry, Studio } from '../domain';

export function projectAllocations(project: Pick<Project, 'id' | 'allocations' | 'budgetFen' | 'startDate'>): readonly FundAllocation[] {
  if (project.allocations) return project.allocations;
  return project.budgetFen > 0 ? [{ id: `${project.id}:budget`, year: Number(project.startDate.slice(0, 4)), amountFen: project.budgetFen, note: '' }] : [];
}

export function projectSpending(project: Pick<Project, 'id' | 'spending' | 'spentFen' | 'startDate'>): readonly SpendingEntry[] {
  if (project.spending) return project.spending;
  return project.spentFen > 0 ? [{ id: `${project.id}:spent`, date: project.startDate, amountFen: project.spentFen, note: '' }] : [];
}

const sum = (values: readonly { amountFen: number }[]) => values.reduce((s, v) => s + v.amountFen, 0);

/** A project with new allocations / spending, with the totals kept equal to their sums. */
export function withFund<P extends Pick<Project, 'id' | 'allocations' | 'budgetFen' | 'spending' | 'spentFen' | 'startDate'>>(
  project: P,
  change: { allocations?: readonly FundAllocation[]; spending?: readonly SpendingEntry[] },
): P {
  const allocations = [...(change.allocations ?? projectAllocations(project))];
  const spending = [...(change.spending ?? projectSpending(project))];
  return { ...project, allocations, spending, budgetFen: sum(allocations), spentFen: sum(spending) };
}

export interface ProjectFundRow {
  readonly projectId: string;
  /** Allocated to the project in the year. */
  readonly allocatedFen: number;
  /** Spent by the project in the year. */
  readonly spentFen: number;
  /** Over the project's whole life: spent more than allocated. */
  readonly overspent: boolean;
}

export interface StudioFundYear {
  readonly year: number;
  readonly budgetFen: number;
  readonly allocatedFen: number;
  /** budget − allocated; negative when more was allocated than budgeted. */
  readonly unallocatedFen: number;
  readonly spentFen: number;
  /** allocated − spent in the year. */
  readonly remainingFen: number;
  readonly rows: readonly ProjectFundRow[];
  readonly issues: readonly ({ code: 'over_allocated'; params: { overFen: number } } | { code: 'project_overspent'; params: { projectId: string; overFen: number } })[];
}

export function studioBudgetOf(studio: Pick<Studio, 'fundBudgets'>, year: number): number {
  return studio.fundBudgets?.find((b) => b.year === year)?.budgetFen ?? 0;
}

export function studioFundYear(
  studio: Pick<Studio, 'fundBudgets'>,
  projects: readonly Pick<Project, 'id' | 'allocations' | 'budgetFen' | 'spending' | 'spentFen' | 'startDate'>[],
  year: number,
): StudioFundYear {
  const prefix = `${year}-`;
  const issues: StudioFundYear['issues'][number][] = [];
  const rows = projects.map((p) => {
    const allocations = projectAllocations(p);
    const spending = projectSpending(p);
    const lifeAllocated = sum(allocations);
    const lifeSpent = sum(spending);
    if (lifeSpent > lifeAllocated) issues.push({ code: 'project_overspent', params: { projectId: p.id, overFen: lifeSpent - lifeAllocated } });
    return {
      projectId: p.id,
      allocatedFen: sum(allocations.filter((a) => a.year === year)),
      spentFen: sum(spending.filter((s) => s.date.startsWith(prefix))),
      overspent: lifeSpent > lifeAllocated,
    };
  });
  const budgetFen = studioBudgetOf(studio, year);
  const allocatedFen = rows.reduce((s, r) => s + r.allocatedFen, 0);
  const spentFen = rows.reduce((s, r) => s + r.spentFen, 0);
  if (allocatedFen > budgetFen) issues.unshift({ code: 'over_allocated', params: { overFen: allocatedFen - budgetFen } });
  return { year, budgetFen, allocatedFen, unallocatedFen: budgetFen - allocatedFen, spentFen, remainingFen: allocatedFen - spentFen, rows: rows.filter((r) => r.allocatedFen > 0 || r.spentFen > 0), issues };
}
