/**
 * Publication (公示): the results frozen as a snapshot with a hash. The first snapshot has sequence 1; a later one
 * (after an appeal changed marks) counts up, names the snapshot it replaces and the appeals behind it.
 */
import type { Publication, PublishedTeams } from '../../domain';
import { formatHundredths, hashPublishedResults, publishedResultsOf } from '../../scoring';
import type { ResultsReport } from '../resultsReport';

export interface PublicationDraft {
  readonly id: string;
  readonly publishedAt: string;
  /** The current snapshot, when this one replaces it. */
  readonly previous?: Publication | undefined;
  /** Appeals ruled since the previous snapshot whose marks changed. */
  readonly appealIds?: readonly string[];
}

export function buildPublication(
  report: Pick<ResultsReport, 'results' | 'entrants' | 'competition' | 'teams'>,
  draft: PublicationDraft,
): Omit<Publication, 'version' | 'updatedAt'> {
  const results = publishedResultsOf(report.results, (key) => {
    const entrant = report.entrants.get(key);
    return { entryId: entrant?.entryId ?? key, anonCode: entrant?.anonCode };
  });
  const teams = publishedTeamsOf(report.teams);
  return {
    id: draft.id,
    competitionId: report.competition.id,
    publishedAt: draft.publishedAt,
    results,
    hash: hashPublishedResults(results, teams),
    ...(teams ? { teams } : {}),
    sequence: (draft.previous?.sequence ?? (draft.previous ? 1 : 0)) + 1,
    ...(draft.previous ? { supersedesId: draft.previous.id } : {}),
    ...(draft.appealIds && draft.appealIds.length > 0 ? { appealIds: [...draft.appealIds] } : {}),
  };
}

/** True when the live results differ from the snapshot (an appeal changed a mark since it was made). */
export function differsFromSnapshot(report: Pick<ResultsReport, 'results' | 'entrants' | 'competition' | 'teams'>, snapshot: Publication): boolean {
  return buildPublication(report, { id: snapshot.id, publishedAt: snapshot.publishedAt }).hash !== snapshot.hash;
}

/** The latest snapshot of a competition: the highest sequence (a missing sequence counts as 1). */
export function latestPublication<T extends Pick<Publication, 'sequence' | 'publishedAt'>>(publications: readonly T[]): T | undefined {
  return [...publications].sort((a, b) => (b.sequence ?? 1) - (a.sequence ?? 1) || (b.publishedAt < a.publishedAt ? -1 : 1))[0];
}

/** The team ranking in the snapshot's exact form: two-decimal text, members by entry id. */
function publishedTeamsOf(teams: ResultsReport['teams']): PublishedTeams | undefined {
  if (!teams) return undefined;
  return {
    scoring: teams.mode,
    awards: teams.awards,
    rows: teams.rows.map((row) => ({
      teamName: row.teamName,
      rank: row.rank,
      total: formatHundredths(row.total),
      ...(row.award ? { award: row.award } : {}),
      memberEntryIds: row.members.map((m) => m.entryId),
    })),
  };
}
