/**
 * Everything a results file shows, in one value built once from the records (or an archive): the competition,
 * the rubric, the engine's results, who each entrant is (a code only before unsealing), the raw marks by judge,
 * the snapshot it was published as, and an audit summary. The workbook, CSV, JSON and the print views all read
 * this, so every file says the same thing.
 */
import type { Competition, Rubric } from '../domain';
import { formatHundredths, type Hundredths, type Results, type ScoringMark } from '../scoring';
import type { TeamRanking } from './teams/buildTeamRanking';

export interface ReportEntrant {
  readonly entryId: string;
  readonly anonCode?: string | undefined;
  /** Absent before unsealing (揭封): files then show codes only. */
  readonly name?: string | undefined;
  readonly department?: string | undefined;
}

export interface ResultsReport {
  readonly competition: Pick<Competition, 'id' | 'name' | 'year' | 'level' | 'trade' | 'startDate' | 'endDate' | 'venue' | 'organiser'>;
  readonly rubric: Rubric;
  readonly results: Results;
  /** Engine key → who it is. */
  readonly entrants: ReadonlyMap<string, ReportEntrant>;
  readonly marks: readonly ScoringMark[];
  /** Judge id → label shown in files. */
  readonly judges: ReadonlyMap<string, string>;
  /** The publication snapshot the files are made from; undefined for live (unpublished) results. */
  readonly snapshot?: { readonly hash: string; readonly publishedAt: string; readonly sequence: number } | undefined;
  readonly audit: {
    readonly markCount: number;
    readonly judgeCount: number;
    readonly appealCount: number;
    readonly markChangeCount: number;
    readonly flagCount: number;
    readonly ignoredMarks: number;
    /** Marks whose subjectRef (an anonymous code) cannot be tied to an entry yet: the code map is still sealed. */
    readonly unresolvedMarks: number;
  };
  /** ISO time the report was made. */
  readonly generatedAt: string;
  /** The team ranking, for a team event whose teams are scored from their members' totals (sum / mean). */
  readonly teams?: TeamRanking | undefined;
}

/** One entrant as a flat row (ids and two-decimal text), for CSV, JSON and the command line. */
export interface ResultsTableRow {
  readonly id: string;
  readonly code: string;
  readonly name: string;
  readonly status: string;
  readonly unrankedReason: string;
  readonly rank: number | null;
  readonly total: string;
  readonly award: string;
  readonly parts: Readonly<Record<string, string>>;
  readonly modules: Readonly<Record<string, string>>;
}

export function resultsTableRows(report: Pick<ResultsReport, 'results' | 'entrants'>): ResultsTableRow[] {
  const { parts, modules } = report.results.rubric;
  return report.results.rows.map((row) => {
    const who = report.entrants.get(row.key);
    return {
      id: who?.entryId ?? row.key,
      code: who?.anonCode ?? '',
      name: who?.name ?? '',
      status: row.status,
      unrankedReason: row.unrankedReason ?? '',
      rank: row.rank ?? null,
      total: formatHundredths(row.total),
      award: row.award ?? '',
      parts: Object.fromEntries(parts.map((p, i) => [p.id, formatHundredths(row.score.parts[i] as Hundredths)])),
      modules: Object.fromEntries(modules.map((m, i) => [m.id, formatHundredths(row.score.modules[i] as Hundredths)])),
    };
  });
}
