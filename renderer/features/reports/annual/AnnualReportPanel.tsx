/** The union annual report tab: choose the year, export Word / PDF / raw figures, and read the report below. */
import { useState } from 'react';
import { Alert, Box, Button, MenuItem, Paper, Stack, TextField, Typography } from '@mui/material';
import DescriptionIcon from '@mui/icons-material/Description';
import PictureAsPdfIcon from '@mui/icons-material/PictureAsPdf';
import TableChartIcon from '@mui/icons-material/TableChart';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { PageLoading } from '../../../app/components/PageLoading';
import type { SavedFile } from '../../../platform';
import { printErrorText } from '../../competitions/printables/printErrorText';
import { useReportLabel } from '../useReportLabel';
import { UnionReportView } from './UnionReportView';
import { unionReportPrintRoute, useReportExports } from './useReportExports';
import { useUnionReport } from './useUnionReport';

export function AnnualReportPanel() {
  const { t } = useTranslation();
  const label = useReportLabel();
  const [year, setYear] = useState<number | null>(null);
  const state = useUnionReport(year);
  const exports = useReportExports();
  const [busy, setBusy] = useState<string>();
  const [notice, setNotice] = useState<{ severity: 'success' | 'info' | 'error'; text: string }>();

  if (state.years === undefined) return <PageLoading />;
  if (state.years.length === 0 || state.year === null) return <Alert severity="info">{t('reporting.annual.noData')}</Alert>;
  const report = state.report;

  const run = async (key: string, action: () => Promise<SavedFile | null>, browserInfo = false) => {
    setBusy(key);
    setNotice(undefined);
    try {
      const saved = await action();
      if (saved) setNotice({ severity: 'success', text: t('reporting.annual.saved', { name: saved.path ?? saved.name }) });
      else if (browserInfo) setNotice({ severity: 'info', text: t('reporting.annual.openedInTab') });
    } catch (error) {
      setNotice({ severity: 'error', text: printErrorText(t, error) });
    } finally {
      setBusy(undefined);
    }
  };
  const disabled = !report || busy !== undefined;

  return (
    <Box sx={{ maxWidth: 1000 }}>
      <Typography variant="body2" color="text.secondary" sx={{ mb: 2 }}>
        {t('reporting.annual.intro')}
      </Typography>
      <Stack direction="row" spacing={1} sx={{ mb: 2, flexWrap: 'wrap', rowGap: 1, alignItems: 'center' }}>
        <TextField select size="small" label={t('reporting.annual.yearLabel')} value={state.year} onChange={(e) => setYear(Number(e.target.value))} sx={{ minWidth: 110 }} slotProps={{ select: { 'data-testid': 'report-year' } as object }}>
          {state.years.map((y) => (
            <MenuItem key={y} value={y}>
              {y}
            </MenuItem>
          ))}
        </TextField>
        <Button variant="contained" startIcon={<DescriptionIcon />} disabled={disabled} onClick={() => report && void run('docx', () => exports.docx(report))} data-testid="report-export-docx">
          {t('reporting.annual.exportDocx')}
        </Button>
        <Button variant="outlined" startIcon={<PictureAsPdfIcon />} disabled={disabled} onClick={() => report && void run('pdf', () => exports.pdf(report.year), true)} data-testid="report-export-pdf">
          {t('reporting.annual.exportPdf')}
        </Button>
        <Button variant="outlined" startIcon={<TableChartIcon />} disabled={disabled} onClick={() => report && void run('xlsx', () => exports.xlsx(report))} data-testid="report-export-xlsx">
          {t('reporting.annual.exportXlsx')}
        </Button>
        <Button component={Link} to={unionReportPrintRoute(state.year)} disabled={!report} data-testid="report-preview">
          {t('reporting.annual.preview')}
        </Button>
      </Stack>
      {notice && (
        <Alert severity={notice.severity} sx={{ mb: 2 }} onClose={() => setNotice(undefined)} data-testid="report-notice">
          {notice.text}
        </Alert>
      )}
      {state.error && <Alert severity="error">{t('reporting.annual.failed', { message: state.error })}</Alert>}
      {report ? (
        <Paper variant="outlined" sx={{ p: { xs: 2, md: 4 }, bgcolor: '#fff' }} aria-label={t('reporting.annual.previewTitle')}>
          <UnionReportView report={report} label={label} />
        </Paper>
      ) : (
        !state.error && <PageLoading />
      )}
    </Box>
  );
}
