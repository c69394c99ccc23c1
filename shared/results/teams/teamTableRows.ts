/**
 * The team ranking as flat rows (ids, codes and two-decimal text), for the command line's JSON and CSV: the
 * `ResultsTableRow` of a team. Labels stay out (status and award are codes), so the rows read alike in any language.
 */
import { formatHundredths } from '../../scoring';
import type { ResultsReport } from '../resultsReport';

export interface TeamTableMember {
  readonly id: string;
  readonly code: string;
  readonly name: string;
  readonly status: string;
  /** The member's individual rank; null when not ranked (then the member counted as 0). */
  readonly rank: number | null;
  readonly total: string;
}

export interface TeamTableRow {
  readonly team: string;
  readonly rank: number;
  /** The team score: the members' sum or mean, as `scoring` says, two decimals. */
  readonly total: string;
  readonly scoring: 'sum' | 'mean';
  /** `first`, `second`, `third` or empty (always empty when the award rule does not apply to teams). */
  readonly award: string;
  /** Members with no ranked total, who counted as 0. */
  readonly missingMembers: number;
  /** In their individual ranking order, unranked last. */
  readonly members: readonly TeamTableMember[];
}

/** Undefined when the competition has no team ranking (not a team event scored from its members' totals). */
export function teamTableRows(report: Pick<ResultsReport, 'teams' | 'entrants'>): TeamTableRow[] | undefined {
  const { teams } = report;
  if (!teams) return undefined;
  return teams.rows.map((row) => ({
    team: row.teamName,
    rank: row.rank,
    total: formatHundredths(row.total),
    scoring: teams.mode,
    award: row.award ?? '',
    missingMembers: row.missingMembers,
    members: row.members.map((m) => {
      const who = report.entrants.get(m.entryId);
      return { id: m.entryId, code: who?.anonCode ?? '', name: who?.name ?? '', status: m.status, rank: m.rank ?? null, total: formatHundredths(m.total) };
    }),
  }));
}
