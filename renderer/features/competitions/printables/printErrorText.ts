/** A failed print in words: the platform's own messages for its codes, the common fallback otherwise. */
import type { TFunction } from 'i18next';
import { PlatformError } from '../../../platform';

export function printErrorText(t: TFunction, error: unknown): string {
  if (error instanceof PlatformError) return t(`platformErrors.${error.code}`, { ...error.params });
  return t('common.errorDetail', { message: error instanceof Error ? error.message : String(error) });
}
