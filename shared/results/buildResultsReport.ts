/**
 * The ResultsReport of a competition from its records: entries become engine entrants keyed by entry id, marks
 * (keyed by subjectRef) are turned into per-entry scoring marks through resolveSubjects — live refs through the
 * public draw, sealed refs only through a code map (unsealed map or publication). Marks that cannot be resolved
 * yet are left out and counted (`audit.unresolvedMarks`); screens then say results wait for the map. Names are
 * attached only once revealed (揭封): before that, every screen and file shows anonymous codes only.
 */
import type { Appeal, Competition, Department, Entry, JudgeAssignment, Mark, Person, Publication } from '../domain';
import { teamsFromMembers } from '../competitions/teams/teamScoringOf';
import { computeResults, findMarkFlags, publishedTotal, type Results, type ScoringMark } from '../scoring';
import { entryScoringMarks, resolveSubjects } from './resolveSubjects';
import type { ReportEntrant, ResultsReport } from './resultsReport';
import { buildTeamRanking, memberResultsOf, type MemberResult, type TeamRanking } from './teams/buildTeamRanking';

export interface ResultsReportInput {
  readonly competition: Competition;
  readonly entries: readonly Entry[];
  readonly judges: readonly JudgeAssignment[];
  readonly marks: readonly Mark[];
  readonly appeals: readonly Appeal[];
  /** The snapshot the report is made from (the latest publication), if any. */
  readonly publication?: Publication | undefined;
  /** People and departments, to print names once they are revealed. */
  readonly people: ReadonlyMap<string, Pick<Person, 'name'>>;
  readonly departments: ReadonlyMap<string, Pick<Department, 'name'>>;
  readonly namesRevealed: boolean;
  /** Entry → anonymous code, from the unsealed code map (揭封) or the publication; absent before unsealing. */
  readonly codeOf?: ReadonlyMap<string, string> | undefined;
  /** Judge assignment → label (a name, or 3号裁判). */
  readonly judgeLabel: (judge: JudgeAssignment) => string;
  readonly generatedAt: string;
}

/** Marks per entry for the engine (`judgeId` = assignment); unresolved subjects are counted, not scored. */
export function toScoringMarks(
  marks: readonly Mark[],
  entries: readonly Pick<Entry, 'id' | 'drawOrder'>[],
  codeOf?: ReadonlyMap<string, string>,
): { readonly marks: ScoringMark[]; readonly unresolved: number } {
  return entryScoringMarks(marks, resolveSubjects(entries, codeOf));
}

export function entrantOf(
  entry: Entry,
  input: Pick<ResultsReportInput, 'people' | 'departments' | 'namesRevealed' | 'codeOf'> & { readonly competition?: Pick<Competition, 'teamBased' | 'teamScoring'> },
): ReportEntrant {
  const anonCode = input.codeOf?.get(entry.id);
  if (!input.namesRevealed) return { entryId: entry.id, anonCode };
  // A member of a team scored from its members' totals is an individual entrant: their own name, not the team's.
  const teamName = input.competition && teamsFromMembers(input.competition) ? undefined : entry.teamName;
  const name = teamName ?? entry.memberIds.map((id) => input.people.get(id)?.name ?? '?').join('、');
  return { entryId: entry.id, anonCode, name, department: input.departments.get(entry.departmentId)?.name };
}

export function buildResultsReport(input: ResultsReportInput): ResultsReport {
  const { marks, unresolved } = toScoringMarks(input.marks, input.entries, input.codeOf);
  const { competition } = input;
  const results = computeResults(
    competition.rubric,
    input.entries.map((e) => ({ key: e.id, status: e.status })),
    marks,
  );
  const scorers = input.judges.filter((j) => j.role === 'judge' || j.role === 'chief' || j.role === 'scorer');
  return {
    competition,
    rubric: competition.rubric,
    results,
    entrants: new Map(input.entries.map((e) => [e.id, entrantOf(e, input)])),
    marks,
    judges: new Map(scorers.map((j) => [j.id, input.judgeLabel(j)])),
    snapshot: input.publication
      ? { hash: input.publication.hash, publishedAt: input.publication.publishedAt, sequence: input.publication.sequence ?? 1 }
      : undefined,
    audit: {
      markCount: marks.length,
      judgeCount: new Set(marks.map((m) => m.judgeId)).size,
      appealCount: input.appeals.length,
      markChangeCount: input.appeals.reduce((n, a) => n + (a.markChanges?.length ?? 0), 0),
      flagCount: findMarkFlags(competition.rubric, marks).length,
      ignoredMarks: results.ignoredMarks,
      unresolvedMarks: unresolved,
    },
    generatedAt: input.generatedAt,
    teams: teamRankingOf(input, results),
  };
}

/**
 * The team ranking from the same individual results: computed ones when marks are kept, otherwise the published
 * snapshot's totals and ranks (competitions whose marks are not in this workspace).
 */
function teamRankingOf(input: ResultsReportInput, results: Results): TeamRanking | undefined {
  if (!teamsFromMembers(input.competition)) return undefined;
  const members: MemberResult[] =
    input.marks.length === 0 && input.publication
      ? input.publication.results.map((r) => ({
          key: r.entryId,
          total: publishedTotal(r),
          rank: r.rank,
          status: r.status ?? 'checked_in',
        }))
      : memberResultsOf(results);
  return buildTeamRanking(input.competition, input.entries, members);
}
