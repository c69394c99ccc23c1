/**
 * The union annual report of a year, rebuilt when the records behind the dashboard change. Reads the dashboard's
 * stored slice (never whole record tables) and then only the records the figures name.
 */
import { useEffect, useMemo, useState } from 'react';
import { dashboardRecordsOf } from '../../../../shared/dashboard/dashboardFacts';
import type { UnionAnnualReport } from '../../../../shared/reports/types';
import { useLiveRecords } from '../../../db/useLiveRecords';
import { useRepositories } from '../../../db/useRepositories';
import { loadUnionReport, reportYears } from './loadUnionReport';

export interface UnionReportState {
  /** Undefined while the dashboard slice loads. */
  readonly years: readonly number[] | undefined;
  readonly year: number | null;
  /** Undefined while the report of `year` is being built. */
  readonly report: UnionAnnualReport | undefined;
  readonly error: string | undefined;
}

export function useUnionReport(year: number | null): UnionReportState {
  const repositories = useRepositories();
  const slice = useLiveRecords((r) => r.dashboard.slice());
  useEffect(() => {
    if (slice && slice.facts === null) void repositories.dashboard.rebuild();
  }, [slice, repositories]);
  const records = useMemo(() => (slice?.facts ? dashboardRecordsOf(slice.facts) : null), [slice]);
  const years = useMemo(() => (records ? reportYears(records) : undefined), [records]);
  const chosen = year ?? years?.[0] ?? null;
  const [built, setBuilt] = useState<{ year: number; report?: UnionAnnualReport; error?: string }>();

  useEffect(() => {
    if (!records || chosen === null) return;
    let live = true;
    loadUnionReport(repositories, records, chosen).then(
      (report) => live && setBuilt({ year: chosen, report }),
      (error: unknown) => live && setBuilt({ year: chosen, error: error instanceof Error ? error.message : String(error) }),
    );
    return () => {
      live = false;
    };
  }, [records, chosen, repositories]);

  const current = built?.year === chosen ? built : undefined;
  return { years, year: chosen, report: current?.report, error: current?.error };
}
