/**
 * The demo's group-wide company competitions still in review (集团“匠心杯”) are team events too: every unit sends
 * teams of about five of its entrants (dealt round-robin in entry order, so the teams are even: 机电中心一队,
 * 二队 …), and a team scores the mean of its members' individual totals, with team awards by the competition's own
 * rule — so the team ranking can be tried on the results tab. Nothing here draws a random number, so the rest of
 * the demo is unchanged.
 */
import type { Competition, Entry } from '../domain';
import type { DemoOrganisation } from './generateOrganisation';

const TEAM_SIZE = 5;
const NUMERALS = ['一', '二', '三', '四', '五', '六', '七', '八', '九', '十'];

export function withUnitTeams(
  org: Pick<DemoOrganisation, 'unitOf'>,
  competitions: readonly Competition[],
  entries: readonly Entry[],
): { competitions: Competition[]; entries: Entry[] } {
  const teamEvents = new Set(competitions.filter((c) => c.level === 'company' && c.status === 'review').map((c) => c.id));
  const byUnit = new Map<string, Entry[]>();
  for (const entry of entries) {
    if (!teamEvents.has(entry.competitionId)) continue;
    const key = `${entry.competitionId}|${org.unitOf(entry.departmentId).name}`;
    byUnit.set(key, [...(byUnit.get(key) ?? []), entry]);
  }
  const teamOf = new Map<string, string>();
  for (const [key, members] of byUnit) {
    const unit = key.slice(key.indexOf('|') + 1);
    const teams = Math.ceil(members.length / TEAM_SIZE);
    members.forEach((entry, i) => teamOf.set(entry.id, `${unit}${NUMERALS[i % teams] ?? String((i % teams) + 1)}队`));
  }
  return {
    competitions: competitions.map((c) => (teamEvents.has(c.id) ? { ...c, teamBased: true, teamScoring: 'mean', teamAwards: true } : c)),
    entries: entries.map((e) => {
      const teamName = teamOf.get(e.id);
      return teamName ? { ...e, teamName } : e;
    }),
  };
}
