/**
 * The entry person's side: type the paper's values into the grid, then hand the sheet over. A returned sheet
 * shows the cells the confirmer rejected (and why); only those can be changed then.
 */
import { useState } from 'react';
import { Alert, Box, Button, Chip, Dialog, DialogActions, DialogContent, DialogContentText, DialogTitle, Stack, Typography } from '@mui/material';
import SendIcon from '@mui/icons-material/Send';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router';
import { paperCellKey } from '../../../../shared/judging';
import { useRepositories } from '../../../db/useRepositories';
import { cellLabel, refusalText } from './paperText';
import { PaperSheetGrid } from './PaperSheetGrid';
import type { PaperSheetView, usePaperSheet } from './usePaperSheet';

export function PaperEntryView({ view, setCell }: { view: PaperSheetView; setCell: ReturnType<typeof usePaperSheet>['setCell'] }) {
  const { t } = useTranslation();
  const repositories = useRepositories();
  const navigate = useNavigate();
  const [message, setMessage] = useState<string>();
  const [discarding, setDiscarding] = useState(false);
  const { sheet } = view;
  const returned = sheet.status === 'returned';
  const lastRejection = sheet.history.filter((s) => s.action === 'rejected').at(-1);

  const handOver = async () => {
    const result = await repositories.paperSheets.handOver(sheet.id);
    setMessage(result.ok ? undefined : refusalText(t, result));
  };

  const discard = async () => {
    setDiscarding(false);
    const result = await repositories.paperSheets.discard(sheet.id);
    if (result.ok) navigate(`/competitions/${sheet.competitionId}/review`);
    else setMessage(refusalText(t, result));
  };

  return (
    <Stack spacing={1.5}>
      {returned ? (
        <Alert severity="warning" data-testid="paper-returned">
          <Typography variant="body2" sx={{ fontWeight: 600 }}>
            {t('paperSheets.entry.returned', { by: lastRejection?.by ?? '', n: sheet.rejectedCells.length })}
          </Typography>
          {sheet.rejectionReason && <Typography variant="body2">{t('paperSheets.entry.reason', { reason: sheet.rejectionReason })}</Typography>}
          <Box sx={{ display: 'flex', flexWrap: 'wrap', gap: 0.5, mt: 1 }}>
            {sheet.rejectedCells.map((c) => (
              <Chip key={paperCellKey(c)} size="small" color="error" variant="outlined" label={cellLabel(t, c, view.cellName(c).item)} data-testid="paper-rejected-cell" />
            ))}
          </Box>
        </Alert>
      ) : (
        <Alert severity="info">{t('paperSheets.entry.help', { name: sheet.enteredBy })}</Alert>
      )}
      {view.conflicts.size > 0 && <Alert severity="error" data-testid="paper-conflicts">{t('paperSheets.conflicts', { n: view.conflicts.size })}</Alert>}
      {message && <Alert severity="error" data-testid="paper-message">{message}</Alert>}
      <Stack direction="row" spacing={2} sx={{ alignItems: 'center', flexWrap: 'wrap', rowGap: 1 }}>
        <Typography variant="body2" color="text.secondary" data-testid="paper-typed-count">
          {t('paperSheets.entry.typed', { n: sheet.cells.length, total: view.items.length * view.subjects.length })}
        </Typography>
        <Box sx={{ flexGrow: 1 }} />
        <Button color="inherit" onClick={() => setDiscarding(true)} data-testid="paper-discard">
          {t('paperSheets.entry.discard')}
        </Button>
        <Button variant="contained" startIcon={<SendIcon />} disabled={sheet.cells.length === 0} onClick={() => void handOver()} data-testid="paper-hand-over">
          {t('paperSheets.entry.handOver')}
        </Button>
      </Stack>
      <PaperSheetGrid
        view={view}
        readOnly={false}
        flagOf={(cell) => {
          const key = paperCellKey(cell);
          return view.conflicts.has(key) ? 'conflict' : returned && view.rejected.has(key) ? 'rejected' : undefined;
        }}
        onWrite={async (cell, value, note) => {
          const result = await setCell(cell, value, note);
          return result.ok ? undefined : refusalText(t, result);
        }}
      />
      <Dialog open={discarding} onClose={() => setDiscarding(false)}>
        <DialogTitle>{t('paperSheets.entry.discardTitle')}</DialogTitle>
        <DialogContent>
          <DialogContentText>{t('paperSheets.entry.discardBody', { n: sheet.cells.length, judge: view.judgeName, module: view.module.name })}</DialogContentText>
        </DialogContent>
        <DialogActions>
          <Button onClick={() => setDiscarding(false)}>{t('common.cancel')}</Button>
          <Button color="error" variant="contained" onClick={() => void discard()} data-testid="paper-discard-confirm">{t('paperSheets.entry.discard')}</Button>
        </DialogActions>
      </Dialog>
    </Stack>
  );
}
