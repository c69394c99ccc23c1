/**
 * The rows every results report prints: from the live engine results when the marks are in this workspace,
 * otherwise from the publication snapshot itself (results published without marks kept here).
 */
import type { AwardKey, EntryStatus } from '../../../../shared/domain';
import { formatHundredths } from '../../../../shared/scoring';
import type { ResultsState } from '../useResultsReport';

export interface ReportRow {
  readonly entryId: string;
  readonly rank: number | undefined;
  readonly code: string;
  readonly name: string;
  readonly department: string;
  readonly total: string;
  readonly award: AwardKey | undefined;
  readonly status: EntryStatus | undefined;
}

export function reportRows(state: ResultsState): ReportRow[] {
  const { report, inputs, publication } = state;
  const who = (id: string) => report.entrants.get(id);
  if (inputs.marks.length === 0 && publication) {
    const status = new Map(inputs.entries.map((e) => [e.id, e.status]));
    return publication.results.map((r) => ({
      entryId: r.entryId,
      rank: r.rank,
      code: r.anonCode ?? who(r.entryId)?.anonCode ?? '',
      name: who(r.entryId)?.name ?? '',
      department: who(r.entryId)?.department ?? '',
      total: r.scores?.total ?? r.total.toFixed(2),
      award: r.award,
      status: r.status ?? status.get(r.entryId),
    }));
  }
  return report.results.rows.map((r) => ({
    entryId: who(r.key)?.entryId ?? r.key,
    rank: r.rank,
    code: who(r.key)?.anonCode ?? '',
    name: who(r.key)?.name ?? '',
    department: who(r.key)?.department ?? '',
    total: formatHundredths(r.total),
    award: r.award,
    status: r.status,
  }));
}
