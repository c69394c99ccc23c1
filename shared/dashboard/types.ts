/**
 * The org dashboard's figures for one year (DESIGN §2 "Synergy", §7). Every figure carries the ids of the
 * records behind it, so the UI can list them a click away; numbers are plain (counts, or money in fen) and
 * formatting is left to the UI.
 */
import type { AchievementKind, AwardKey, Id, Level, ProjectStage, StudioKind, WorkspaceTable } from '../domain';

/** A number on the dashboard and the records it is computed from. */
export interface Figure<T extends WorkspaceTable = WorkspaceTable> {
  /** A count of records, or for money figures a sum in fen. */
  readonly value: number;
  /** The table the ids belong to. */
  readonly table: T;
  /** Ids of the records behind the figure, sorted. */
  readonly ids: readonly Id[];
}

/** A studio's current rating level, or `unrated` when it has none (yet). */
export type StudioRatingKey = Level | 'unrated';

export const STUDIO_RATING_KEYS: readonly StudioRatingKey[] = [
  'national',
  'provincial',
  'municipal',
  'company',
  'grassroots',
  'unrated',
];

export interface YearFigures {
  readonly year: number;
  /** Competitions of the year (by `year`), any status. */
  readonly competitions: Figure<'competitions'>;
  readonly competitionsByLevel: Readonly<Record<Level, Figure<'competitions'>>>;
  /** The year's competitions by trade (工种), trades in code-point order. */
  readonly competitionsByTrade: Readonly<Record<string, Figure<'competitions'>>>;
  /** Every entry of the year's competitions, whatever its status. */
  readonly entries: Figure<'entries'>;
  /** Distinct people in those entries (each member of a team counts). */
  readonly participants: Figure<'people'>;
  /** People holding a municipal-or-higher 劳动模范 or 五一劳动奖章 awarded in or before the year. */
  readonly honouredPeople: Figure<'people'>;
  /** Distinct participants per competition level (someone in two levels counts in both). */
  readonly participantsByLevel: Readonly<Record<Level, Figure<'people'>>>;
  /** Awarded entries (first, second, third prize) in the settled results of the year's competitions. */
  readonly awards: Readonly<Record<AwardKey, Figure<'entries'>>>;
  /** Studios founded in or before the year. */
  readonly studios: Figure<'studios'>;
  /** Those studios by kind and by their rating as of the year (the highest level reached by then). */
  readonly studiosByKindAndRating: Readonly<Record<StudioKind, Readonly<Record<StudioRatingKey, Figure<'studios'>>>>>;
  /** Achievements registered in the year (by `year`). */
  readonly achievements: Figure<'achievements'>;
  readonly achievementsByKind: Readonly<Record<AchievementKind, Figure<'achievements'>>>;
  /** The year's utility-model patents (实用新型专利). */
  readonly utilityModelPatents: Figure<'achievements'>;
  /** Projects active in the year, by their current stage. */
  readonly projectsByStage: Readonly<Record<ProjectStage, Figure<'projects'>>>;
  /** Sum of annual savings of the year's achievements, in fen; ids are the achievements with savings. */
  readonly savingsFen: Figure<'achievements'>;
  /** The same savings by kind of achievement; each value is a sum in fen. */
  readonly savingsByKind: Readonly<Record<AchievementKind, Figure<'achievements'>>>;
  readonly synergy: SynergyFigures;
}

/** What only linked records can show: competitions, studios and people feeding each other. */
export interface SynergyFigures {
  /** Projects active in the year that grew out of a competition (竞赛-工作室联动). */
  readonly projectsFromCompetitions: Figure<'projects'>;
  /** Award winners of the year's published competitions who lead or belong to a studio. */
  readonly winnersInStudio: Figure<'people'>;
  /** Award winners not yet in any studio: the talent pipeline. */
  readonly winnersNotInStudio: Figure<'people'>;
  /** Projects active in the year whose members come from three or more departments. */
  readonly crossDepartmentProjects: Figure<'projects'>;
  /** The year's incentives ledger: every approved reward of the year (pending and rejected ones are left out). */
  readonly incentives: Figure<'incentives'>;
  /** Sum of the year's rewards in fen; ids are the rewards with money. */
  readonly incentivesFen: Figure<'incentives'>;
}
