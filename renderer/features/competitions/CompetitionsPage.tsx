import { useMemo, useState } from 'react';
import { Button, Chip } from '@mui/material';
import AddIcon from '@mui/icons-material/Add';
import { useNavigate } from 'react-router';
import EmojiEventsIcon from '@mui/icons-material/EmojiEvents';
import { useTranslation } from 'react-i18next';
import type { Competition } from '../../../shared/domain';
import { EmptyState } from '../../app/components/EmptyState';
import { PageHeader } from '../../app/components/PageHeader';
import { PageLoading } from '../../app/components/PageLoading';
import { VirtualTable, type Column } from '../../app/components/VirtualTable';
import { useLiveRecords } from '../../db/useLiveRecords';
import { LoadDemoButton } from '../workspace/LoadDemoButton';
import { CreateCompetitionDialog } from './CreateCompetitionDialog';

export default function CompetitionsPage() {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const [creating, setCreating] = useState(false);
  const data = useLiveRecords(async (r) => ({ competitions: await r.competitions.list(), entryCounts: await r.competitions.entryCounts() }));

  const rows = useMemo(
    () => [...(data?.competitions ?? [])].sort((a, b) => b.startDate.localeCompare(a.startDate) || a.name.localeCompare(b.name)),
    [data],
  );
  const columns: Column<Competition>[] = [
    { key: 'name', header: t('common.name'), width: 'minmax(240px, 3fr)', render: (c) => c.name },
    { key: 'level', header: t('common.level'), width: '96px', render: (c) => t(`enums.level.${c.level}`) },
    { key: 'trade', header: t('common.trade'), width: 'minmax(100px, 1fr)', render: (c) => c.trade },
    { key: 'start', header: t('competitions.startDate'), width: '112px', render: (c) => c.startDate },
    { key: 'entries', header: t('competitions.entries'), width: '72px', align: 'right', render: (c) => data?.entryCounts.get(c.id) ?? 0 },
    {
      key: 'status',
      header: t('common.status'),
      width: '104px',
      render: (c) => <Chip size="small" label={t(`enums.competitionStatus.${c.status}`)} color={c.status === 'published' ? 'success' : 'default'} variant="outlined" />,
    },
  ];

  return (
    <>
      <PageHeader
        title={t('competitions.title')}
        subtitle={data ? t('common.records', { count: rows.length }) : undefined}
        actions={
          <Button variant="contained" startIcon={<AddIcon />} onClick={() => setCreating(true)} data-testid="new-competition">
            {t('competition.new')}
          </Button>
        }
      />
      {!data ? (
        <PageLoading />
      ) : rows.length === 0 ? (
        <EmptyState icon={EmojiEventsIcon} title={t('empty.competitionsTitle')} body={t('empty.competitionsBody')} action={<LoadDemoButton variant="outlined" />} />
      ) : (
        <VirtualTable label={t('competitions.title')} testId="competitions-table" rows={rows} columns={columns} rowKey={(c) => c.id} onRowClick={(c) => navigate(`/competitions/${c.id}`)} />
      )}
      {creating && <CreateCompetitionDialog open onClose={() => setCreating(false)} />}
    </>
  );
}
