import { useState } from 'react';
import { Alert, Box, Button, Chip } from '@mui/material';
import EditIcon from '@mui/icons-material/Edit';
import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router';
import type { Person } from '../../../shared/domain';
import { isPatentKind } from '../../../shared/studios/patentTerm';
import { PageHeader } from '../../app/components/PageHeader';
import { PageLoading } from '../../app/components/PageLoading';
import { formatYuan } from '../../app/format';
import { useLanguage } from '../../app/useLanguage';
import { useLiveRecords } from '../../db/useLiveRecords';
import { useRepositories } from '../../db/useRepositories';
import { AttachmentList } from '../studios/components/AttachmentList';
import { FactList } from '../studios/components/FactList';
import { LinkTable } from '../studios/components/LinkTable';
import { RecordLink, recordPath } from '../studios/components/RecordLink';
import { Section } from '../studios/components/Section';
import { AchievementFormDialog } from './AchievementFormDialog';
import { PatentSection } from './PatentSection';

export default function AchievementDetailPage() {
  const { t } = useTranslation();
  const language = useLanguage();
  const repositories = useRepositories();
  const { achievementId = '' } = useParams();
  const [editing, setEditing] = useState(false);
  const data = useLiveRecords(async (r) => {
    const achievement = await r.achievements.get(achievementId);
    if (!achievement) return null;
    const [studio, project, owners] = await Promise.all([
      achievement.studioId ? r.studios.get(achievement.studioId) : undefined,
      achievement.projectId ? r.projects.get(achievement.projectId) : undefined,
      r.people.byIds(achievement.ownerIds),
    ]);
    const departments = new Map((await r.people.departments.byIds([...new Set(owners.map((p) => p.departmentId))])).map((d) => [d.id, d.name]));
    return { achievement, studio, project, owners, departments };
  }, [achievementId]);

  if (data === undefined) return <PageLoading />;
  if (data === null) return <Alert severity="warning" action={<Link to="/studios">{t('nav.studios')}</Link>}>{t('innovation.achievement.notFound')}</Alert>;
  const { achievement, studio, project, owners, departments } = data;
  const shares = achievement.contributionShares;
  const ranked = owners.map((person, i) => ({ person, rank: i + 1, share: shares?.[i] }));
  return (
    <>
      <PageHeader
        title={achievement.title}
        subtitle={`${t(`enums.achievementKind.${achievement.kind}`)} · ${achievement.date}`}
        actions={<Button startIcon={<EditIcon />} variant="outlined" onClick={() => setEditing(true)} data-testid="edit-achievement">{t('innovation.form.edit')}</Button>}
      />
      <Box sx={{ display: 'grid', gridTemplateColumns: { xs: '1fr', md: '1fr 1fr' }, gap: 2 }}>
        <Section title={t('innovation.studio.overview')}>
          <FactList
            facts={[
              { label: t('common.kind'), value: t(`enums.achievementKind.${achievement.kind}`) },
              { label: t('common.year'), value: String(achievement.year) },
              { label: t('projects.studio'), value: studio ? <RecordLink route="studios" id={studio.id}>{studio.name}</RecordLink> : '' },
              { label: t('innovation.achievement.project'), value: project ? <RecordLink route="projects" id={project.id}>{project.title}</RecordLink> : '' },
            ]}
          />
        </Section>
        <Section title={t('innovation.achievement.benefit')} testId="achievement-benefit">
          <FactList
            facts={[
              { label: t('innovation.achievement.savings'), value: achievement.annualSavingsFen > 0 ? formatYuan(achievement.annualSavingsFen, language) : '', testId: 'achievement-savings-value' },
              { label: t('innovation.achievement.basis'), value: achievement.savingsBasis },
              { label: t('innovation.achievement.efficiency'), value: achievement.efficiencyGain },
              { label: t('innovation.achievement.rolledOutTo'), value: achievement.rolledOutTo.length > 0 ? <Box sx={{ display: 'flex', gap: 0.5, flexWrap: 'wrap' }}>{achievement.rolledOutTo.map((place) => <Chip key={place} size="small" label={place} />)}</Box> : '' },
            ]}
          />
          <Box sx={{ mt: 1 }}>
            <AttachmentList store={repositories.achievements.files} ownerKind="achievement" ownerId={achievement.id} addLabel={t('innovation.achievement.addEvidence')} />
          </Box>
        </Section>
      </Box>
      {isPatentKind(achievement.kind) && achievement.patent && <PatentSection kind={achievement.kind} patent={achievement.patent} />}
      <Section title={t('innovation.achievement.owners')} testId="achievement-owners-list">
        <LinkTable<(typeof ranked)[number]>
          label={t('innovation.achievement.owners')}
          rows={ranked}
          rowKey={(r) => r.person.id}
          rowPath={(r) => recordPath('people', r.person.id)}
          empty={t('innovation.achievement.noOwners')}
          columns={[
            { key: 'rank', header: t('innovation.achievement.rank'), render: (r) => r.rank, width: 56 },
            { key: 'name', header: t('innovation.person.name'), render: (r: { person: Person }) => r.person.name },
            { key: 'dept', header: t('common.department'), render: (r) => departments.get(r.person.departmentId) ?? '—' },
            { key: 'share', header: t('innovation.achievement.share'), render: (r) => (r.share === undefined ? '—' : `${r.share}%`), align: 'right', width: 90 },
          ]}
        />
      </Section>
      {editing && <AchievementFormDialog achievement={achievement} onClose={() => setEditing(false)} />}
    </>
  );
}
