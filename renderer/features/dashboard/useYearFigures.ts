import { computeYearFigures } from '../../../shared/dashboard/computeYearFigures';
import type { YearFigures } from '../../../shared/dashboard/types';
import { emptyWorkspace } from '../../../shared/domain';
import { useLiveRecords } from '../../db/useLiveRecords';

export interface YearFiguresState {
  /** Years that have records, newest first. */
  readonly years: readonly number[];
  readonly year: number;
  /** Null when the workspace has nothing to count. */
  readonly figures: YearFigures | null;
}

/** The dashboard's figures for `year` (default: the latest year with records), recomputed when records change. */
export function useYearFigures(year: number | null): YearFiguresState | undefined {
  return useLiveRecords(
    async (r) => {
      const records = {
        ...emptyWorkspace(),
        ...(await r.workspace.read(['departments', 'people', 'competitions', 'entries', 'publications', 'studios', 'projects', 'achievements', 'incentives'])),
      };
      const years = [...new Set([...records.competitions.map((c) => c.year), ...records.achievements.map((a) => a.year)])].sort((a, b) => b - a);
      const chosen = year ?? years[0] ?? new Date().getFullYear();
      const figures = years.length > 0 || records.studios.length > 0 ? computeYearFigures(records, chosen) : null;
      return { years: years.length > 0 ? years : [chosen], year: chosen, figures };
    },
    [year],
  );
}
