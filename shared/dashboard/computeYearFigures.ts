/**
 * The org dashboard for one year, computed from the records alone (DESIGN §2 "Synergy"): competitions by level,
 * entries and participants, honoured people, studios by kind and rating, achievements, patents and savings, and
 * the synergy figures. Pure: same records, same figures; each figure lists the ids it was computed from.
 */
import {
  ACHIEVEMENT_KINDS,
  AWARD_KEYS,
  LEVELS,
  PROJECT_STAGES,
  STUDIO_KINDS,
  isLevelAtLeast,
  type AchievementKind,
  type AwardKey,
  type HonourKind,
  type Id,
  type Level,
  type ProjectStage,
  type StudioKind,
  type WorkspaceTable,
} from '../domain';
import { incentiveStatusOf } from '../incentives/incentiveStatusOf';
import type { DashboardRecords, DashboardRow } from './dashboardRecords';
import { currentRating } from './currentRating';
import { isProjectActiveInYear } from './isProjectActiveInYear';
import { STUDIO_RATING_KEYS, type Figure, type StudioRatingKey, type SynergyFigures, type YearFigures } from './types';

/** Honours the dashboard counts, and the lowest level that counts. */
const COUNTED_HONOURS: ReadonlySet<HonourKind> = new Set(['model_worker', 'may_day_medal']);
const HONOUR_FLOOR: Level = 'municipal';

/** Members from this many departments make a project cross-department. */
const CROSS_DEPARTMENT_MIN = 3;

function figure<T extends WorkspaceTable>(table: T, ids: Iterable<Id>, value?: number): Figure<T> {
  const sorted = [...new Set(ids)].sort((a, b) => (a < b ? -1 : a > b ? 1 : 0));
  return { table, ids: sorted, value: value ?? sorted.length };
}

function byKey<K extends string, T extends WorkspaceTable>(
  keys: readonly K[],
  table: T,
  rows: readonly { id: Id; key: K }[],
): Record<K, Figure<T>> {
  const out = {} as Record<K, Figure<T>>;
  for (const key of keys) out[key] = figure(table, rows.filter((r) => r.key === key).map((r) => r.id));
  return out;
}

export function computeYearFigures(records: DashboardRecords, year: number): YearFigures {
  const competitions = records.competitions.filter((c) => c.year === year);
  const competitionIds = new Set(competitions.map((c) => c.id));
  const entries = records.entries.filter((e) => competitionIds.has(e.competitionId));

  const honoured = records.people.filter((p) => isHonoured(p, year));

  const studios = records.studios.filter((s) => s.foundedYear <= year);
  const studioRatings = studios.map((s) => ({
    id: s.id,
    kind: s.kind,
    key: (currentRating(s, year)?.level ?? 'unrated') as StudioRatingKey,
  }));
  const studiosByKindAndRating = {} as Record<StudioKind, Record<StudioRatingKey, Figure<'studios'>>>;
  for (const kind of STUDIO_KINDS) {
    studiosByKindAndRating[kind] = byKey(STUDIO_RATING_KEYS, 'studios', studioRatings.filter((s) => s.kind === kind));
  }

  const achievements = records.achievements.filter((a) => a.year === year);
  const activeProjects = records.projects.filter((p) => isProjectActiveInYear(p, year));
  const withSavings = achievements.filter((a) => a.annualSavingsFen > 0);

  return {
    year,
    competitions: figure('competitions', competitions.map((c) => c.id)),
    competitionsByLevel: byKey(LEVELS, 'competitions', competitions.map((c) => ({ id: c.id, key: c.level }))),
    competitionsByTrade: byKey(
      [...new Set(competitions.map((c) => c.trade))].sort(),
      'competitions',
      competitions.map((c) => ({ id: c.id, key: c.trade })),
    ),
    entries: figure('entries', entries.map((e) => e.id)),
    participants: figure('people', entries.flatMap((e) => e.memberIds)),
    participantsByLevel: participantsByLevel(competitions, entries),
    honouredPeople: figure('people', honoured.map((p) => p.id)),
    awards: awardsOfYear(records, competitionIds),
    studios: figure('studios', studios.map((s) => s.id)),
    studiosByKindAndRating,
    achievements: figure('achievements', achievements.map((a) => a.id)),
    achievementsByKind: byKey<AchievementKind, 'achievements'>(
      ACHIEVEMENT_KINDS,
      'achievements',
      achievements.map((a) => ({ id: a.id, key: a.kind })),
    ),
    utilityModelPatents: figure('achievements', achievements.filter((a) => a.kind === 'utility_model').map((a) => a.id)),
    projectsByStage: byKey<ProjectStage, 'projects'>(PROJECT_STAGES, 'projects', activeProjects.map((p) => ({ id: p.id, key: p.stage }))),
    savingsByKind: savingsByKind(withSavings),
    savingsFen: figure(
      'achievements',
      withSavings.map((a) => a.id),
      withSavings.reduce((sum, a) => sum + a.annualSavingsFen, 0),
    ),
    synergy: computeSynergy(records, year, competitionIds, studios, activeProjects),
  };
}

function participantsByLevel(
  competitions: DashboardRecords['competitions'],
  entries: DashboardRecords['entries'],
): Record<Level, Figure<'people'>> {
  const levelOf = new Map(competitions.map((c) => [c.id, c.level]));
  const out = {} as Record<Level, Figure<'people'>>;
  for (const level of LEVELS) out[level] = figure('people', entries.filter((e) => levelOf.get(e.competitionId) === level).flatMap((e) => e.memberIds));
  return out;
}

function savingsByKind(withSavings: DashboardRecords['achievements']): Record<AchievementKind, Figure<'achievements'>> {
  const out = {} as Record<AchievementKind, Figure<'achievements'>>;
  for (const kind of ACHIEVEMENT_KINDS) {
    const ofKind = withSavings.filter((a) => a.kind === kind);
    out[kind] = figure('achievements', ofKind.map((a) => a.id), ofKind.reduce((sum, a) => sum + a.annualSavingsFen, 0));
  }
  return out;
}

function isHonoured(person: DashboardRow<'people'>, year: number): boolean {
  return person.honours.some(
    (h) => COUNTED_HONOURS.has(h.kind) && isLevelAtLeast(h.level, HONOUR_FLOOR) && h.year <= year,
  );
}

function computeSynergy(
  records: DashboardRecords,
  year: number,
  competitionIds: ReadonlySet<Id>,
  studios: DashboardRecords['studios'],
  projects: DashboardRecords['projects'],
): SynergyFigures {
  const departmentOf = new Map(records.people.map((p) => [p.id, p.departmentId]));
  const crossDepartment = projects.filter((p) => {
    const departments = new Set(p.memberIds.flatMap((id) => departmentOf.get(id) ?? []));
    return departments.size >= CROSS_DEPARTMENT_MIN;
  });

  const winners = new Set(settledAwards(records, competitionIds).flatMap((a) => a.memberIds));
  const inStudio = new Set(studios.flatMap((s) => [s.leadId, ...s.memberIds]));

  // Rewards waiting for approval, or refused, are not part of the year's ledger yet.
  const incentives = records.incentives.filter((i) => i.year === year && incentiveStatusOf(i) === 'approved');
  const paid = incentives.filter((i) => i.amountFen > 0);

  return {
    projectsFromCompetitions: figure('projects', projects.filter((p) => p.originCompetitionId !== undefined).map((p) => p.id)),
    winnersInStudio: figure('people', [...winners].filter((id) => inStudio.has(id))),
    winnersNotInStudio: figure('people', [...winners].filter((id) => !inStudio.has(id))),
    crossDepartmentProjects: figure('projects', crossDepartment.map((p) => p.id)),
    incentives: figure('incentives', incentives.map((i) => i.id)),
    incentivesFen: figure(
      'incentives',
      paid.map((i) => i.id),
      paid.reduce((sum, i) => sum + i.amountFen, 0),
    ),
  };
}

/**
 * Awarded entries in the latest publication of each of the year's published (or archived) competitions, with
 * their members. Competitions still in review have no winners yet, even if an early publication exists.
 */
function settledAwards(
  records: DashboardRecords,
  competitionIds: ReadonlySet<Id>,
): { entryId: Id; award: AwardKey; memberIds: readonly Id[] }[] {
  const settled = new Set(
    records.competitions
      .filter((c) => competitionIds.has(c.id) && (c.status === 'published' || c.status === 'archived'))
      .map((c) => c.id),
  );
  const latest = new Map<Id, DashboardRow<'publications'>>();
  for (const p of records.publications) {
    if (!settled.has(p.competitionId)) continue;
    const seen = latest.get(p.competitionId);
    if (!seen || Date.parse(p.publishedAt) > Date.parse(seen.publishedAt)) latest.set(p.competitionId, p);
  }
  const membersOf = new Map(records.entries.map((e) => [e.id, e.memberIds]));
  const out: { entryId: Id; award: AwardKey; memberIds: readonly Id[] }[] = [];
  for (const publication of latest.values()) {
    for (const result of publication.results) {
      if (result.award) out.push({ entryId: result.entryId, award: result.award, memberIds: membersOf.get(result.entryId) ?? [] });
    }
  }
  return out;
}

function awardsOfYear(records: DashboardRecords, competitionIds: ReadonlySet<Id>): Record<AwardKey, Figure<'entries'>> {
  return byKey(AWARD_KEYS, 'entries', settledAwards(records, competitionIds).map((a) => ({ id: a.entryId, key: a.award })));
}
