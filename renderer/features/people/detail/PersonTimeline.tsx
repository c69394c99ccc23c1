import { Box, Chip, Typography } from '@mui/material';
import { useTranslation } from 'react-i18next';
import type { PersonProfile } from '../../../db/repositories/personProfile';
import { RecordLink } from '../../studios/components/RecordLink';
import { Section } from '../../studios/components/Section';
import { personTimeline, type TimelineEvent } from './personTimeline';

const COLORS = { competition: 'default', award: 'warning', honour: 'warning', studio: 'primary', project: 'info', achievement: 'success', activity: 'default', article: 'secondary', invitation: 'primary' } as const;

export function PersonTimeline({ profile }: { profile: PersonProfile }) {
  const { t } = useTranslation();
  const events = personTimeline(profile);
  const title = (e: TimelineEvent) => (e.kind === 'honour' ? t(`enums.honourKind.${e.title}`) : e.title);
  const detail = (e: TimelineEvent) => {
    if (!e.detail) return '';
    switch (e.detail.key) {
      case 'award': return t(`innovation.award.${e.detail.value}`);
      case 'level': return t(`enums.level.${e.detail.value}`);
      case 'stage': return t(`enums.projectStage.${e.detail.value}`);
      case 'achievementKind': return t(`enums.achievementKind.${e.detail.value}`);
      case 'lead': return t('studios.lead');
      case 'invitationStatus': return t('pipeline.timelineDetail', { status: t(`pipeline.status.${e.detail.value}`) });
      default: return t('innovation.person.member');
    }
  };
  return (
    <Section title={t('innovation.person.timeline')} testId="person-timeline">
      {events.length === 0 && <Typography variant="body2" color="text.secondary">{t('innovation.person.none')}</Typography>}
      <Box sx={{ maxHeight: 520, overflowY: 'auto' }}>
        {events.map((e) => (
          <Box key={e.key} sx={{ display: 'grid', gridTemplateColumns: '96px 84px 1fr', gap: 1, py: 0.75, borderBottom: 1, borderColor: 'divider', alignItems: 'baseline' }}>
            <Typography variant="body2" color="text.secondary">{e.when}</Typography>
            <Chip size="small" color={COLORS[e.kind]} label={e.kind === 'invitation' ? t('pipeline.timelineKind') : t(`innovation.timeline.${e.kind}`)} />
            <Typography variant="body2" sx={{ overflowWrap: 'anywhere' }}>
              {e.link ? <RecordLink route={e.link.route} id={e.link.id}>{title(e)}</RecordLink> : title(e)}
              {e.detail && <Typography component="span" variant="body2" color="text.secondary">{` · ${detail(e)}`}</Typography>}
            </Typography>
          </Box>
        ))}
      </Box>
    </Section>
  );
}
