/**
 * Year-over-year trends of the dashboard's headline figures: for each figure, its value per year (oldest first)
 * and the change from the year before, absolute and in percent (null when the year before was zero or absent).
 */
import type { Figure, YearFigures } from './types';

export const TREND_METRICS = [
  'competitions',
  'participants',
  'awards',
  'honouredPeople',
  'studios',
  'achievements',
  'utilityModelPatents',
  'savingsFen',
  'projectsFromCompetitions',
  'incentivesFen',
] as const;
export type TrendMetric = (typeof TREND_METRICS)[number];

export interface TrendPoint {
  readonly year: number;
  readonly value: number;
  readonly figure: Figure;
  /** Change from the previous year in the series; null for the first year. */
  readonly change: number | null;
  /** Change in percent, rounded to one decimal; null when there is no previous year or it was zero. */
  readonly changePercent: number | null;
}

export function trendFigure(f: YearFigures, metric: TrendMetric): Figure {
  switch (metric) {
    case 'awards': {
      const ids = [...f.awards.first.ids, ...f.awards.second.ids, ...f.awards.third.ids].sort();
      return { table: 'entries', ids, value: ids.length };
    }
    case 'projectsFromCompetitions':
      return f.synergy.projectsFromCompetitions;
    case 'incentivesFen':
      return f.synergy.incentivesFen;
    default:
      return f[metric];
  }
}

export function computeTrends(figuresByYear: readonly YearFigures[]): Record<TrendMetric, TrendPoint[]> {
  const years = [...figuresByYear].sort((a, b) => a.year - b.year);
  const out = {} as Record<TrendMetric, TrendPoint[]>;
  for (const metric of TREND_METRICS) {
    out[metric] = years.map((f, i) => {
      const figure = trendFigure(f, metric);
      const previous = i > 0 ? trendFigure(years[i - 1]!, metric).value : null;
      const change = previous === null ? null : figure.value - previous;
      const changePercent = previous === null || previous === 0 ? null : Math.round(((figure.value - previous) * 1000) / previous) / 10;
      return { year: f.year, value: figure.value, figure, change, changePercent };
    });
  }
  return out;
}
