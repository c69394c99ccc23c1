import { useCallback } from 'react';
import { useTranslation } from 'react-i18next';
import type { Honour } from '../../../shared/domain';
import { honourLabel } from './honourLabel';

/** honourLabel in the current language, stable between renders. */
export function useHonourLabel(): (honour: Honour) => string {
  const { t } = useTranslation();
  return useCallback((honour: Honour) => honourLabel(t, honour), [t]);
}
