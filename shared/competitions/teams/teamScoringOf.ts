/**
 * How a competition's teams are scored, read in one place: records made before the setting existed have no
 * `teamScoring` and score each team as one unit; an individual competition has no teams at all.
 */
import type { Competition, TeamScoring } from '../../domain';

export function teamScoringOf(competition: Pick<Competition, 'teamBased'> & { readonly teamScoring?: TeamScoring | undefined }): TeamScoring | undefined {
  if (!competition.teamBased) return undefined;
  return competition.teamScoring ?? 'unit';
}

/** Members enter as individual entries sharing a team name, and the team is scored from their totals. */
export function teamsFromMembers(competition: Pick<Competition, 'teamBased' | 'teamScoring'>): competition is Pick<Competition, 'teamBased'> & { teamScoring: 'sum' | 'mean' } {
  const scoring = teamScoringOf(competition);
  return scoring === 'sum' || scoring === 'mean';
}
