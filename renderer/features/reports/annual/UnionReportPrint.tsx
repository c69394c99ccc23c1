/** /print/union-report/:year — the union annual report on A4 pages, printed to PDF (main's printToPDF, or the browser's dialog). */
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useParams } from 'react-router';
import { PageLoading } from '../../../app/components/PageLoading';
import { PrintMessage } from '../../competitions/printables/PrintMessage';
import { PrintToolbar } from '../../competitions/printables/PrintToolbar';
import { usePrintReady } from '../../print/usePrintReady';
import { useReportLabel } from '../useReportLabel';
import { reportChartSvgs } from '../../../../shared/reports/reportText';
import { decodeCharts } from './ChartImages';
import { UnionReportView } from './UnionReportView';
import { useReportExports } from './useReportExports';
import { useUnionReport } from './useUnionReport';

export default function UnionReportPrint() {
  const { year = '' } = useParams();
  const { t } = useTranslation();
  const label = useReportLabel();
  const exports = useReportExports();
  const state = useUnionReport(Number(year) || null);
  const [chartsFor, setChartsFor] = useState<object>();
  useEffect(() => {
    const report = state.report;
    if (!report) return;
    let live = true;
    void decodeCharts(reportChartSvgs(report, label)).then(() => live && setChartsFor(report));
    return () => {
      live = false;
    };
  }, [state.report, label]);
  // Main prints as soon as the page says it is ready: only once the charts are decoded.
  usePrintReady(state.report !== undefined && chartsFor === state.report);
  if (state.error) return <PrintMessage>{t('reporting.annual.failed', { message: state.error })}</PrintMessage>;
  if (!state.report) return <PageLoading />;
  const report = state.report;

  return (
    <>
      <PrintToolbar backTo="/reports" backLabel={t('reporting.annual.back')} printLabel={t('reporting.annual.print')} save={() => exports.pdf(report.year)} />
      <UnionReportView report={report} label={label} />
    </>
  );
}
