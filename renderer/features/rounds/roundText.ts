/** Words for a round's advance rule (the rule itself is a code with numbers, see shared/competitions/rounds). */
import type { TFunction } from 'i18next';
import type { AdvanceRuleRecord } from '../../../shared/domain';

export function advanceRuleText(t: TFunction, rule: AdvanceRuleRecord): string {
  return rule.mode === 'top' ? t('rounds.rule.top', { count: rule.count }) : t('rounds.rule.threshold', { min: rule.minTotal.toFixed(2) });
}
