/** The report files' words in the user's language: the report's own keys under reporting.annual, enum values from their existing translations. */
import { useCallback } from 'react';
import { useTranslation } from 'react-i18next';
import type { ReportLabel } from '../../../shared/reports/reportText';

const ENUM_PREFIXES: Readonly<Record<string, string>> = {
  level: 'enums.level',
  award: 'results.award',
  stage: 'enums.projectStage',
  achievementKind: 'enums.achievementKind',
  incentiveKind: 'enums.incentiveKind',
  studioKind: 'enums.studioKind',
  sourceKind: 'reporting.incentives.sourceKind',
};

export function useReportLabel(): ReportLabel {
  const { t } = useTranslation();
  return useCallback<ReportLabel>(
    (key, params) => {
      const dot = key.indexOf('.');
      const head = dot < 0 ? key : key.slice(0, dot);
      const tail = key.slice(dot + 1);
      if (head === 'rating') return tail === 'unrated' ? t('reporting.annual.rating.unrated') : t(`enums.level.${tail}`);
      const prefix = ENUM_PREFIXES[head];
      return prefix && dot > 0 ? t(`${prefix}.${tail}`) : t(`reporting.annual.${key}`, params ?? {});
    },
    [t],
  );
}
