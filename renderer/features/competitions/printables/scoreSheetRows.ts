/**
 * What a paper score sheet asks for each item, as rows of the sheet's table: the options a judge ticks for each
 * anonymous code (a level of the 0–3 scale, met / not met, a band), the faults whose occurrences are counted,
 * the time taken to write down, then the item's score. Imported items are not judged on site.
 */
import type { TFunction } from 'i18next';
import { toHundredths } from '../../../../shared/competitions/rubric/rubricMax';
import { type Hundredths, levelPointsHundredths } from '../../../../shared/scoring';
import type { Item } from '../../../../shared/domain';
import type { Language } from '../../../app/i18n';
import { formatDuration, formatHundredths, formatPoints } from '../rubric/points';

/** `tick`: a box per code; `write`: a blank per code (a count, a time); `score`: the item's points; `off`: not on site. */
export type SheetRowKind = 'tick' | 'write' | 'score' | 'off';

export interface SheetRow {
  readonly kind: SheetRowKind;
  readonly label: string;
}

const LEVELS = [3, 2, 1, 0] as const;

export function scoreSheetRows(item: Item, t: TFunction, language: Language): SheetRow[] {
  const points = (value: number) => formatPoints(value, language);
  const score = (label = t('printables.sheet.itemScore')): SheetRow => ({ kind: 'score', label });
  switch (item.kind) {
    case 'judgement':
      if (item.scale === 'points') return [score(t('printables.sheet.pointsScore', { max: points(item.max) }))];
      return [
        ...LEVELS.map((level) => ({
          kind: 'tick' as const,
          label: t('printables.sheet.level', {
            level,
            descriptor: item.descriptors[level] || '—',
            points: formatHundredths(levelPointsHundredths(toHundredths(item.max) as Hundredths, level), language),
          }),
        })),
        score(),
      ];
    case 'measurement':
      if (item.mode === 'met') {
        return [
          { kind: 'tick', label: t('printables.sheet.met', { points: points(item.max) }) },
          { kind: 'tick', label: t('printables.sheet.notMet', { points: points(0) }) },
          score(),
        ];
      }
      return [...item.bands.map((band) => ({ kind: 'tick' as const, label: t('printables.sheet.band', { label: band.label, points: points(band.points) }) })), score()];
    case 'deduction':
      return [
        ...item.faults.map((fault) => ({ kind: 'write' as const, label: t('printables.sheet.fault', { label: fault.label, points: points(fault.points) }) })),
        score(t('printables.sheet.deductionScore', { max: points(item.max) })),
      ];
    case 'time': {
      const limit = formatDuration(item.limitSeconds);
      if (item.mode === 'tiebreak') return [{ kind: 'write', label: t('printables.sheet.timeTiebreak', { limit }) }];
      return [
        { kind: 'write', label: t('printables.sheet.timeScored', { limit, penalty: points(item.overtimePenaltyPerMinute) }) },
        score(),
      ];
    }
    case 'imported':
      return [{ kind: 'off', label: item.source ? t('printables.sheet.importedFrom', { source: item.source }) : t('printables.sheet.imported') }];
  }
}
