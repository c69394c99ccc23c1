/**
 * Builds the union's annual report from the dashboard's figures for the year (and last year's, for the change)
 * and the records those figures name: lists are the figures' own ids resolved to names, so the report and the
 * dashboard cannot disagree. Pure; see ./types.ts for what it returns.
 */
import {
  ACHIEVEMENT_KINDS,
  AWARD_KEYS,
  INCENTIVE_KINDS,
  INCENTIVE_SOURCE_KINDS,
  LEVELS,
  PROJECT_STAGES,
  isLevelAtLeast,
  type Achievement,
  type Competition,
  type Department,
  type Entry,
  type Id,
  type Incentive,
  type Person,
  type Project,
  type Studio,
} from '../domain';
import { incentiveStatusOf } from '../incentives/incentiveStatusOf';
import { STUDIO_RATING_KEYS, type StudioRatingKey, type YearFigures } from '../dashboard/types';
import {
  REPORT_FORMAT_VERSION,
  type ReportChart,
  type ReportFigure,
  type ReportFigureKey,
  type ReportHighlight,
  type ReportProjectRow,
  type ReportWinnerRow,
  type UnionAnnualReport,
} from './types';

export interface UnionReportInputs {
  readonly figures: YearFigures;
  /** The dashboard's figures for the year before, when the workspace has it (ignored when it has no competitions). */
  readonly previous?: YearFigures | null;
  /** Records named by the figures (extra records are ignored). */
  readonly competitions: readonly Pick<Competition, 'id' | 'name' | 'level' | 'trade' | 'startDate'>[];
  readonly entries: readonly Pick<Entry, 'id' | 'competitionId' | 'memberIds'>[];
  readonly people: readonly Pick<Person, 'id' | 'name' | 'departmentId'>[];
  readonly departments: readonly Pick<Department, 'id' | 'name'>[];
  readonly studios: readonly Pick<Studio, 'id' | 'name' | 'kind' | 'leadId' | 'memberIds'>[];
  readonly projects: readonly Pick<Project, 'id' | 'title' | 'studioId' | 'stage' | 'originCompetitionId'>[];
  readonly achievements: readonly Pick<Achievement, 'id' | 'title' | 'kind' | 'studioId' | 'projectId' | 'annualSavingsFen'>[];
  /** The year's rewards, any status. */
  readonly incentives: readonly Pick<Incentive, 'id' | 'personId' | 'kind' | 'sourceKind' | 'amountFen' | 'status'>[];
}

/** How many projects and achievements the "top" lists keep. */
export const TOP_COUNT = 10;

const byCodePoint = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0);

function headlineFigures(f: YearFigures): Record<ReportFigureKey, { value: number; money: boolean }> {
  const count = (value: number) => ({ value, money: false });
  const s = f.synergy;
  return {
    competitions: count(f.competitions.value),
    entries: count(f.entries.value),
    participants: count(f.participants.value),
    honouredPeople: count(f.honouredPeople.value),
    awards: count(AWARD_KEYS.reduce((sum, k) => sum + f.awards[k].value, 0)),
    studios: count(f.studios.value),
    activeProjects: count(PROJECT_STAGES.reduce((sum, k) => sum + f.projectsByStage[k].value, 0)),
    achievements: count(f.achievements.value),
    utilityModelPatents: count(f.utilityModelPatents.value),
    savingsFen: { value: f.savingsFen.value, money: true },
    projectsFromCompetitions: count(s.projectsFromCompetitions.value),
    winnersInStudio: count(s.winnersInStudio.value),
    winnersNotInStudio: count(s.winnersNotInStudio.value),
    crossDepartmentProjects: count(s.crossDepartmentProjects.value),
    incentives: count(s.incentives.value),
    incentivesFen: { value: s.incentivesFen.value, money: true },
  };
}

function studioRatingOf(figures: YearFigures): Map<Id, StudioRatingKey> {
  const out = new Map<Id, StudioRatingKey>();
  for (const byRating of Object.values(figures.studiosByKindAndRating)) {
    for (const key of STUDIO_RATING_KEYS) for (const id of byRating[key].ids) out.set(id, key);
  }
  return out;
}

export function buildUnionAnnualReport(inputs: UnionReportInputs): UnionAnnualReport {
  const { figures } = inputs;
  // A year with no competitions is not a year of records (only a few older patents, say): comparing with it
  // would show every figure "up" from nothing, so the report then stands alone.
  const previous = inputs.previous && inputs.previous.competitions.value > 0 ? inputs.previous : null;
  const competitionById = new Map(inputs.competitions.map((c) => [c.id, c]));
  const entryById = new Map(inputs.entries.map((e) => [e.id, e]));
  const personById = new Map(inputs.people.map((p) => [p.id, p]));
  const departmentName = new Map(inputs.departments.map((d) => [d.id, d.name]));
  const studioById = new Map(inputs.studios.map((s) => [s.id, s]));
  const rating = studioRatingOf(figures);

  const now = headlineFigures(figures);
  const before = previous ? headlineFigures(previous) : null;
  const figureRows: ReportFigure[] = (Object.keys(now) as ReportFigureKey[]).map((key) => ({ key, ...now[key], ...(before ? { previous: before[key].value } : {}) }));

  const entriesOf = new Map<Id, number>();
  for (const id of figures.entries.ids) {
    const competitionId = entryById.get(id)?.competitionId;
    if (competitionId) entriesOf.set(competitionId, (entriesOf.get(competitionId) ?? 0) + 1);
  }
  const competitionsByLevel = LEVELS.map((level) => ({
    level,
    competitions: figures.competitionsByLevel[level].ids
      .flatMap((id) => competitionById.get(id) ?? [])
      .map((c) => ({ id: c.id, name: c.name, level: c.level, trade: c.trade, startDate: c.startDate, entries: entriesOf.get(c.id) ?? 0 }))
      .sort((a, b) => byCodePoint(a.startDate, b.startDate) || byCodePoint(a.name, b.name)),
  }));

  const winners: ReportWinnerRow[] = [];
  for (const award of AWARD_KEYS) {
    for (const entryId of figures.awards[award].ids) {
      const entry = entryById.get(entryId);
      const competition = entry && competitionById.get(entry.competitionId);
      if (!entry || !competition) continue;
      for (const personId of entry.memberIds) {
        const person = personById.get(personId);
        winners.push({
          personId,
          name: person?.name ?? '',
          department: (person && departmentName.get(person.departmentId)) ?? '',
          competitionId: competition.id,
          competitionName: competition.name,
          level: competition.level,
          award,
        });
      }
    }
  }
  winners.sort((a, b) => LEVELS.indexOf(a.level) - LEVELS.indexOf(b.level) || AWARD_KEYS.indexOf(a.award) - AWARD_KEYS.indexOf(b.award) || byCodePoint(a.competitionName, b.competitionName) || byCodePoint(a.name, b.name));

  const achievementById = new Map(inputs.achievements.map((a) => [a.id, a]));
  const projectById = new Map(inputs.projects.map((p) => [p.id, p]));
  const yearAchievements = figures.achievements.ids.flatMap((id) => achievementById.get(id) ?? []);
  const activeProjects = PROJECT_STAGES.flatMap((stage) => figures.projectsByStage[stage].ids).flatMap((id) => projectById.get(id) ?? []);
  const studios = figures.studios.ids
    .flatMap((id) => studioById.get(id) ?? [])
    .map((s) => {
      const achievements = yearAchievements.filter((a) => a.studioId === s.id);
      return {
        id: s.id,
        name: s.name,
        kind: s.kind,
        rating: rating.get(s.id) ?? 'unrated',
        leadName: personById.get(s.leadId)?.name ?? '',
        members: new Set([s.leadId, ...s.memberIds]).size,
        projects: activeProjects.filter((p) => p.studioId === s.id).length,
        achievements: achievements.length,
        savingsFen: achievements.reduce((sum, a) => sum + a.annualSavingsFen, 0),
      };
    })
    .sort((a, b) => STUDIO_RATING_KEYS.indexOf(a.rating) - STUDIO_RATING_KEYS.indexOf(b.rating) || byCodePoint(a.name, b.name));

  const savingsOfProject = new Map<Id, number>();
  for (const a of yearAchievements) if (a.projectId) savingsOfProject.set(a.projectId, (savingsOfProject.get(a.projectId) ?? 0) + a.annualSavingsFen);
  const stageRank = (p: Pick<Project, 'stage'>) => -PROJECT_STAGES.indexOf(p.stage);
  const topProjects: ReportProjectRow[] = activeProjects
    .filter((p) => p.stage !== 'rejected' && p.stage !== 'on_hold')
    .map((p) => ({ id: p.id, title: p.title, studioName: studioById.get(p.studioId)?.name ?? '', stage: p.stage, fromCompetition: p.originCompetitionId !== undefined, savingsFen: savingsOfProject.get(p.id) ?? 0 }))
    .sort((a, b) => b.savingsFen - a.savingsFen || stageRank(a) - stageRank(b) || byCodePoint(a.id, b.id))
    .slice(0, TOP_COUNT);
  const topAchievements = [...yearAchievements]
    .sort((a, b) => b.annualSavingsFen - a.annualSavingsFen || byCodePoint(a.id, b.id))
    .slice(0, TOP_COUNT)
    .map((a) => ({ id: a.id, title: a.title, kind: a.kind, studioName: (a.studioId && studioById.get(a.studioId)?.name) || '', savingsFen: a.annualSavingsFen }));

  const approved = inputs.incentives.filter((i) => incentiveStatusOf(i) === 'approved');
  const group = <K extends string>(keys: readonly K[], keyOf: (i: (typeof approved)[number]) => K) =>
    keys.map((key) => {
      const rows = approved.filter((i) => keyOf(i) === key);
      return { key, count: rows.length, amountFen: rows.reduce((sum, i) => sum + i.amountFen, 0) };
    });
  const incentives = {
    count: approved.length,
    people: new Set(approved.map((i) => i.personId)).size,
    amountFen: approved.reduce((sum, i) => sum + i.amountFen, 0),
    byKind: group(INCENTIVE_KINDS, (i) => i.kind),
    bySource: group(INCENTIVE_SOURCE_KINDS, (i) => i.sourceKind),
    pending: inputs.incentives.filter((i) => incentiveStatusOf(i) === 'pending').length,
  };

  return {
    format: REPORT_FORMAT_VERSION,
    year: figures.year,
    previousYear: previous ? previous.year : null,
    figures: figureRows,
    charts: charts(figures, incentives.byKind),
    highlights: highlights(figures, figureRows, previous ?? null, incentives, new Set(winners.map((w) => w.personId)).size),
    competitionsByLevel,
    winners,
    studios,
    topProjects,
    topAchievements,
    incentives,
  };
}

function charts(f: YearFigures, incentivesByKind: readonly { key: string; count: number }[]): ReportChart[] {
  const ratingTotals = STUDIO_RATING_KEYS.map((key) => ({
    labelKey: `rating.${key}`,
    value: Object.values(f.studiosByKindAndRating).reduce((sum, byRating) => sum + byRating[key].value, 0),
  }));
  return [
    { key: 'competitionsByLevel', bars: LEVELS.map((l) => ({ labelKey: `level.${l}`, value: f.competitionsByLevel[l].value })) },
    { key: 'awards', bars: AWARD_KEYS.map((k) => ({ labelKey: `award.${k}`, value: f.awards[k].value })) },
    { key: 'studiosByRating', bars: ratingTotals.filter((r) => r.value > 0) },
    { key: 'projectsByStage', bars: PROJECT_STAGES.map((s) => ({ labelKey: `stage.${s}`, value: f.projectsByStage[s].value })).filter((b) => b.value > 0) },
    { key: 'achievementsByKind', bars: ACHIEVEMENT_KINDS.map((k) => ({ labelKey: `achievementKind.${k}`, value: f.achievementsByKind[k].value })).filter((b) => b.value > 0) },
    { key: 'incentivesByKind', bars: incentivesByKind.map((g) => ({ labelKey: `incentiveKind.${g.key}`, value: g.count })) },
  ];
}

function highlights(
  f: YearFigures,
  figureRows: readonly ReportFigure[],
  previous: YearFigures | null,
  incentives: { count: number; people: number; amountFen: number },
  winners: number,
): ReportHighlight[] {
  const level = (l: (typeof LEVELS)[number]) => f.competitionsByLevel[l].value;
  const municipalOrAbove = Object.values(f.studiosByKindAndRating).reduce(
    (sum, byRating) => sum + STUDIO_RATING_KEYS.filter((k) => k !== 'unrated' && isLevelAtLeast(k, 'municipal')).reduce((s, k) => s + byRating[k].value, 0),
    0,
  );
  const out: ReportHighlight[] = [
    { code: 'competitions', params: { count: f.competitions.value, national: level('national'), provincial: level('provincial'), municipal: level('municipal'), company: level('company'), grassroots: level('grassroots') } },
    { code: 'participants', params: { participants: f.participants.value, entries: f.entries.value, winners } },
    { code: 'studios', params: { count: f.studios.value, municipalOrAbove, achievements: f.achievements.value, patents: f.utilityModelPatents.value } },
    { code: 'savings', params: { savingsFen: f.savingsFen.value } },
    {
      code: 'synergy',
      params: {
        fromCompetitions: f.synergy.projectsFromCompetitions.value,
        winnersInStudio: f.synergy.winnersInStudio.value,
        pipeline: f.synergy.winnersNotInStudio.value,
        crossDepartment: f.synergy.crossDepartmentProjects.value,
      },
    },
    { code: 'incentives', params: incentives },
  ];
  if (previous) {
    for (const key of ['competitions', 'participants', 'achievements', 'savingsFen'] as const) {
      const row = figureRows.find((r) => r.key === key);
      if (row?.previous !== undefined && row.previous > 0) out.push({ code: 'growth', params: { key, previous: row.previous, value: row.value, previousYear: previous.year } });
    }
  }
  return out;
}
