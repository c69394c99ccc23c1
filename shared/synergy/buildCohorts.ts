/**
 * Cohorts of award winners (DESIGN §2 "Synergy": cohorts are tracked). A person's cohort is the year of the first
 * award they won in a published competition (the latest publication of each competition counts). Each cohort is
 * followed from its year to `untilYear`; per year, the people of the cohort who in that year:
 * - `joined_studio`: joined a studio — the year an invitation of theirs was accepted (the earliest one). A person
 *   who leads or belongs to a studio without an accepted invitation has no recorded join year: they count only in
 *   the metric's `ever` set.
 * - `project`: are members of a studio project that started that year;
 * - `achievement`: own an achievement registered that year;
 * - `honour`: received an honour dated that year;
 * - `grade_raised`: reached a higher skill grade (an entry of their grade history above the one before it).
 * Events before the cohort year do not count; the years followed end at `untilYear` or at the newest year with a
 * cohort or an event of a cohort member, whichever is earlier. Every figure is the set of people behind it, so each number opens them.
 */
import { SKILL_GRADES, type Achievement, type Id, type Person, type Project, type Studio } from '../domain';
import { pipelineResultsByPerson, type TalentPipelineInput } from './buildTalentPipeline';
import type { StudioInvitation } from './types';

export const COHORT_METRICS = ['joined_studio', 'project', 'achievement', 'honour', 'grade_raised'] as const;
export type CohortMetric = (typeof COHORT_METRICS)[number];

export interface CohortRow {
  readonly metric: CohortMetric;
  /** People per followed year, from the cohort year to `untilYear`. */
  readonly byYear: readonly { readonly year: number; readonly personIds: readonly Id[] }[];
  /** People with the event in any followed year (for studios: also members with no recorded join year). */
  readonly ever: readonly Id[];
}

export interface Cohort {
  readonly year: number;
  readonly personIds: readonly Id[];
  readonly rows: readonly CohortRow[];
}

export interface CohortsInput extends Pick<TalentPipelineInput, 'competitions' | 'publications' | 'entries'> {
  readonly people: readonly Pick<Person, 'id' | 'honours' | 'gradeHistory'>[];
  readonly studios: readonly Pick<Studio, 'leadId' | 'memberIds'>[];
  readonly invitations: readonly Pick<StudioInvitation, 'personId' | 'status' | 'answeredAt'>[];
  readonly projects: readonly Pick<Project, 'memberIds' | 'startDate'>[];
  readonly achievements: readonly Pick<Achievement, 'ownerIds' | 'year'>[];
  /**
   * The last year that may be followed (e.g. the current year). Tables stop earlier, at the newest year with a
   * cohort or an event, so a workspace whose records end years ago does not show empty years up to today.
   */
  readonly untilYear: number;
}

/** The year each award winner first won an award. */
export function firstAwardYears(input: Pick<CohortsInput, 'competitions' | 'publications' | 'entries'>): Map<Id, number> {
  const years = new Map<Id, number>();
  for (const [personId, results] of pipelineResultsByPerson(input)) {
    const awarded = results.filter((r) => r.award).map((r) => r.year);
    if (awarded.length > 0) years.set(personId, Math.min(...awarded));
  }
  return years;
}

export function buildCohorts(input: CohortsInput): Cohort[] {
  const cohortOf = firstAwardYears(input);
  // Every event of a cohort member, as metric → person → years.
  const events = new Map<CohortMetric, Map<Id, Set<number>>>(COHORT_METRICS.map((m) => [m, new Map()]));
  const add = (metric: CohortMetric, personId: Id, year: number): void => {
    if (!cohortOf.has(personId)) return;
    const byPerson = events.get(metric) as Map<Id, Set<number>>;
    const years = byPerson.get(personId) ?? new Set<number>();
    years.add(year);
    byPerson.set(personId, years);
  };

  const joinYear = new Map<Id, number>();
  for (const invitation of input.invitations) {
    if (invitation.status !== 'accepted' || !invitation.answeredAt) continue;
    const year = Number(invitation.answeredAt.slice(0, 4));
    joinYear.set(invitation.personId, Math.min(year, joinYear.get(invitation.personId) ?? year));
  }
  for (const [personId, year] of joinYear) add('joined_studio', personId, year);
  const inStudio = new Set(input.studios.flatMap((s) => [s.leadId, ...s.memberIds]));
  for (const project of input.projects) for (const id of project.memberIds) add('project', id, Number(project.startDate.slice(0, 4)));
  for (const achievement of input.achievements) for (const id of achievement.ownerIds) add('achievement', id, achievement.year);
  for (const person of input.people) {
    for (const honour of person.honours) add('honour', person.id, honour.year);
    const history = [...(person.gradeHistory ?? [])].sort((a, b) => (a.on < b.on ? -1 : a.on > b.on ? 1 : 0));
    for (let i = 1; i < history.length; i++) {
      const [before, after] = [history[i - 1], history[i]] as [NonNullable<Person['gradeHistory']>[number], NonNullable<Person['gradeHistory']>[number]];
      if (SKILL_GRADES.indexOf(after.grade) > SKILL_GRADES.indexOf(before.grade)) add('grade_raised', person.id, Number(after.on.slice(0, 4)));
    }
  }

  const members = new Map<number, Id[]>();
  for (const [personId, year] of cohortOf) members.set(year, [...(members.get(year) ?? []), personId]);

  const newest = Math.max(...members.keys(), ...[...events.values()].flatMap((byPerson) => [...byPerson.values()].flatMap((years) => [...years])));
  const lastYear = Math.min(input.untilYear, newest);

  return [...members.entries()]
    .sort(([a], [b]) => a - b)
    .map(([year, personIdsUnsorted]) => {
      const personIds = [...personIdsUnsorted].sort();
      const followed = Array.from({ length: Math.max(0, lastYear - year + 1) }, (_, i) => year + i);
      const rows = COHORT_METRICS.map((metric): CohortRow => {
        const byPerson = events.get(metric) as Map<Id, Set<number>>;
        const byYear = followed.map((y) => ({ year: y, personIds: personIds.filter((id) => byPerson.get(id)?.has(y)) }));
        const counted = new Set(byYear.flatMap((c) => c.personIds));
        const ever = personIds.filter((id) => counted.has(id) || (metric === 'joined_studio' && inStudio.has(id) && !joinYear.has(id)));
        return { metric, byYear, ever };
      });
      return { year, personIds, rows };
    });
}
