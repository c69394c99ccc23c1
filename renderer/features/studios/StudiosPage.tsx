import { useMemo, useState } from 'react';
import { Button } from '@mui/material';
import AddIcon from '@mui/icons-material/Add';
import { useNavigate } from 'react-router';
import EngineeringIcon from '@mui/icons-material/Engineering';
import { useTranslation } from 'react-i18next';
import type { Person, Studio } from '../../../shared/domain';
import { currentRating } from '../../../shared/dashboard/currentRating';
import { EmptyState } from '../../app/components/EmptyState';
import { PageHeader } from '../../app/components/PageHeader';
import { PageLoading } from '../../app/components/PageLoading';
import { VirtualTable, type Column } from '../../app/components/VirtualTable';
import { useLiveRecords } from '../../db/useLiveRecords';
import { LoadDemoButton } from '../workspace/LoadDemoButton';
import { CellText } from './components/CellText';
import { recordPath } from './components/RecordLink';
import { StudioPackageImport } from './package/StudioPackageImport';
import { StudioFormDialog } from './StudioFormDialog';

export default function StudiosPage() {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const [creating, setCreating] = useState(false);
  const data = useLiveRecords(async (r) => {
    const studios = await r.studios.list();
    const leads = await r.people.byIds(studios.map((s) => s.leadId));
    return { studios, leads: new Map<string, Person>(leads.map((p) => [p.id, p])) };
  });
  const rows = useMemo(() => [...(data?.studios ?? [])].sort((a, b) => a.name.localeCompare(b.name, 'zh-CN')), [data]);

  const columns: Column<Studio>[] = [
    { key: 'name', header: t('common.name'), width: 'minmax(220px, 3fr)', render: (s) => <CellText text={s.name} /> },
    { key: 'kind', header: t('common.kind'), width: 'minmax(150px, 1.5fr)', render: (s) => <CellText text={t(`enums.studioKind.${s.kind}`)} /> },
    { key: 'lead', header: t('studios.lead'), width: '110px', render: (s) => data?.leads.get(s.leadId)?.name ?? '—' },
    {
      key: 'rating',
      header: t('studios.rating'),
      width: 'minmax(130px, 1fr)',
      render: (s) => {
        const rating = currentRating(s);
        return <CellText text={rating ? t('innovation.studio.ratingText', { level: t(`enums.level.${rating.level}`), year: rating.year }) : '—'} />;
      },
    },
    { key: 'members', header: t('studios.memberCount'), width: '72px', align: 'right', render: (s) => s.memberIds.length },
    { key: 'founded', header: t('studios.founded'), width: '88px', align: 'right', render: (s) => s.foundedYear },
  ];

  return (
    <>
      <PageHeader
        title={t('studios.title')}
        subtitle={data ? t('common.records', { count: rows.length }) : undefined}
        actions={
          <>
            <StudioPackageImport />
            <Button variant="contained" startIcon={<AddIcon />} onClick={() => setCreating(true)} data-testid="new-studio">{t('innovation.studio.create')}</Button>
          </>
        }
      />
      {!data ? (
        <PageLoading />
      ) : rows.length === 0 ? (
        <EmptyState icon={EngineeringIcon} title={t('empty.studiosTitle')} body={t('empty.studiosBody')} action={<LoadDemoButton variant="outlined" />} />
      ) : (
        <VirtualTable label={t('studios.title')} testId="studios-table" rows={rows} columns={columns} rowKey={(s) => s.id} onRowClick={(s) => void navigate(recordPath('studios', s.id))} />
      )}
      {creating && <StudioFormDialog onClose={() => setCreating(false)} />}
    </>
  );
}
