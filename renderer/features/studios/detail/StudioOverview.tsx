import { Box, Chip } from '@mui/material';
import { useTranslation } from 'react-i18next';
import { currentRating } from '../../../../shared/dashboard/currentRating';
import { LEVELS } from '../../../../shared/domain';
import { FactList } from '../components/FactList';
import { LinkTable } from '../components/LinkTable';
import { RecordLink } from '../components/RecordLink';
import { Section } from '../components/Section';
import type { StudioDetail } from '../useStudioDetail';

export function StudioOverview({ detail }: { detail: StudioDetail }) {
  const { t } = useTranslation();
  const { studio, people, departments } = detail;
  const lead = people.get(studio.leadId);
  const rating = currentRating(studio);
  const ratings = [...studio.ratings].sort((a, b) => b.year - a.year || LEVELS.indexOf(a.level) - LEVELS.indexOf(b.level));
  return (
    <Box sx={{ display: 'grid', gridTemplateColumns: { xs: '1fr', md: '3fr 2fr' }, gap: 2 }}>
      <Section title={t('innovation.studio.overview')} testId="studio-overview">
        <FactList
          facts={[
            { label: t('common.kind'), value: t(`enums.studioKind.${studio.kind}`) },
            { label: t('studios.lead'), value: lead ? <RecordLink route="people" id={lead.id}>{lead.name}</RecordLink> : '' },
            { label: t('common.department'), value: departments.get(studio.departmentId)?.name ?? '' },
            { label: t('common.trade'), value: studio.trade },
            { label: t('studios.founded'), value: String(studio.foundedYear) },
            { label: t('common.status'), value: <Chip size="small" label={t(`innovation.studioStatus.${studio.status ?? 'active'}`)} /> },
            { label: t('studios.rating'), value: rating ? t('innovation.studio.ratingText', { level: t(`enums.level.${rating.level}`), year: rating.year }) : t('innovation.studio.unrated'), testId: 'studio-rating' },
            { label: t('innovation.studio.focus'), value: studio.focus, testId: 'studio-focus' },
          ]}
        />
      </Section>
      <Section title={t('innovation.studio.ratingHistory')}>
        <LinkTable
          label={t('innovation.studio.ratingHistory')}
          rows={ratings}
          rowKey={(r) => `${r.level}-${r.year}`}
          empty={t('innovation.studio.unrated')}
          columns={[
            { key: 'year', header: t('common.year'), render: (r) => r.year, width: 80 },
            { key: 'level', header: t('common.level'), render: (r) => t(`enums.level.${r.level}`) },
          ]}
        />
      </Section>
    </Box>
  );
}
