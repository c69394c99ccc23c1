/** How one item appears on a judge's paper score sheet: what the judge ticks, counts or writes down. */
import type { ReactNode } from 'react';
import { Box, Typography } from '@mui/material';
import { useTranslation } from 'react-i18next';
import { toHundredths } from '../../../../shared/competitions/rubric/rubricMax';
import { type Hundredths, levelPointsHundredths } from '../../../../shared/scoring';
import type { Item } from '../../../../shared/domain';
import { useLanguage } from '../../../app/useLanguage';
import { formatDuration, formatHundredths, formatPoints } from './points';

const BOX = '\u25A1'; // □
const LEVELS = [3, 2, 1, 0] as const;

function Line({ children, muted = false }: { children: ReactNode; muted?: boolean }) {
  return (
    <Typography variant="body2" sx={{ fontSize: 13, lineHeight: 1.7, color: muted ? '#555' : 'inherit' }}>
      {children}
    </Typography>
  );
}

/** A blank to write in: an underlined gap. */
export function Blank({ width = 56 }: { width?: number }) {
  return <Box component="span" sx={{ display: 'inline-block', width, borderBottom: '1px solid #000', mx: 0.5, verticalAlign: 'baseline' }} />;
}

export function ScoreSheetItem({ item }: { item: Item }) {
  const { t } = useTranslation();
  const language = useLanguage();
  const fmt = (points: number) => formatPoints(points, language);

  switch (item.kind) {
    case 'judgement':
      if (item.scale === 'points') return <Line>{t('rubric.sheet.pointsRange', { max: fmt(item.max) })}</Line>;
      return (
        <>
          {LEVELS.map((level) => {
            const points = formatHundredths(levelPointsHundredths(toHundredths(item.max) as Hundredths, level), language);
            const descriptor = item.descriptors[level];
            return (
              <Line key={level}>
                {BOX} {descriptor ? t('rubric.sheet.levelDescribed', { level, points, descriptor }) : t('rubric.sheet.level', { level, points })}
              </Line>
            );
          })}
        </>
      );
    case 'measurement':
      if (item.mode === 'met') {
        return (
          <Line>
            {BOX} {t('rubric.sheet.met', { points: fmt(item.max) })}
            {'\u2003'}
            {BOX} {t('rubric.sheet.notMet', { points: fmt(0) })}
          </Line>
        );
      }
      return (
        <>
          {item.bands.map((band) => (
            <Line key={band.id}>
              {BOX} {t('rubric.sheet.band', { label: band.label || '—', points: fmt(band.points) })}
            </Line>
          ))}
        </>
      );
    case 'deduction':
      return (
        <>
          {item.faults.map((fault) => (
            <Line key={fault.id}>
              {t('rubric.sheet.fault', { label: fault.label || '—', points: fmt(fault.points) })}
              <Blank width={32} />
              {t('rubric.sheet.times')}
            </Line>
          ))}
          <Line muted>{t('rubric.sheet.deductionFloor', { max: fmt(item.max) })}</Line>
        </>
      );
    case 'time':
      return (
        <>
          <Line>
            {t('rubric.sheet.timeTaken')}
            <Blank width={36} />
            {t('rubric.unit.minutes')}
            <Blank width={36} />
            {t('rubric.unit.seconds')}
          </Line>
          <Line muted>
            {item.mode === 'tiebreak'
              ? t('rubric.sheet.timeTiebreak', { limit: formatDuration(item.limitSeconds) })
              : item.overtimePenaltyPerMinute > 0
                ? t('rubric.sheet.timeScored', { limit: formatDuration(item.limitSeconds), penalty: fmt(item.overtimePenaltyPerMinute) })
                : t('rubric.sheet.timeScoredNoPenalty', { limit: formatDuration(item.limitSeconds) })}
          </Line>
        </>
      );
    case 'imported':
      return <Line muted>{item.source ? t('rubric.sheet.importedFrom', { source: item.source }) : t('rubric.sheet.imported')}</Line>;
  }
}
