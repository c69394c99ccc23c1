/**
 * Routes. Hash routing, because the desktop app is served from app://jiangxin/index.html and the web build
 * from any folder. Feature pages load lazily so the first screen ships only what it needs.
 */
import { lazy, Suspense, type ComponentType } from 'react';
import { createHashRouter } from 'react-router';
import { PrintLayout } from '../features/print/PrintLayout';
import { AppShell } from './AppShell';
import { PageLoading } from './components/PageLoading';

function page(load: () => Promise<{ default: ComponentType }>) {
  const Page = lazy(load);
  return (
    <Suspense fallback={<PageLoading />}>
      <Page />
    </Suspense>
  );
}

export const NAV_ITEMS = [
  'dashboard',
  'competitions',
  'judging',
  'studios',
  'projects',
  'people',
  'pipeline',
  'knowledge',
  'reports',
  'settings',
] as const;
export type NavItem = (typeof NAV_ITEMS)[number];

export const NAV_PATHS: Record<NavItem, string> = {
  dashboard: '/',
  competitions: '/competitions',
  judging: '/judging',
  studios: '/studios',
  projects: '/projects',
  people: '/people',
  pipeline: '/synergy/pipeline',
  knowledge: '/knowledge',
  reports: '/reports',
  settings: '/settings',
};

export const router = createHashRouter([
  {
    path: '/',
    element: <AppShell />,
    children: [
      { index: true, element: page(() => import('../features/dashboard/DashboardPage')) },
      { path: 'competitions', element: page(() => import('../features/competitions/CompetitionsPage')) },
      { path: 'competitions/:competitionId/:tab?', element: page(() => import('../features/competitions/CompetitionDetailPage')) },
      // A paper score sheet typed in on the master (paper fallback; its list is on the review tab).
      { path: 'competitions/:competitionId/paper/:sheetId', element: page(() => import('../features/judging/paper/PaperSheetPage')) },
      { path: 'judging', element: page(() => import('../features/judging/JudgingPage')) },
      { path: 'studios', element: page(() => import('../features/studios/StudiosPage')) },
      { path: 'projects', element: page(() => import('../features/projects/ProjectsPage')) },
      { path: 'people', element: page(() => import('../features/people/PeoplePage')) },
      // Detail routes of the studios work (HELPERS.md contract: every row leads to its record).
      { path: 'studios/:studioId', element: page(() => import('../features/studios/StudioDetailPage')) },
      { path: 'projects/:projectId', element: page(() => import('../features/projects/ProjectDetailPage')) },
      { path: 'people/:personId', element: page(() => import('../features/people/PersonDetailPage')) },
      { path: 'achievements/:achievementId', element: page(() => import('../features/achievements/AchievementDetailPage')) },
      { path: 'activities/:activityId', element: page(() => import('../features/studios/activities/ActivityDetailPage')) },
      // The talent pipeline (synergy): candidates, invitations, cohorts.
      { path: 'synergy/pipeline/:tab?', element: page(() => import('../features/synergy/pipeline/PipelinePage')) },
      { path: 'knowledge', element: page(() => import('../features/knowledge/KnowledgePage')) },
      { path: 'knowledge/:articleId', element: page(() => import('../features/knowledge/ArticlePage')) },
      { path: 'knowledge/:articleId/edit', element: page(() => import('../features/knowledge/ArticleEditorPage')) },
      { path: 'reports/:tab?', element: page(() => import('../features/reports/ReportsPage')) },
      { path: 'settings', element: page(() => import('../features/settings/SettingsPage')) },
    ],
  },
  {
    // Report views printed to PDF: no shell, white A4 pages (see features/print).
    path: '/print',
    element: <PrintLayout />,
    children: [
      { path: 'score-sheets/:competitionId', element: page(() => import('../features/competitions/printables/ScoreSheetsPrint')) },
      { path: 'draw/:competitionId', element: page(() => import('../features/competitions/printables/DrawResultPrint')) },
      { path: 'judges/:competitionId', element: page(() => import('../features/competitions/printables/JudgeAssignmentPrint')) },
      { path: 'sealed-codes/:competitionId', element: page(() => import('../features/competitions/draw/SealedCodesPrint')) },
      { path: 'knowledge/article/:articleId', element: page(() => import('../features/knowledge/ArticlesPrint')) },
      { path: 'knowledge/list', element: page(() => import('../features/knowledge/ArticlesPrint')) },
      { path: 'results/:competitionId/:report', element: page(() => import('../features/results/print/ResultsPrint')) },
      { path: 'union-report/:year', element: page(() => import('../features/reports/annual/UnionReportPrint')) },
    ],
  },
]);
