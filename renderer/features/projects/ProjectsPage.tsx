import { useMemo } from 'react';
import LightbulbIcon from '@mui/icons-material/Lightbulb';
import { useTranslation } from 'react-i18next';
import type { Project } from '../../../shared/domain';
import { EmptyState } from '../../app/components/EmptyState';
import { PageHeader } from '../../app/components/PageHeader';
import { PageLoading } from '../../app/components/PageLoading';
import { VirtualTable, type Column } from '../../app/components/VirtualTable';
import { useLiveRecords } from '../../db/useLiveRecords';
import { LoadDemoButton } from '../workspace/LoadDemoButton';
import { CellText } from '../studios/components/CellText';
import { recordPath } from '../studios/components/RecordLink';
import { useNavigate } from 'react-router';

export default function ProjectsPage() {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const data = useLiveRecords(async (r) => {
    const [projects, studios, competitions] = await Promise.all([r.projects.list(), r.studios.list(), r.competitions.list()]);
    return {
      projects,
      studioNames: new Map(studios.map((s) => [s.id, s.name])),
      competitionNames: new Map(competitions.map((c) => [c.id, c.name])),
    };
  });
  const rows = useMemo(() => [...(data?.projects ?? [])].sort((a, b) => b.startDate.localeCompare(a.startDate)), [data]);

  const columns: Column<Project>[] = [
    { key: 'title', header: t('common.name'), width: 'minmax(240px, 3fr)', render: (p) => <CellText text={p.title} /> },
    { key: 'studio', header: t('projects.studio'), width: 'minmax(180px, 2fr)', render: (p) => <CellText text={data?.studioNames.get(p.studioId) ?? '—'} /> },
    { key: 'stage', header: t('projects.stage'), width: '96px', render: (p) => t(`enums.projectStage.${p.stage}`) },
    { key: 'start', header: t('projects.start'), width: '112px', render: (p) => p.startDate },
    { key: 'origin', header: t('projects.origin'), width: 'minmax(160px, 2fr)', render: (p) => <CellText text={p.originCompetitionId ? data?.competitionNames.get(p.originCompetitionId) ?? '—' : '—'} /> },
  ];

  return (
    <>
      <PageHeader title={t('projects.title')} subtitle={data ? t('common.records', { count: rows.length }) : undefined} />
      {!data ? (
        <PageLoading />
      ) : rows.length === 0 ? (
        <EmptyState icon={LightbulbIcon} title={t('empty.projectsTitle')} body={t('empty.projectsBody')} action={<LoadDemoButton variant="outlined" />} />
      ) : (
        <VirtualTable label={t('projects.title')} testId="projects-table" rows={rows} columns={columns} rowKey={(p) => p.id} onRowClick={(p) => void navigate(recordPath('projects', p.id))} />
      )}
    </>
  );
}
