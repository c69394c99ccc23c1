/**
 * A complete, realistic demo workspace: one year in the life of 临江市轨道交通集团, a fictional metro operator —
 * 83 competitions with 2,000+ entries and published results, 18 studios with their projects, 105 achievements
 * and activities, the incentives ledger and a knowledge base — from which the org dashboard computes its
 * figures (DESIGN §2, §7).
 *
 * Deterministic: the same options give byte-identical JSON. Every id is readable (dept-03, person-0412,
 * comp-2024-017) and every timestamp derives from the year and `now`, never from the clock. Marks and their
 * event log stay empty: published results live in the publications.
 *
 * The modules run in story order, each using what the previous ones made: organisation → competitions →
 * entries → results → studios (taking in some winners) → projects (some born from competitions) →
 * achievements → activities (coaching links studios to entrants) → judges (never an entrant's coach) →
 * incentives → knowledge.
 */
import type { Entry, WorkspaceRecords } from '../domain';
import { createDemoContext, type DemoOptions } from './context';
import { generateAchievements } from './generateAchievements';
import { generateActivities } from './generateActivities';
import { generateCompetitions } from './generateCompetitions';
import { generateEntries } from './generateEntries';
import { generateIncentives } from './generateIncentives';
import { generateJudges } from './generateJudges';
import { generateReviewMarks } from './generateReviewMarks';
import { generateKnowledge } from './generateKnowledge';
import { generateOrganisation } from './generateOrganisation';
import { generateProjects } from './generateProjects';
import { generateStudios } from './generateStudios';
import { publishResults } from './publishResults';
import { withUnitTeams } from './unitTeams';
import { winnersOf } from './winnersOf';

export type { DemoOptions } from './context';

export function generateDemoWorkspace(options: DemoOptions = {}): WorkspaceRecords {
  const ctx = createDemoContext(options);
  const org = generateOrganisation(ctx);
  const competitions = generateCompetitions(ctx, org);
  const drawnEntries = generateEntries(ctx, org, competitions);
  const { publications, appeals } = publishResults(ctx, org, competitions, groupByCompetition(drawnEntries));

  const winners = winnersOf(
    competitions.map((c) => c.record),
    publications,
    new Map(drawnEntries.map((e) => [e.id, e])),
  );
  const studios = generateStudios(ctx, org, winners.byTrade);
  const projects = generateProjects(ctx, org, { studios, competitions, winnersByCompetition: winners.byCompetition });
  const achievements = generateAchievements(ctx, org, studios, projects);
  const { activities, coachesByEntry } = generateActivities(ctx, org, studios, competitions, groupByCompetition(drawnEntries));

  const coachedEntries = drawnEntries.map((entry): Entry => {
    const coachIds = coachesByEntry.get(entry.id);
    return coachIds ? { ...entry, coachIds: [...coachIds] } : entry;
  });
  const { competitions: competitionRecords, entries } = withUnitTeams(
    org,
    competitions.map((c) => c.record),
    coachedEntries,
  );
  const entriesByCompetition = groupByCompetition(entries);
  const entryById = new Map(entries.map((e) => [e.id, e]));
  const judges = generateJudges(ctx, org, competitions, entriesByCompetition);
  const { marks, markEvents } = generateReviewMarks(ctx, org, competitionRecords, entriesByCompetition, judges);
  const incentives = generateIncentives(ctx, org, { competitions: competitionRecords, publications, entryById, projects });
  const { categories, articles } = generateKnowledge(ctx, org, {
    competitions,
    publications,
    entryById,
    studios,
    projects,
    achievements,
  });

  return {
    departments: org.departments,
    people: org.people,
    competitions: competitionRecords,
    entries,
    judges,
    marks,
    markEvents,
    appeals,
    publications,
    studios,
    projects,
    achievements,
    activities,
    incentives,
    categories,
    articles,
  };
}

function groupByCompetition(entries: readonly Entry[]): Map<string, Entry[]> {
  const map = new Map<string, Entry[]>();
  for (const entry of entries) {
    const list = map.get(entry.competitionId) ?? [];
    list.push(entry);
    map.set(entry.competitionId, list);
  }
  return map;
}
