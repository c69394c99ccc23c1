/**
 * The union's annual report (工会年度报告) as data: the dashboard's figures for the year (with last year's beside
 * them), chart series, highlights as codes with parameters, and the lists behind them. Language-neutral: the
 * writers (docx, xlsx, the print view) turn keys into words through a label function from the renderer.
 */
import type { AchievementKind, AwardKey, Id, Incentive, Level, ProjectStage, StudioKind } from '../domain';
import type { StudioRatingKey } from '../dashboard/types';

export const REPORT_FORMAT_VERSION = 1;

export type ReportFigureKey =
  | 'competitions'
  | 'entries'
  | 'participants'
  | 'honouredPeople'
  | 'awards'
  | 'studios'
  | 'activeProjects'
  | 'achievements'
  | 'utilityModelPatents'
  | 'savingsFen'
  | 'projectsFromCompetitions'
  | 'winnersInStudio'
  | 'winnersNotInStudio'
  | 'crossDepartmentProjects'
  | 'incentives'
  | 'incentivesFen';

export interface ReportFigure {
  readonly key: ReportFigureKey;
  readonly value: number;
  /** Last year's value when the workspace has that year. */
  readonly previous?: number;
  /** Money in fen (shown in yuan). */
  readonly money: boolean;
}

export type ReportChartKey = 'competitionsByLevel' | 'awards' | 'studiosByRating' | 'projectsByStage' | 'achievementsByKind' | 'incentivesByKind';

/** One chart: bars labelled by an enum key (`level.national`, `stage.trial`…) or a plain label. */
export interface ReportChart {
  readonly key: ReportChartKey;
  readonly bars: readonly { readonly labelKey: string; readonly value: number }[];
}

export type ReportHighlight =
  | { readonly code: 'competitions'; readonly params: { count: number; national: number; provincial: number; municipal: number; company: number; grassroots: number } }
  | { readonly code: 'participants'; readonly params: { participants: number; entries: number; winners: number } }
  | { readonly code: 'studios'; readonly params: { count: number; municipalOrAbove: number; achievements: number; patents: number } }
  | { readonly code: 'savings'; readonly params: { savingsFen: number } }
  | { readonly code: 'synergy'; readonly params: { fromCompetitions: number; winnersInStudio: number; pipeline: number; crossDepartment: number } }
  | { readonly code: 'incentives'; readonly params: { count: number; people: number; amountFen: number } }
  | { readonly code: 'growth'; readonly params: { key: ReportFigureKey; previous: number; value: number; previousYear: number } };

export interface ReportCompetitionRow {
  readonly id: Id;
  readonly name: string;
  readonly level: Level;
  readonly trade: string;
  readonly startDate: string;
  readonly entries: number;
}

export interface ReportWinnerRow {
  readonly personId: Id;
  readonly name: string;
  readonly department: string;
  readonly competitionId: Id;
  readonly competitionName: string;
  readonly level: Level;
  readonly award: AwardKey;
}

export interface ReportStudioRow {
  readonly id: Id;
  readonly name: string;
  readonly kind: StudioKind;
  readonly rating: StudioRatingKey;
  readonly leadName: string;
  readonly members: number;
  readonly projects: number;
  readonly achievements: number;
  readonly savingsFen: number;
}

export interface ReportProjectRow {
  readonly id: Id;
  readonly title: string;
  readonly studioName: string;
  readonly stage: ProjectStage;
  readonly fromCompetition: boolean;
  /** Savings of the project's achievements registered in the year. */
  readonly savingsFen: number;
}

export interface ReportAchievementRow {
  readonly id: Id;
  readonly title: string;
  readonly kind: AchievementKind;
  readonly studioName: string;
  readonly savingsFen: number;
}

export interface ReportIncentiveGroup {
  readonly key: string;
  readonly count: number;
  readonly amountFen: number;
}

export interface UnionAnnualReport {
  readonly format: typeof REPORT_FORMAT_VERSION;
  readonly year: number;
  readonly previousYear: number | null;
  readonly figures: readonly ReportFigure[];
  readonly charts: readonly ReportChart[];
  readonly highlights: readonly ReportHighlight[];
  readonly competitionsByLevel: readonly { readonly level: Level; readonly competitions: readonly ReportCompetitionRow[] }[];
  /** Every award winner of the year's settled results, best level and award first. */
  readonly winners: readonly ReportWinnerRow[];
  readonly studios: readonly ReportStudioRow[];
  /** The year's active projects with the most savings, then the furthest stage. */
  readonly topProjects: readonly ReportProjectRow[];
  /** The year's achievements with the most savings. */
  readonly topAchievements: readonly ReportAchievementRow[];
  readonly incentives: {
    readonly count: number;
    readonly people: number;
    readonly amountFen: number;
    readonly byKind: readonly (ReportIncentiveGroup & { readonly key: Incentive['kind'] })[];
    readonly bySource: readonly ReportIncentiveGroup[];
    /** Rewards still waiting for approval (not counted above). */
    readonly pending: number;
  };
}
