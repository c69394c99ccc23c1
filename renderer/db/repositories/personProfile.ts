/**
 * Everything about one person, for the person page (and the synergy profile): competitions entered with their
 * published results, honours, studios, projects, achievements, activities, incentives and articles. Every read
 * goes through an index keyed by the person (`*memberIds`, `*ownerIds`, `*attendeeIds`, `personId`, `leadId`).
 */
import type { Achievement, Activity, Competition, Department, Entry, Incentive, Person, Project, PublishedResult, Studio } from '../../../shared/domain';
import type { ArticleSummary } from '../../../shared/knowledge/articleFacets';
import type { Repositories } from './index';
import type { InvitationRow } from './pipelineRepository';

export interface CompetitionRecord {
  readonly competition: Competition;
  readonly entry: Entry;
  /** The person's published result, when the competition has published. */
  readonly result?: PublishedResult;
}

export interface PersonProfile {
  readonly person: Person;
  readonly departmentPath: readonly Department[];
  readonly competitions: readonly CompetitionRecord[];
  readonly studios: readonly Studio[];
  readonly projects: readonly Project[];
  readonly achievements: readonly Achievement[];
  readonly activities: readonly Activity[];
  readonly incentives: readonly Incentive[];
  readonly articles: readonly ArticleSummary[];
  /** Invitations of the talent pipeline to studios, with their answers (index `personId`). */
  readonly invitations: readonly InvitationRow[];
}

export async function departmentPathOf(repositories: Repositories, departmentId: string): Promise<Department[]> {
  const path: Department[] = [];
  let id: string | undefined = departmentId;
  for (let guard = 0; id && guard < 20; guard++) {
    const department: Department | undefined = await repositories.people.departments.get(id);
    if (!department) break;
    path.unshift(department);
    id = department.parentId;
  }
  return path;
}

export async function personProfileOf(repositories: Repositories, personId: string): Promise<PersonProfile | null> {
  const person = await repositories.people.get(personId);
  if (!person) return null;
  const [departmentPath, entries, studios, projects, achievements, activities, incentives, articles, invitations] = await Promise.all([
    departmentPathOf(repositories, person.departmentId),
    repositories.people.entriesOf(personId),
    repositories.studios.ofPerson(personId),
    repositories.projects.ofMember(personId),
    repositories.achievements.ofOwner(personId),
    repositories.studios.activities.attendedBy(personId),
    repositories.achievements.incentivesOf(personId),
    repositories.people.articlesBy(personId),
    repositories.pipeline.invitationsOf(personId),
  ]);
  const competitionIds = [...new Set(entries.map((e) => e.competitionId))];
  const [competitions, publications] = await Promise.all([
    repositories.competitions.byIds(competitionIds),
    repositories.people.publicationsOf(competitionIds),
  ]);
  const competitionById = new Map(competitions.map((c) => [c.id, c]));
  const resultByEntry = new Map(publications.flatMap((p) => p.results.map((r) => [r.entryId, r] as const)));
  const competitionRecords = entries.flatMap((entry) => {
    const competition = competitionById.get(entry.competitionId);
    if (!competition) return [];
    const result = resultByEntry.get(entry.id);
    return [{ competition, entry, ...(result ? { result } : {}) }];
  });
  return { person, departmentPath, competitions: competitionRecords, studios, projects, achievements, activities, incentives, articles, invitations };
}
