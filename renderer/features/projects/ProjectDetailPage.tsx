import { useState } from 'react';
import { Alert, Box, Button, Chip, Tooltip } from '@mui/material';
import AddIcon from '@mui/icons-material/Add';
import EditIcon from '@mui/icons-material/Edit';
import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router';
import type { Achievement, Person } from '../../../shared/domain';
import { isProjectReadOnly } from '../../../shared/studios/projectStages';
import { PageHeader } from '../../app/components/PageHeader';
import { PageLoading } from '../../app/components/PageLoading';
import { useRepositories } from '../../db/useRepositories';
import { AchievementFormDialog } from '../achievements/AchievementFormDialog';
import { AttachmentList } from '../studios/components/AttachmentList';
import { FactList } from '../studios/components/FactList';
import { LinkTable } from '../studios/components/LinkTable';
import { RecordLink, recordPath } from '../studios/components/RecordLink';
import { Section } from '../studios/components/Section';
import { ProjectFundPanel } from './detail/ProjectFundPanel';
import { ProjectMilestones, ProjectNotes } from './detail/ProjectPlan';
import { ReviewScorecardPanel } from './detail/ReviewScorecardPanel';
import { StagePipeline } from './detail/StagePipeline';
import { ProjectFormDialog } from './ProjectFormDialog';
import { useProjectDetail } from './useProjectDetail';

export default function ProjectDetailPage() {
  const { t } = useTranslation();
  const repositories = useRepositories();
  const { projectId = '' } = useParams();
  const data = useProjectDetail(projectId);
  const [editing, setEditing] = useState(false);
  const [registering, setRegistering] = useState(false);

  if (data === undefined) return <PageLoading />;
  if (data === null) return <Alert severity="warning" action={<Link to="/projects">{t('nav.projects')}</Link>}>{t('innovation.project.notFound')}</Alert>;
  const { project, studio, members, origin, achievements, departments } = data;
  const readOnly = isProjectReadOnly(project);
  const departmentCount = new Set(members.map((m) => m.departmentId)).size;

  return (
    <>
      <PageHeader
        title={project.title}
        subtitle={studio?.name}
        actions={
          <Box sx={{ display: 'flex', gap: 1, alignItems: 'center' }}>
            <Chip color="primary" label={t(`enums.projectStage.${project.stage}`)} data-testid="project-stage" />
            <Button startIcon={<AddIcon />} variant="outlined" onClick={() => setRegistering(true)} data-testid="project-register-achievement">{t('innovation.achievement.register')}</Button>
            <Tooltip title={readOnly ? t('innovation.project.readOnly') : ''}>
              <span>
                <Button startIcon={<EditIcon />} variant="outlined" disabled={readOnly} onClick={() => setEditing(true)} data-testid="edit-project">{t('innovation.form.edit')}</Button>
              </span>
            </Tooltip>
          </Box>
        }
      />
      {readOnly && <Alert severity="info" sx={{ mb: 2 }} data-testid="project-read-only">{t('innovation.project.readOnly')}</Alert>}
      <Box sx={{ display: 'grid', gridTemplateColumns: { xs: '1fr', md: '1fr 1fr' }, gap: 2 }}>
        <Section title={t('innovation.studio.overview')}>
          <FactList
            facts={[
              { label: t('projects.studio'), value: studio ? <RecordLink route="studios" id={studio.id}>{studio.name}</RecordLink> : '' },
              { label: t('projects.start'), value: project.startDate },
              { label: t('innovation.project.plannedEnd'), value: project.plannedEndDate ?? '' },
              { label: t('projects.origin'), value: origin ? <RecordLink route="competitions" id={origin.id} testId="project-origin">{`${origin.year} ${origin.name}`}</RecordLink> : '', testId: 'project-origin-fact' },
              { label: t('innovation.project.summary'), value: project.summary },
            ]}
          />
        </Section>
        <Section title={t('innovation.project.membersTitle', { count: members.length, departments: departmentCount })} testId="project-members-list">
          <LinkTable<Person>
            label={t('common.members')}
            rows={members}
            rowKey={(p) => p.id}
            rowPath={(p) => recordPath('people', p.id)}
            empty={t('innovation.studio.noMembers')}
            columns={[
              { key: 'name', header: t('innovation.person.name'), render: (p) => p.name },
              { key: 'dept', header: t('common.department'), render: (p) => departments.get(p.departmentId) ?? '—' },
              { key: 'trade', header: t('common.trade'), render: (p) => p.trade },
            ]}
          />
        </Section>
      </Box>
      <StagePipeline project={project} />
      {(project.stage === 'review' || project.review) && <ReviewScorecardPanel key={project.id} project={project} />}
      <ProjectMilestones project={project} readOnly={readOnly} />
      <ProjectFundPanel project={project} readOnly={readOnly} />
      <ProjectNotes project={project} readOnly={readOnly} />
      <Section title={t('innovation.files.title')}>
        <AttachmentList store={repositories.projects.files} ownerKind="project" ownerId={project.id} readOnly={readOnly} />
      </Section>
      <Section title={t('innovation.studio.achievements', { count: achievements.length })} testId="project-achievements">
        <LinkTable<Achievement>
          label={t('innovation.achievement.plural')}
          rows={achievements}
          rowKey={(a) => a.id}
          rowPath={(a) => recordPath('achievements', a.id)}
          empty={t('innovation.studio.noAchievements')}
          columns={[
            { key: 'title', header: t('innovation.achievement.title'), render: (a) => a.title },
            { key: 'kind', header: t('common.kind'), render: (a) => t(`enums.achievementKind.${a.kind}`), width: 130 },
            { key: 'date', header: t('common.date'), render: (a) => a.date, width: 110 },
          ]}
        />
      </Section>
      {editing && <ProjectFormDialog project={project} onClose={() => setEditing(false)} />}
      {registering && <AchievementFormDialog studioId={project.studioId} projectId={project.id} onClose={() => setRegistering(false)} />}
    </>
  );
}
