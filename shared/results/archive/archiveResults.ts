/**
 * Results of an archive: the engine run on its rubric, entries (by entry id) and marks, as a ResultsReport —
 * exactly what the app computes from the same records, including the team ranking of a team event scored from
 * its members' totals (version 2 archives carry the team names).
 */
import { computeResults, findMarkFlags, type ScoringMark } from '../../scoring';
import type { ResultsReport } from '../resultsReport';
import { buildTeamRanking, memberResultsOf } from '../teams/buildTeamRanking';
import type { CompetitionArchive } from './competitionArchiveSchema';

export function archiveResults(archive: CompetitionArchive, generatedAt: string): ResultsReport {
  const { competition } = archive;
  const marks: ScoringMark[] = archive.marks.map((m) => ({
    subject: m.entryId,
    itemId: m.itemId,
    judgeId: m.judgeId,
    value: m.value,
    ...(m.safetyVeto ? { safetyVeto: true } : {}),
  }));
  const results = computeResults(
    competition.rubric,
    archive.entries.map((e) => ({ key: e.id, status: e.status })),
    marks,
  );
  return {
    competition,
    rubric: competition.rubric,
    results,
    entrants: new Map(archive.entries.map((e) => [e.id, { entryId: e.id, anonCode: e.anonCode, name: e.name, department: e.department }])),
    marks,
    judges: new Map(archive.judges.map((j) => [j.id, j.displayName])),
    audit: {
      markCount: marks.length,
      judgeCount: archive.judges.length,
      appealCount: 0,
      markChangeCount: 0,
      flagCount: findMarkFlags(competition.rubric, marks).length,
      ignoredMarks: results.ignoredMarks,
      unresolvedMarks: 0,
    },
    generatedAt,
    teams: buildTeamRanking(competition, archive.entries, memberResultsOf(results)),
  };
}
