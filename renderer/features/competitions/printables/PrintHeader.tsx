/** The header of every printed competition document: competition, document title, level, dates and venue. */
import type { ReactNode } from 'react';
import { Box } from '@mui/material';
import { useTranslation } from 'react-i18next';
import type { Competition } from '../../../../shared/domain';
import { useLanguage } from '../../../app/useLanguage';
import { formatDateRange } from './formatDates';

export function PrintHeader({ competition, title, children }: { competition: Competition; title: string; children?: ReactNode }) {
  const { t } = useTranslation();
  const language = useLanguage();
  const facts = [
    t(`enums.level.${competition.level}`),
    competition.trade,
    formatDateRange(competition.startDate, competition.endDate, language, (from, to) => t('printables.dateRange', { from, to })),
    competition.venue,
  ].filter((fact) => fact.trim() !== '');
  return (
    <Box component="header" sx={{ textAlign: 'center', mb: '3mm', color: '#000' }}>
      <Box component="h1" sx={{ fontSize: '15pt', fontWeight: 700, m: 0, lineHeight: 1.35 }}>
        {competition.name}
      </Box>
      <Box component="h2" sx={{ fontSize: '14pt', fontWeight: 700, m: 0, mt: '1.5mm', letterSpacing: language === 'zh-CN' ? '0.2em' : 0 }}>
        {title}
      </Box>
      <Box sx={{ fontSize: '10pt', mt: '1.5mm' }}>{facts.join(t('printables.factSeparator'))}</Box>
      {children}
    </Box>
  );
}
