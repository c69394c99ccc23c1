/** Words for the engine's codes and values in the UI language (the engine returns codes and integers). */
import type { TFunction } from 'i18next';
import type { AwardRule, Rubric, TieBreakRule } from '../../../shared/domain';
import { formatHundredths, type Hundredths, type ResultRow } from '../../../shared/scoring';

export const fmt = (h: number | undefined): string => (h === undefined ? '—' : formatHundredths(h as Hundredths));

export function tieRuleLabel(t: TFunction, rubric: Rubric, rule: TieBreakRule | undefined): string {
  if (!rule) return t('results.tie.shared');
  if (rule.kind === 'total_time') return t('results.tie.totalTime');
  if (rule.kind === 'part_score') return t('results.tie.partScore', { name: rubric.parts.find((p) => p.id === rule.partId)?.name ?? '?' });
  return t('results.tie.moduleScore', { name: rubric.parts.flatMap((p) => p.modules).find((m) => m.id === rule.moduleId)?.name ?? '?' });
}

/** A tie-break value as shown: points for score rules, minutes:seconds for time. */
export function tieValueText(rule: TieBreakRule | undefined, value: number | undefined): string {
  if (value === undefined) return '—';
  if (rule?.kind === 'total_time') {
    const seconds = value / 100;
    return `${Math.floor(seconds / 60)}:${(seconds % 60).toFixed(seconds % 1 === 0 ? 0 : 2).padStart(2, '0')}`;
  }
  return fmt(value);
}

export function awardRuleLabel(t: TFunction, rule: AwardRule): string {
  const min = rule.minTotal !== undefined ? t('results.awardRule.minTotal', { min: rule.minTotal.toFixed(2) }) : '';
  if (rule.mode === 'ratio') return t('results.awardRule.ratio', { first: rule.percents[0], second: rule.percents[1], third: rule.percents[2], rounding: t(`results.awardRule.rounding.${rule.rounding ?? 'down'}`) }) + min;
  if (rule.mode === 'count') return t('results.awardRule.count', { first: rule.counts[0], second: rule.counts[1], third: rule.counts[2] }) + min;
  return t('results.awardRule.threshold', { first: rule.thresholds[0].toFixed(2), second: rule.thresholds[1].toFixed(2), third: rule.thresholds[2].toFixed(2) }) + min;
}

export function statusText(t: TFunction, row: Pick<ResultRow, 'status' | 'unrankedReason'>): string {
  return row.unrankedReason === 'safety_veto' ? t('results.unranked.safety_veto') : t(`results.entryStatus.${row.status}`);
}
