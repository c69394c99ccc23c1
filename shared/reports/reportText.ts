/**
 * Words for the report files come from the renderer in the user's language (i18n keys under reports.annual);
 * this module only shapes what the keys are called with: money as yuan text, highlights' parameters, chart SVGs.
 */
import { barChartSvg } from '../studios/ledger/barChartSvg';
import { yuanText } from '../studios/ledger/ledgerLabels';
import type { ReportHighlight, UnionAnnualReport } from './types';

/**
 * A label in the user's language. Keys: the report's own (`title`, `sections.figures`, `columns.name`, …) and
 * enum values by prefix: `level.*`, `award.*`, `rating.*`, `stage.*`, `achievementKind.*`, `incentiveKind.*`,
 * `studioKind.*`, `sourceKind.*`.
 */
export type ReportLabel = (key: string, params?: Record<string, string | number>) => string;

export { yuanText };

/** The highlight's parameters for its sentence: money already as yuan text, counts as numbers. */
export function highlightParams(highlight: ReportHighlight, label: ReportLabel): Record<string, string | number> {
  switch (highlight.code) {
    case 'savings':
      return { savings: yuanText(highlight.params.savingsFen) };
    case 'incentives':
      return { count: highlight.params.count, people: highlight.params.people, amount: yuanText(highlight.params.amountFen) };
    case 'growth': {
      const { key, previous, value, previousYear } = highlight.params;
      const money = key === 'savingsFen';
      const change = Math.round(((value - previous) * 1000) / previous) / 10;
      return {
        figure: label(`figures.${key}`),
        previousYear,
        previous: money ? yuanText(previous) : previous,
        value: money ? yuanText(value) : value,
        change: `${change >= 0 ? '+' : ''}${change}%`,
      };
    }
    default:
      return { ...highlight.params };
  }
}

export function highlightSentence(highlight: ReportHighlight, label: ReportLabel): string {
  return label(`highlights.${highlight.code}`, highlightParams(highlight, label));
}

export interface ChartImage {
  readonly key: string;
  readonly title: string;
  readonly svg: string;
  readonly width: number;
  readonly height: number;
}

const COLORS = ['#b71c1c', '#1565c0', '#2e7d32', '#6a1b9a', '#ef6c00', '#00838f'];

/** The report's charts as SVG text (the print view shows them; the renderer rasterises them for the .docx). */
export function reportChartSvgs(report: UnionAnnualReport, label: ReportLabel): ChartImage[] {
  return report.charts.map((chart, i) => {
    const title = label(`charts.${chart.key}`, { year: report.year });
    const drawn = barChartSvg(title, chart.bars.map((b) => ({ label: label(b.labelKey), value: b.value })), { color: COLORS[i % COLORS.length]!, labelWidth: 200 });
    return { key: chart.key, title, ...drawn };
  });
}
