import type { TFunction } from 'i18next';

/** A subject as the board shows it: the anonymous code, or "No. 7" for `order:7`. Never a name. */
export function subjectText(ref: string, t: TFunction): string {
  return ref.startsWith('order:') ? t('judging.grid.order', { order: ref.slice('order:'.length) }) : ref;
}
