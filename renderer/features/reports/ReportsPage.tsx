/**
 * 报表 Reports: the union office's two documents of the year — the union annual report (工会年度报告) and the
 * incentives ledger (奖励激励台账) — as tabs, each with its own route (/reports, /reports/incentives).
 */
import { Tab, Tabs } from '@mui/material';
import AssessmentIcon from '@mui/icons-material/Assessment';
import { useTranslation } from 'react-i18next';
import { useNavigate, useParams } from 'react-router';
import { EmptyState } from '../../app/components/EmptyState';
import { PageHeader } from '../../app/components/PageHeader';
import { PageLoading } from '../../app/components/PageLoading';
import { useLiveRecords } from '../../db/useLiveRecords';
import { LoadDemoButton } from '../workspace/LoadDemoButton';
import { AnnualReportPanel } from './annual/AnnualReportPanel';
import { IncentivesPanel } from './incentives/IncentivesPanel';

const TABS = ['annual', 'incentives'] as const;
type ReportsTab = (typeof TABS)[number];

export default function ReportsPage() {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const { tab: param } = useParams();
  const tab: ReportsTab = param === 'incentives' ? 'incentives' : 'annual';
  const counts = useLiveRecords((r) => r.workspace.counts());
  return (
    <>
      <PageHeader title={t('reports.title')} />
      {!counts ? (
        <PageLoading />
      ) : counts.competitions + counts.studios === 0 ? (
        <EmptyState icon={AssessmentIcon} title={t('empty.reportsTitle')} body={t('empty.reportsBody')} action={<LoadDemoButton variant="outlined" />} />
      ) : (
        <>
          <Tabs value={tab} onChange={(_e, value: ReportsTab) => void navigate(value === 'annual' ? '/reports' : `/reports/${value}`)} sx={{ mb: 2, borderBottom: 1, borderColor: 'divider' }}>
            {TABS.map((key) => (
              <Tab key={key} value={key} label={t(`reporting.tabs.${key}`)} data-testid={`reports-tab-${key}`} />
            ))}
          </Tabs>
          {tab === 'annual' ? <AnnualReportPanel /> : <IncentivesPanel />}
        </>
      )}
    </>
  );
}
