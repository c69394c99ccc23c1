/** /print/union-report/:year — the union annual report on A4 pages, printed to PDF (main's printToPDF, or the browser's dialog). */
import { useEffect, useState } from 'react';
import { Alert, Box, Button } from '@mui/material';
import ArrowBackIcon from '@mui/icons-material/ArrowBack';
import PrintIcon from '@mui/icons-material/Print';
import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router';
import { PageLoading } from '../../../app/components/PageLoading';
import { getPlatform } from '../../../platform';
import { printErrorText } from '../../competitions/printables/printErrorText';
import { PrintMessage } from '../../competitions/printables/PrintMessage';
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
  const [message, setMessage] = useState<{ severity: 'success' | 'error'; text: string }>();
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

  const print = async () => {
    if (getPlatform().kind === 'browser') {
      window.print();
      return;
    }
    try {
      const saved = await exports.pdf(report.year);
      if (saved) setMessage({ severity: 'success', text: t('reporting.annual.saved', { name: saved.path ?? saved.name }) });
    } catch (error) {
      setMessage({ severity: 'error', text: printErrorText(t, error) });
    }
  };

  return (
    <>
      <Box className="no-print" sx={{ display: 'flex', gap: 1, alignItems: 'center', flexWrap: 'wrap', py: 2, mb: 2, borderBottom: '1px solid #ccc' }}>
        <Button component={Link} to="/reports" startIcon={<ArrowBackIcon />} data-testid="print-back">
          {t('reporting.annual.back')}
        </Button>
        <Button variant="contained" startIcon={<PrintIcon />} onClick={() => void print()} data-testid="print-now">
          {t('reporting.annual.print')}
        </Button>
        {message && (
          <Alert severity={message.severity} sx={{ py: 0 }}>
            {message.text}
          </Alert>
        )}
      </Box>
      <UnionReportView report={report} label={label} />
    </>
  );
}
