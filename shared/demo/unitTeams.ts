/**
 * The demo's group-wide company competitions still in review (集团“匠心杯”) are team events too: every entrant
 * represents their unit, each unit's entrants form its team (e.g. 维修中心代表队), and a team scores the mean of its
 * members' individual totals, with team awards by the competition's own rule — so the team ranking can be tried
 * on the results tab. Nothing here draws a random number, so the rest of the demo is unchanged.
 */
import type { Competition, Entry } from '../domain';
import type { DemoOrganisation } from './generateOrganisation';

export function withUnitTeams(
  org: Pick<DemoOrganisation, 'unitOf'>,
  competitions: readonly Competition[],
  entries: readonly Entry[],
): { competitions: Competition[]; entries: Entry[] } {
  const teamEvents = new Set(competitions.filter((c) => c.level === 'company' && c.status === 'review').map((c) => c.id));
  return {
    competitions: competitions.map((c) => (teamEvents.has(c.id) ? { ...c, teamBased: true, teamScoring: 'mean', teamAwards: true } : c)),
    entries: entries.map((e) => (teamEvents.has(e.competitionId) ? { ...e, teamName: `${org.unitOf(e.departmentId).name}代表队` } : e)),
  };
}
