/**
 * The dashboard's charts as data: for each chart its categories, its series and, for every bar, the figure (with
 * the ids of the records) behind it. Values come from computeYearFigures; nothing here counts anything.
 */
import type { TFunction } from 'i18next';
import type { Figure, YearFigures } from '../../../shared/dashboard/types';
import { STUDIO_RATING_KEYS } from '../../../shared/dashboard/types';
import { ACHIEVEMENT_KINDS, AWARD_KEYS, LEVELS, PROJECT_STAGES, STUDIO_KINDS } from '../../../shared/domain';

export interface ChartSeries {
  readonly key: string;
  readonly label: string;
  /** One figure per category, in category order. */
  readonly figures: readonly Figure[];
}

export interface ChartSpec {
  readonly key: string;
  readonly title: string;
  readonly categories: readonly string[];
  readonly series: readonly ChartSeries[];
  /** Values are money in fen (shown in yuan). */
  readonly money?: boolean;
  /** Bars run sideways when there are many categories with long names. */
  readonly horizontal?: boolean;
  /** Several series stack into one bar per category. */
  readonly stacked?: boolean;
}

function single(key: string, title: string, label: string, entries: readonly (readonly [string, Figure])[], extra: Partial<ChartSpec> = {}): ChartSpec {
  return { key, title, categories: entries.map(([c]) => c), series: [{ key, label, figures: entries.map(([, f]) => f) }], ...extra };
}

export function buildChartViews(f: YearFigures, t: TFunction): ChartSpec[] {
  const level = (l: string) => t(`enums.level.${l}`);
  const trades = Object.entries(f.competitionsByTrade).sort((a, b) => b[1].value - a[1].value || (a[0] < b[0] ? -1 : 1));
  const ratingKeys = STUDIO_RATING_KEYS.filter((r) => STUDIO_KINDS.some((k) => f.studiosByKindAndRating[k][r].value > 0));
  const stages = PROJECT_STAGES.filter((s) => f.projectsByStage[s].value > 0);
  const kinds = ACHIEVEMENT_KINDS.filter((k) => f.achievementsByKind[k].value > 0);
  const savingKinds = ACHIEVEMENT_KINDS.filter((k) => f.savingsByKind[k].value > 0);

  return [
    single('competitions-level', t('dashboardCharts.competitionsByLevel'), t('dashboard.competitions'), LEVELS.map((l) => [level(l), f.competitionsByLevel[l]] as const)),
    single('competitions-trade', t('dashboardCharts.competitionsByTrade'), t('dashboard.competitions'), trades, { horizontal: true }),
    single('participants-level', t('dashboardCharts.participantsByLevel'), t('dashboard.participants'), LEVELS.map((l) => [level(l), f.participantsByLevel[l]] as const)),
    single('awards', t('dashboardCharts.awards'), t('dashboardCharts.awardedEntries'), AWARD_KEYS.map((a) => [t(`dashboardCharts.award.${a}`), f.awards[a]] as const)),
    {
      key: 'studios',
      title: t('dashboardCharts.studiosByKindAndRating'),
      categories: STUDIO_KINDS.map((k) => t(`enums.studioKind.${k}`)),
      series: ratingKeys.map((r) => ({
        key: r,
        label: r === 'unrated' ? t('dashboard.unrated') : level(r),
        figures: STUDIO_KINDS.map((k) => f.studiosByKindAndRating[k][r]),
      })),
      stacked: true,
    },
    single('projects-stage', t('dashboardCharts.projectsByStage'), t('dashboardCharts.projects'), stages.map((s) => [t(`enums.projectStage.${s}`), f.projectsByStage[s]] as const)),
    single('achievements-kind', t('dashboardCharts.achievementsByKind'), t('dashboard.achievements'), kinds.map((k) => [t(`enums.achievementKind.${k}`), f.achievementsByKind[k]] as const), { horizontal: true }),
    single('savings-kind', t('dashboardCharts.savingsByKind'), t('dashboard.savings'), savingKinds.map((k) => [t(`enums.achievementKind.${k}`), f.savingsByKind[k]] as const), { money: true, horizontal: true }),
  ];
}
