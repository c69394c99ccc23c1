/**
 * A studio's yearly ledger (台账) and the figures of its annual report, from the records alone. Pure; like
 * computeYearFigures, every figure keeps the ids of the records behind it.
 */
import { SKILL_GRADES, type Achievement, type AchievementKind, type Activity, type Person, type Project, type ProjectStage, type Studio } from '../../domain';
import { studioFundYear, type StudioFundYear } from '../fundLedger';
import { isPatentKind, patentExpiresOn } from '../patentTerm';
import { BOARD_STAGES } from '../projectStages';

export interface LedgerPatent {
  readonly achievementId: string;
  readonly title: string;
  readonly kind: AchievementKind;
  readonly number: string;
  readonly filedOn: string;
  readonly status: string;
  readonly expiresOn: string;
}

export interface LedgerPromotion {
  readonly personId: string;
  readonly name: string;
  readonly grade: string;
  readonly on: string;
}

export interface StudioLedger {
  readonly studioId: string;
  readonly studioName: string;
  readonly year: number;
  /** Projects active in the year (started by its end, not closed before it), by current stage. */
  readonly projectsByStage: readonly { readonly stage: ProjectStage; readonly ids: readonly string[] }[];
  readonly projects: readonly Project[];
  /** Achievements registered in the year. */
  readonly achievements: readonly Achievement[];
  readonly achievementsByKind: readonly { readonly kind: AchievementKind; readonly ids: readonly string[] }[];
  readonly patents: readonly LedgerPatent[];
  /** Σ annual savings of the year's achievements, fen. */
  readonly benefitFen: number;
  readonly activities: readonly Activity[];
  readonly trainings: { readonly count: number; readonly hours: number; readonly personTimes: number; readonly personHours: number; readonly ids: readonly string[] };
  readonly promotions: readonly LedgerPromotion[];
  readonly fund: StudioFundYear;
}

function activeInYear(project: Project, year: number): boolean {
  if (Number(project.startDate.slice(0, 4)) > year) return false;
  const closed = project.stage === 'rejected' || project.stage === 'completed' || project.stage === 'rolled_out';
  const closedOn = closed ? project.gates.at(-1)?.at : undefined;
  return !closedOn || Number(closedOn.slice(0, 4)) >= year;
}

export function buildStudioLedger(input: {
  studio: Studio;
  projects: readonly Project[];
  achievements: readonly Achievement[];
  activities: readonly Activity[];
  members: readonly Person[];
  year: number;
}): StudioLedger {
  const { studio, year } = input;
  const prefix = `${year}-`;
  const projects = input.projects.filter((p) => activeInYear(p, year)).sort((a, b) => a.startDate.localeCompare(b.startDate));
  const achievements = input.achievements.filter((a) => a.year === year).sort((a, b) => a.date.localeCompare(b.date));
  const activities = input.activities.filter((a) => a.date.startsWith(prefix)).sort((a, b) => a.date.localeCompare(b.date));
  const kinds = [...new Set(achievements.map((a) => a.kind))];
  const patents = achievements.flatMap((a) =>
    isPatentKind(a.kind) && a.patent
      ? [{ achievementId: a.id, title: a.title, kind: a.kind, number: a.patent.number ?? '', filedOn: a.patent.filedOn, status: a.patent.status, expiresOn: patentExpiresOn(a.kind, a.patent.filedOn) }]
      : [],
  );
  const promotions = input.members.flatMap((m) => {
    const history = [...(m.gradeHistory ?? [])].sort((a, b) => a.on.localeCompare(b.on));
    return history.flatMap((h, i) => {
      const before = history[i - 1];
      const higher = !before || SKILL_GRADES.indexOf(h.grade) > SKILL_GRADES.indexOf(before.grade);
      return h.on.startsWith(prefix) && higher && before ? [{ personId: m.id, name: m.name, grade: h.grade, on: h.on }] : [];
    });
  });
  return {
    studioId: studio.id,
    studioName: studio.name,
    year,
    projectsByStage: BOARD_STAGES.map((stage) => ({ stage, ids: projects.filter((p) => p.stage === stage).map((p) => p.id) })).filter((s) => s.ids.length > 0),
    projects,
    achievements,
    achievementsByKind: kinds.map((kind) => ({ kind, ids: achievements.filter((a) => a.kind === kind).map((a) => a.id) })),
    patents,
    benefitFen: achievements.reduce((s, a) => s + a.annualSavingsFen, 0),
    activities,
    trainings: {
      count: activities.length,
      hours: activities.reduce((s, a) => s + a.hours, 0),
      personTimes: activities.reduce((s, a) => s + a.attendeeIds.length, 0),
      personHours: activities.reduce((s, a) => s + a.hours * a.attendeeIds.length, 0),
      ids: activities.map((a) => a.id),
    },
    promotions,
    fund: studioFundYear(studio, input.projects, year),
  };
}
