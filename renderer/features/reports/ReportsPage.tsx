import { Alert } from '@mui/material';
import AssessmentIcon from '@mui/icons-material/Assessment';
import { useTranslation } from 'react-i18next';
import { EmptyState } from '../../app/components/EmptyState';
import { PageHeader } from '../../app/components/PageHeader';
import { PageLoading } from '../../app/components/PageLoading';
import { useLiveRecords } from '../../db/useLiveRecords';
import { LoadDemoButton } from '../workspace/LoadDemoButton';

export default function ReportsPage() {
  const { t } = useTranslation();
  const counts = useLiveRecords((r) => r.workspace.counts());
  return (
    <>
      <PageHeader title={t('reports.title')} />
      {!counts ? (
        <PageLoading />
      ) : counts.competitions + counts.studios === 0 ? (
        <EmptyState icon={AssessmentIcon} title={t('empty.reportsTitle')} body={t('empty.reportsBody')} action={<LoadDemoButton variant="outlined" />} />
      ) : (
        <Alert severity="info">{t('reports.body', { competitions: counts.competitions, studios: counts.studios })}</Alert>
      )}
    </>
  );
}
