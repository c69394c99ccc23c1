import { lazy, Suspense, type ComponentType } from 'react';
import { Alert, Box, Chip, Tab, Tabs } from '@mui/material';
import { useTranslation } from 'react-i18next';
import { Link, useNavigate, useParams } from 'react-router';
import type { Competition } from '../../../shared/domain';
import { PageHeader } from '../../app/components/PageHeader';
import { PageLoading } from '../../app/components/PageLoading';
import { useLiveRecords } from '../../db/useLiveRecords';
import { StatusBar } from './overview/StatusBar';

/** Every tab receives the live competition record. */
export interface CompetitionTabProps {
  readonly competition: Competition;
}

const TABS = ['overview', 'rubric', 'roster', 'draw', 'judges', 'printables', 'package', 'review', 'audit', 'results', 'appeals', 'reports', 'projects'] as const;
type TabKey = (typeof TABS)[number];

const TAB_COMPONENTS: Record<TabKey, ComponentType<CompetitionTabProps>> = {
  overview: lazy(() => import('./overview/OverviewTab')),
  rubric: lazy(() => import('./rubric/RubricTab')),
  roster: lazy(() => import('./roster/RosterTab')),
  draw: lazy(() => import('./draw/DrawTab')),
  judges: lazy(() => import('./judges/JudgesTab')),
  printables: lazy(() => import('./printables/PrintablesTab')),
  package: lazy(() => import('./package/PackageTab')),
  review: lazy(() => import('../judging/review/ReviewTab')),
  audit: lazy(() => import('../judging/review/AuditTab')),
  results: lazy(() => import('../results/ResultsTab')),
  appeals: lazy(() => import('../results/AppealsTab')),
  reports: lazy(() => import('../results/ReportsTab')),
  projects: lazy(() => import('../synergy/CompetitionProjectsTab')),
};

function isTab(value: string | undefined): value is TabKey {
  return (TABS as readonly string[]).includes(value ?? '');
}

export default function CompetitionDetailPage() {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const { competitionId = '', tab } = useParams();
  const current: TabKey = isTab(tab) ? tab : 'overview';
  const competition = useLiveRecords(async (r) => (await r.competitions.get(competitionId)) ?? null, [competitionId]);

  // A route change keeps the previous competition until the new one is read: never show (or let a form start from)
  // another competition's record.
  if (competition === undefined || (competition !== null && competition.id !== competitionId)) return <PageLoading />;
  if (competition === null) {
    return (
      <Alert severity="warning" action={<Link to="/competitions">{t('nav.competitions')}</Link>}>
        {t('competition.notFound')}
      </Alert>
    );
  }

  const TabComponent = TAB_COMPONENTS[current];
  return (
    <>
      <PageHeader
        title={competition.name}
        subtitle={`${competition.year} · ${t(`enums.level.${competition.level}`)} · ${competition.trade}`}
        actions={<Chip label={t(`enums.competitionStatus.${competition.status}`)} color={competition.status === 'published' ? 'success' : 'primary'} variant="outlined" data-testid="competition-status" />}
      />
      <StatusBar competition={competition} />
      <Box sx={{ borderBottom: 1, borderColor: 'divider', mb: 3 }}>
        <Tabs value={current} onChange={(_e, value: TabKey) => navigate(`/competitions/${competition.id}/${value}`)} variant="scrollable">
          {TABS.map((key) => (
            <Tab key={key} value={key} label={t(`competition.tabs.${key}`)} data-testid={`tab-${key}`} />
          ))}
        </Tabs>
      </Box>
      <Suspense fallback={<PageLoading />}>
        <TabComponent key={competition.id} competition={competition} />
      </Suspense>
    </>
  );
}
