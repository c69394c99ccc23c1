import { useEffect, useMemo } from 'react';
import { computeYearFigures } from '../../../shared/dashboard/computeYearFigures';
import { dashboardRecordsOf } from '../../../shared/dashboard/dashboardFacts';
import type { DashboardRecords } from '../../../shared/dashboard/dashboardRecords';
import { filterDashboardRecords, type DashboardFilter } from '../../../shared/dashboard/filterDashboardRecords';
import type { YearFigures } from '../../../shared/dashboard/types';
import { useLiveRecords } from '../../db/useLiveRecords';
import { useRepositories } from '../../db/useRepositories';

export interface YearFiguresState {
  /** Years that have records, newest first. */
  readonly years: readonly number[];
  readonly year: number;
  /** Null when the workspace has nothing to count. */
  readonly figures: YearFigures | null;
  /** The (filtered) slice the figures were computed from, for the multi-year view. */
  readonly records: DashboardRecords;
  /** The unfiltered slice, for the filters' choices. */
  readonly allRecords: DashboardRecords;
}

/** Journal entries tolerated before they are folded into the snapshot in the background. */
const COMPACT_AFTER = 20;

/**
 * The dashboard's figures for `year` (default: the latest year with records), recomputed when records change.
 * Reads the dashboard's stored slice (one snapshot plus a short journal), never the record tables themselves.
 */
export function useYearFigures(year: number | null, filter: DashboardFilter = {}): YearFiguresState | undefined {
  const repositories = useRepositories();
  const slice = useLiveRecords((r) => r.dashboard.slice());

  useEffect(() => {
    if (!slice) return;
    if (slice.facts === null) void repositories.dashboard.rebuild();
    else if (slice.pending > COMPACT_AFTER) {
      const timer = setTimeout(() => void repositories.dashboard.compact(), 1_000);
      return () => clearTimeout(timer);
    }
    return undefined;
  }, [slice, repositories]);

  const allRecords = useMemo(() => (slice?.facts ? dashboardRecordsOf(slice.facts) : null), [slice]);
  const records = useMemo(() => (allRecords ? filterDashboardRecords(allRecords, filter) : null), [allRecords, filter]);

  return useMemo(() => {
    if (!allRecords || !records) return undefined;
    const years = [...new Set([...allRecords.competitions.map((c) => c.year), ...allRecords.achievements.map((a) => a.year)])].sort((a, b) => b - a);
    const chosen = year ?? years[0] ?? new Date().getFullYear();
    const figures = years.length > 0 || allRecords.studios.length > 0 ? computeYearFigures(records, chosen) : null;
    return { years: years.length > 0 ? years : [chosen], year: chosen, figures, records, allRecords };
  }, [allRecords, records, year]);
}
