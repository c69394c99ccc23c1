/**
 * The team ranking of a team event whose teams are scored from their members (`sum` / `mean`, see TEAM_SCORINGS):
 * members are individual entries sharing a team name; each team's score comes from `teamTotals` over its members'
 * totals in the individual results (members that are not ranked — absent, withdrawn, disqualified — count as 0, as
 * teamTotals says), and the teams are ranked with `rankAndAward` (shared ranks 1, 1, 3). Awards go to teams only
 * when the competition says the award rule applies to teams.
 */
import type { AwardKey, Competition, Entry, EntryStatus } from '../../domain';
import { type Hundredths, rankAndAward, type Results, teamTotals } from '../../scoring';
import type { AwardEvidence } from '../../scoring';
import { teamsFromMembers } from '../../competitions/teams/teamScoringOf';

/** One member's result as the individual ranking gives it. */
export interface MemberResult {
  readonly key: string;
  readonly total: Hundredths;
  readonly rank: number | undefined;
  readonly status: EntryStatus;
}

/** The members' results as computed by the engine (the app's results page and an archive's results alike). */
export function memberResultsOf(results: Pick<Results, 'rows'>): MemberResult[] {
  return results.rows.map((r) => ({ key: r.key, total: r.total, rank: r.rank, status: r.status }));
}

export interface TeamMemberRow {
  readonly entryId: string;
  readonly total: Hundredths;
  /** Undefined when the member is not ranked (counts as 0 in the team score). */
  readonly rank: number | undefined;
  readonly status: EntryStatus;
}

export interface TeamRankingRow {
  readonly teamName: string;
  readonly rank: number;
  readonly total: Hundredths;
  readonly award: AwardKey | undefined;
  /** Members in their individual ranking order, unranked last. */
  readonly members: readonly TeamMemberRow[];
  /** Members with no ranked total: they counted as 0. */
  readonly missingMembers: number;
}

export interface TeamRanking {
  readonly mode: 'sum' | 'mean';
  /** The award rule applies to teams. */
  readonly awards: boolean;
  readonly rows: readonly TeamRankingRow[];
  /** How team awards were allocated; undefined when teams get none. */
  readonly awardEvidence: AwardEvidence | undefined;
  /** Entries with no team name: ranked as individuals only. */
  readonly withoutTeam: number;
}

const compareText = (a: string, b: string): number => (a < b ? -1 : a > b ? 1 : 0);

export function buildTeamRanking(
  competition: Pick<Competition, 'teamBased' | 'teamScoring' | 'teamAwards' | 'rubric'>,
  entries: readonly Pick<Entry, 'id' | 'teamName'>[],
  memberResults: readonly MemberResult[],
): TeamRanking | undefined {
  if (!teamsFromMembers(competition)) return undefined;
  const mode = competition.teamScoring;
  const resultOf = new Map(memberResults.map((r) => [r.key, r]));
  const membersOf = new Map<string, string[]>();
  let withoutTeam = 0;
  for (const entry of entries) {
    const team = entry.teamName?.trim();
    if (!team) {
      withoutTeam++;
      continue;
    }
    const members = membersOf.get(team);
    if (members) members.push(entry.id);
    else membersOf.set(team, [entry.id]);
  }
  const teams = [...membersOf.entries()].sort(([a], [b]) => compareText(a, b)).map(([key, memberKeys]) => ({ key, memberKeys }));
  const rankedTotals = new Map<string, Hundredths>();
  for (const r of memberResults) if (r.rank !== undefined) rankedTotals.set(r.key, r.total);
  const totals = teamTotals(teams, rankedTotals, mode);
  const ranking = rankAndAward(totals, competition.rubric.awardRule);
  const totalOf = new Map(totals.map((t) => [t.key, t]));
  const awards = competition.teamAwards === true;

  const rows = ranking.rows.map((row): TeamRankingRow => {
    const members = (membersOf.get(row.key) ?? [])
      .map((entryId): TeamMemberRow => {
        const result = resultOf.get(entryId);
        return { entryId, total: result?.total ?? (0 as Hundredths), rank: result?.rank, status: result?.status ?? 'registered' };
      })
      .sort((a, b) => (a.rank ?? Number.MAX_SAFE_INTEGER) - (b.rank ?? Number.MAX_SAFE_INTEGER) || compareText(a.entryId, b.entryId));
    return {
      teamName: row.key,
      rank: row.rank,
      total: row.total,
      award: awards ? row.award : undefined,
      members,
      missingMembers: totalOf.get(row.key)?.missingMembers.length ?? 0,
    };
  });
  return { mode, awards, rows, awardEvidence: awards ? ranking.awards : undefined, withoutTeam };
}
