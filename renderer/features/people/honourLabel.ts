import type { TFunction } from 'i18next';
import type { Honour } from '../../../shared/domain';

/** "市级劳动模范（2021）" / "Municipal Model worker (2021)". */
export function honourLabel(t: TFunction, honour: Honour): string {
  return t('format.honour', { level: t(`enums.level.${honour.level}`), kind: t(`enums.honourKind.${honour.kind}`), year: honour.year });
}
