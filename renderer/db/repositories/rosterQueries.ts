/**
 * Reads the roster and draw screens need, composed from the repositories: the context a roster file is checked
 * against, and a competition's entries with the people and departments they name. Pure queries, no writes.
 */
import type { RosterContext } from '../../../shared/competitions/roster/types';
import type { Competition, Department, Entry, JudgeAssignment, Person } from '../../../shared/domain';
import type { Repositories } from './index';
import { teamsFromMembers } from '../../../shared/competitions/teams/teamScoringOf';

/** Everything a roster preview is checked against: the whole workspace's people and departments. */
export async function rosterContextOf(
  repositories: Repositories,
  competition: Pick<Competition, 'id' | 'teamBased' | 'teamScoring' | 'trade'>,
): Promise<RosterContext> {
  const [departments, people, entries] = await Promise.all([
    repositories.people.departments.list(),
    repositories.people.list(),
    repositories.competitions.entriesOf(competition.id),
  ]);
  return { departments, people, entries, teamBased: competition.teamBased, membersEnterAlone: teamsFromMembers(competition), defaultTrade: competition.trade };
}

/** A competition's entries with the people they name and every department (for names and paths). */
export interface EntriesWithPeople {
  readonly entries: readonly Entry[];
  readonly peopleById: ReadonlyMap<string, Person>;
  readonly departments: readonly Department[];
}

export async function entriesWithPeopleOf(repositories: Repositories, competitionId: string): Promise<EntriesWithPeople> {
  const [entries, departments] = await Promise.all([
    repositories.competitions.entriesOf(competitionId),
    repositories.people.departments.list(),
  ]);
  const memberIds = [...new Set(entries.flatMap((e) => e.memberIds))];
  const people = await repositories.people.byIds(memberIds);
  return { entries, peopleById: new Map(people.map((p) => [p.id, p])), departments };
}

/** Encryption officers (加密裁判) of a competition, with their names. */
export async function encryptionOfficersOf(
  repositories: Repositories,
  competitionId: string,
): Promise<{ assignment: JudgeAssignment; name: string }[]> {
  const judges = (await repositories.competitions.judgesOf(competitionId)).filter((j) => j.role === 'encryption');
  const people = await repositories.people.byIds(judges.map((j) => j.personId));
  const names = new Map(people.map((p) => [p.id, p.name]));
  return judges.map((assignment) => ({ assignment, name: names.get(assignment.personId) ?? '' }));
}
