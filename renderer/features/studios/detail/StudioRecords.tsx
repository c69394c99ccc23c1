/** A studio's projects, achievements and activities: each row leads to its record. */
import { useState } from 'react';
import { Button } from '@mui/material';
import AddIcon from '@mui/icons-material/Add';
import { useTranslation } from 'react-i18next';
import type { Achievement, Activity, Project } from '../../../../shared/domain';
import { formatYuan } from '../../../app/format';
import { useLanguage } from '../../../app/useLanguage';
import { AchievementFormDialog } from '../../achievements/AchievementFormDialog';
import { ProjectFormDialog } from '../../projects/ProjectFormDialog';
import { ActivityFormDialog } from '../activities/ActivityFormDialog';
import { LinkTable } from '../components/LinkTable';
import { recordPath } from '../components/RecordLink';
import { Section } from '../components/Section';
import type { StudioDetail } from '../useStudioDetail';

export function StudioProjects({ detail }: { detail: StudioDetail }) {
  const { t } = useTranslation();
  const [open, setOpen] = useState(false);
  return (
    <Section
      title={t('innovation.studio.projects', { count: detail.projects.length })}
      testId="studio-projects"
      actions={<Button size="small" startIcon={<AddIcon />} onClick={() => setOpen(true)} data-testid="new-project">{t('innovation.project.create')}</Button>}
    >
      <LinkTable<Project>
        label={t('projects.title')}
        rows={detail.projects}
        rowKey={(p) => p.id}
        rowPath={(p) => recordPath('projects', p.id)}
        empty={t('innovation.studio.noProjects')}
        columns={[
          { key: 'title', header: t('innovation.project.title'), render: (p) => p.title },
          { key: 'stage', header: t('projects.stage'), render: (p) => t(`enums.projectStage.${p.stage}`), width: 96 },
          { key: 'start', header: t('projects.start'), render: (p) => p.startDate, width: 110 },
          { key: 'members', header: t('common.members'), render: (p) => p.memberIds.length, align: 'right', width: 64 },
        ]}
      />
      {open && <ProjectFormDialog studioId={detail.studio.id} onClose={() => setOpen(false)} />}
    </Section>
  );
}

export function StudioAchievements({ detail }: { detail: StudioDetail }) {
  const { t } = useTranslation();
  const language = useLanguage();
  const [open, setOpen] = useState(false);
  return (
    <Section
      title={t('innovation.studio.achievements', { count: detail.achievements.length })}
      testId="studio-achievements"
      actions={<Button size="small" startIcon={<AddIcon />} onClick={() => setOpen(true)} data-testid="new-achievement">{t('innovation.achievement.register')}</Button>}
    >
      <LinkTable<Achievement>
        label={t('innovation.achievement.plural')}
        rows={detail.achievements}
        rowKey={(a) => a.id}
        rowPath={(a) => recordPath('achievements', a.id)}
        empty={t('innovation.studio.noAchievements')}
        columns={[
          { key: 'title', header: t('innovation.achievement.title'), render: (a) => a.title },
          { key: 'kind', header: t('common.kind'), render: (a) => t(`enums.achievementKind.${a.kind}`), width: 120 },
          { key: 'year', header: t('common.year'), render: (a) => a.year, width: 64 },
          { key: 'savings', header: t('innovation.achievement.savings'), render: (a) => (a.annualSavingsFen > 0 ? formatYuan(a.annualSavingsFen, language) : '—'), align: 'right', width: 130 },
        ]}
      />
      {open && <AchievementFormDialog studioId={detail.studio.id} onClose={() => setOpen(false)} />}
    </Section>
  );
}

export function StudioActivities({ detail }: { detail: StudioDetail }) {
  const { t } = useTranslation();
  const [open, setOpen] = useState(false);
  return (
    <Section
      title={t('innovation.studio.activities', { count: detail.activities.length })}
      testId="studio-activities"
      actions={<Button size="small" startIcon={<AddIcon />} onClick={() => setOpen(true)} data-testid="new-activity">{t('innovation.activity.create')}</Button>}
    >
      <LinkTable<Activity>
        label={t('innovation.activity.plural')}
        rows={detail.activities}
        rowKey={(a) => a.id}
        rowPath={(a) => recordPath('activities', a.id)}
        empty={t('innovation.studio.noActivities')}
        columns={[
          { key: 'date', header: t('common.date'), render: (a) => a.date, width: 110 },
          { key: 'kind', header: t('common.kind'), render: (a) => t(`innovation.activityKind.${a.kind}`), width: 110 },
          { key: 'title', header: t('innovation.activity.title'), render: (a) => a.title },
          { key: 'hours', header: t('innovation.activity.hours'), render: (a) => a.hours, align: 'right', width: 64 },
          { key: 'attendees', header: t('innovation.activity.attendees'), render: (a) => a.attendeeIds.length, align: 'right', width: 72 },
        ]}
      />
      {open && <ActivityFormDialog studioId={detail.studio.id} onClose={() => setOpen(false)} />}
    </Section>
  );
}
