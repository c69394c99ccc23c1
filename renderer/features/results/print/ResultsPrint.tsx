/**
 * /print/results/:competitionId/:report — the results reports printed to PDF, each made from the latest publication
 * snapshot (or the live results before publication, said so) and each showing the snapshot hash: the ranking, the
 * per-entrant score sheets with signature lines, the award list, the certificates (one landscape page each) and the
 * 公示 notice.
 */
import { Box } from '@mui/material';
import { useTranslation } from 'react-i18next';
import { useParams } from 'react-router';
import type { Competition } from '../../../../shared/domain';
import { PageLoading } from '../../../app/components/PageLoading';
import { useLiveRecords } from '../../../db/useLiveRecords';
import { PrintMessage } from '../../competitions/printables/PrintMessage';
import { safeFileName } from '../../competitions/printables/printRoutes';
import { PrintToolbar } from '../../competitions/printables/PrintToolbar';
import { usePrintReady } from '../../print/usePrintReady';
import { useResultsReport, type ResultsState } from '../useResultsReport';
import { AwardListPage, CertificatesPages, NoticePage, RankingPage, ScoreSheetPages } from './resultsPages';
import { RESULTS_REPORTS, resultsPrintRoute, type ResultsReportKind } from './resultsPrintRoutes';

export default function ResultsPrint() {
  const { competitionId = '', report = 'ranking' } = useParams();
  const competition = useLiveRecords(async (r) => (await r.competitions.get(competitionId)) ?? null, [competitionId]);
  const { t } = useTranslation();
  if (competition === undefined) return <PageLoading />;
  if (competition === null || !(RESULTS_REPORTS as readonly string[]).includes(report)) return <PrintMessage>{t('printables.notFound')}</PrintMessage>;
  return <ResultsPrintBody competition={competition} kind={report as ResultsReportKind} />;
}

function ResultsPrintBody({ competition, kind }: { competition: Competition; kind: ResultsReportKind }) {
  const { t } = useTranslation();
  const state = useResultsReport(competition);
  usePrintReady(state !== undefined);
  if (!state) return <PageLoading />;
  const fileName = safeFileName(t(`results.reports.fileNames.${kind}`, { competition: competition.name }));
  const landscape = kind === 'certificates';
  return (
    <>
      {landscape && <style>{'@page { size: A4 landscape; margin: 12mm; }'}</style>}
      <PrintToolbar competitionId={competition.id} route={resultsPrintRoute(competition.id, kind)} fileName={fileName} backTab="reports" landscape={landscape} />
      <Pages kind={kind} competition={competition} state={state} />
    </>
  );
}

function Pages({ kind, competition, state }: { kind: ResultsReportKind; competition: Competition; state: ResultsState }) {
  switch (kind) {
    case 'ranking':
      return <RankingPage competition={competition} state={state} />;
    case 'sheets':
      return <ScoreSheetPages competition={competition} state={state} />;
    case 'awards':
      return <AwardListPage competition={competition} state={state} />;
    case 'certificates':
      return <CertificatesPages competition={competition} state={state} />;
    case 'notice':
      return <NoticePage competition={competition} state={state} />;
  }
}

/** The line under every report: the snapshot it comes from. */
export function HashLine({ state }: { state: ResultsState }) {
  const { t } = useTranslation();
  const snapshot = state.report.snapshot;
  return (
    <Box sx={{ fontSize: '9pt', mt: '4mm', color: '#000', wordBreak: 'break-all' }} data-testid="report-hash">
      {snapshot ? t('results.reports.hashLine', { sequence: snapshot.sequence, hash: snapshot.hash }) : t('results.reports.liveLine')}
    </Box>
  );
}
