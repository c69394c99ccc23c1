import { useTranslation } from 'react-i18next';
import type { PipelineResult } from '../../../../shared/synergy/buildTalentPipeline';
import { DEFAULT_TOP_PERCENT } from '../../../../shared/synergy/buildTalentPipeline';

/** "一等奖 · 第 1 名", or "第 2 名（前 10%）" for a high scorer without an award. */
export function useResultText(): (result: Pick<PipelineResult, 'award' | 'rank'>) => string {
  const { t } = useTranslation();
  return (result) =>
    result.award ? t('pipeline.awardRank', { award: t(`pipeline.award.${result.award}`), rank: result.rank }) : t('pipeline.highScore', { rank: result.rank, percent: DEFAULT_TOP_PERCENT });
}
