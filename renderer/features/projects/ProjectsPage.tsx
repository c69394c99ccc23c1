/** Projects in four views: a table (filter, sort, group, saved views), a board by stage, milestones, a timeline. */
import { useState } from 'react';
import { Box, Button, Tab, Tabs } from '@mui/material';
import AddIcon from '@mui/icons-material/Add';
import LightbulbIcon from '@mui/icons-material/Lightbulb';
import { useTranslation } from 'react-i18next';
import { useSearchParams } from 'react-router';
import { EmptyState } from '../../app/components/EmptyState';
import { PageHeader } from '../../app/components/PageHeader';
import { PageLoading } from '../../app/components/PageLoading';
import { LoadDemoButton } from '../workspace/LoadDemoButton';
import { ProjectFormDialog } from './ProjectFormDialog';
import { MilestoneCalendar } from './views/MilestoneCalendar';
import { ProjectBoard } from './views/ProjectBoard';
import { ProjectTable } from './views/ProjectTable';
import { ProjectTimeline } from './views/ProjectTimeline';
import { useProjectRows } from './views/useProjectRows';

const VIEWS = ['table', 'board', 'calendar', 'timeline'] as const;
type View = (typeof VIEWS)[number];

export default function ProjectsPage() {
  const { t } = useTranslation();
  const data = useProjectRows();
  const [params, setParams] = useSearchParams();
  const [creating, setCreating] = useState(false);
  const view: View = (VIEWS as readonly string[]).includes(params.get('view') ?? '') ? (params.get('view') as View) : 'table';
  return (
    <>
      <PageHeader
        title={t('projects.title')}
        subtitle={data ? t('common.records', { count: data.projects.length }) : undefined}
        actions={<Button variant="contained" startIcon={<AddIcon />} onClick={() => setCreating(true)} disabled={!data || data.studios.length === 0}>{t('innovation.project.create')}</Button>}
      />
      {!data ? (
        <PageLoading />
      ) : data.projects.length === 0 ? (
        <EmptyState icon={LightbulbIcon} title={t('empty.projectsTitle')} body={t('empty.projectsBody')} action={<LoadDemoButton variant="outlined" />} />
      ) : (
        <>
          <Box sx={{ borderBottom: 1, borderColor: 'divider', mb: 2 }}>
            <Tabs value={view} onChange={(_e, value: View) => setParams({ view: value })}>
              {VIEWS.map((v) => <Tab key={v} value={v} label={t(`innovation.views.${v}`)} data-testid={`view-${v}`} />)}
            </Tabs>
          </Box>
          {view === 'table' && <ProjectTable data={data} />}
          {view === 'board' && <ProjectBoard data={data} />}
          {view === 'calendar' && <MilestoneCalendar data={data} />}
          {view === 'timeline' && <ProjectTimeline data={data} />}
        </>
      )}
      {creating && <ProjectFormDialog onClose={() => setCreating(false)} />}
    </>
  );
}
