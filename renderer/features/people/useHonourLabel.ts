import { useCallback } from 'react';
import { useTranslation } from 'react-i18next';
import type { Honour } from '../../../shared/domain';

/** "市级劳动模范（2021）" / "Municipal Model worker (2021)". */
export function useHonourLabel(): (honour: Honour) => string {
  const { t } = useTranslation();
  return useCallback(
    (honour: Honour) =>
      t('format.honour', { level: t(`enums.level.${honour.level}`), kind: t(`enums.honourKind.${honour.kind}`), year: honour.year }),
    [t],
  );
}
