/**
 * /competitions/:competitionId/paper/:sheetId — one paper score sheet: typed in by one person, then checked by
 * another who can only confirm or reject; a confirmed sheet shows what it recorded. Every step is in its history.
 */
import { Alert, Box, Breadcrumbs, Link, Stack, Typography } from '@mui/material';
import { useTranslation } from 'react-i18next';
import { Link as RouterLink, useParams } from 'react-router';
import { PageHeader } from '../../../app/components/PageHeader';
import { PageLoading } from '../../../app/components/PageLoading';
import { PaperConfirmView } from './PaperConfirmView';
import { PaperEntryView } from './PaperEntryView';
import { PaperSheetGrid } from './PaperSheetGrid';
import { PaperStatusChip } from './PaperStatusChip';
import { cellLabel } from './paperText';
import { usePaperSheet } from './usePaperSheet';

export default function PaperSheetPage() {
  const { t } = useTranslation();
  const { competitionId = '', sheetId = '' } = useParams();
  const { view, setCell } = usePaperSheet(competitionId, sheetId);
  const reviewPath = `/competitions/${competitionId}/review`;
  if (view === undefined) return <PageLoading />;
  if (view === null) {
    return (
      <Alert severity="warning" action={<Link component={RouterLink} to={reviewPath}>{t('paperSheets.backToReview')}</Link>}>
        {t('paperSheets.notFound')}
      </Alert>
    );
  }
  const { sheet } = view;

  return (
    <Box data-testid="paper-sheet-page">
      <Breadcrumbs sx={{ mb: 1 }}>
        <Link component={RouterLink} to={`/competitions/${competitionId}`} underline="hover">{view.competition.name}</Link>
        <Link component={RouterLink} to={reviewPath} underline="hover" data-testid="paper-back-to-review">{t('paperSheets.backToReview')}</Link>
      </Breadcrumbs>
      <PageHeader
        title={t('paperSheets.sheetTitle', { judge: view.judgeName, module: view.module.name })}
        subtitle={t('paperSheets.sheetSubtitle', { name: sheet.enteredBy, at: new Date(sheet.createdAt).toLocaleString() })}
        actions={<PaperStatusChip status={sheet.status} />}
      />
      {(sheet.status === 'entering' || sheet.status === 'returned') && <PaperEntryView view={view} setCell={setCell} />}
      {sheet.status === 'awaiting_confirmation' && <PaperConfirmView view={view} />}
      {sheet.status === 'confirmed' && (
        <Stack spacing={1.5}>
          <Alert severity="success" data-testid="paper-confirmed">
            {t('paperSheets.confirmed', {
              by: sheet.confirmedBy ?? '',
              at: sheet.confirmedAt ? new Date(sheet.confirmedAt).toLocaleString() : '',
              n: sheet.eventIds?.length ?? 0,
              judge: view.judgeName,
            })}
            {sheet.unchangedCells ? ` ${t('paperSheets.confirmedUnchanged', { n: sheet.unchangedCells })}` : ''}
          </Alert>
          <PaperSheetGrid view={view} readOnly flagOf={() => undefined} />
        </Stack>
      )}
      <Typography variant="subtitle2" sx={{ mt: 3, mb: 0.5 }}>{t('paperSheets.historyTitle')}</Typography>
      <Box component="ol" sx={{ m: 0, pl: 3 }} data-testid="paper-history">
        {sheet.history.map((step, i) => (
          <Typography component="li" variant="body2" key={i}>
            {new Date(step.at).toLocaleString()} · {t(`paperSheets.steps.${step.action}`, { by: step.by })}
            {step.cells && step.cells.length > 0 ? ` · ${step.cells.map((c) => cellLabel(t, c, view.cellName(c).item)).join('、')}` : ''}
            {step.reason ? ` · ${step.reason}` : ''}
          </Typography>
        ))}
      </Box>
    </Box>
  );
}
