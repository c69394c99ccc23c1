/**
 * The confirmer's side: the typed values read-only in the sheet's layout. The confirmer writes their own name
 * (not the entry person's), compares every cell with the paper, and either confirms — asked first, with how many
 * marks will be recorded — or rejects, naming the cells that differ. No value can be changed here.
 */
import { useState } from 'react';
import { Alert, Box, Button, Chip, Dialog, DialogActions, DialogContent, DialogContentText, DialogTitle, Stack, TextField, Typography } from '@mui/material';
import { useTranslation } from 'react-i18next';
import { paperCellKey, samePersonName, type PaperCellRef } from '../../../../shared/judging';
import { useRepositories } from '../../../db/useRepositories';
import { cellLabel, refusalText } from './paperText';
import { PaperSheetGrid } from './PaperSheetGrid';
import type { PaperSheetView } from './usePaperSheet';

export function PaperConfirmView({ view }: { view: PaperSheetView }) {
  const { t } = useTranslation();
  const repositories = useRepositories();
  const { sheet } = view;
  const [name, setName] = useState('');
  const [flagged, setFlagged] = useState<ReadonlyMap<string, PaperCellRef>>(new Map());
  const [reason, setReason] = useState('');
  const [asking, setAsking] = useState(false);
  const [message, setMessage] = useState<string>();

  const same = name.trim() !== '' && samePersonName(name, sheet.enteredBy);
  const nameOk = name.trim() !== '' && !same;
  const toggle = (cell: PaperCellRef) => {
    const key = paperCellKey(cell);
    const next = new Map(flagged);
    if (next.has(key)) next.delete(key);
    else next.set(key, { subjectRef: cell.subjectRef, itemId: cell.itemId });
    setFlagged(next);
  };
  const toRecord = sheet.cells.filter((c) => !view.marks.some((m) => m.moduleId === sheet.moduleId && m.itemId === c.itemId && m.subjectRef === c.subjectRef)).length;

  const reject = async () => {
    const result = await repositories.paperSheets.reject(sheet.id, { confirmer: name, cells: [...flagged.values()], reason });
    setMessage(result.ok ? undefined : refusalText(t, result));
  };
  const confirm = async () => {
    setAsking(false);
    const result = await repositories.paperSheets.confirm(sheet.id, name);
    setMessage(result.ok ? undefined : refusalText(t, result));
  };

  return (
    <Stack spacing={1.5}>
      <Alert severity="info">{t('paperSheets.confirm.help', { name: sheet.enteredBy })}</Alert>
      <Stack direction="row" spacing={1} sx={{ alignItems: 'flex-start', flexWrap: 'wrap', rowGap: 1 }}>
        <TextField
          size="small"
          label={t('paperSheets.confirm.yourName')}
          value={name}
          onChange={(e) => setName(e.target.value.slice(0, 100))}
          error={same}
          helperText={same ? t('paperSheets.confirm.samePerson', { name: sheet.enteredBy }) : t('paperSheets.confirm.nameHelp')}
          sx={{ width: 320 }}
          slotProps={{ htmlInput: { 'data-testid': 'paper-confirmer-name' } }}
        />
        <Box sx={{ flexGrow: 1 }} />
        <Button color="error" variant="outlined" disabled={!nameOk || flagged.size === 0} onClick={() => void reject()} data-testid="paper-reject">
          {t('paperSheets.confirm.reject', { n: flagged.size })}
        </Button>
        <Button variant="contained" disabled={!nameOk || flagged.size > 0 || view.conflicts.size > 0} onClick={() => setAsking(true)} data-testid="paper-confirm">
          {t('paperSheets.confirm.confirm')}
        </Button>
      </Stack>
      {view.conflicts.size > 0 && <Alert severity="error" data-testid="paper-conflicts">{t('paperSheets.conflicts', { n: view.conflicts.size })}</Alert>}
      {view.rejected.size > 0 && <Typography variant="caption" color="text.secondary">{t('paperSheets.confirm.correctedHint')}</Typography>}
      {message && <Alert severity="error" data-testid="paper-message">{message}</Alert>}
      <PaperSheetGrid
        view={view}
        readOnly
        flagOf={(cell) => {
          const key = paperCellKey(cell);
          if (flagged.has(key)) return 'rejected';
          if (view.conflicts.has(key)) return 'conflict';
          return view.rejected.has(key) ? 'corrected' : undefined;
        }}
        onToggleFlag={toggle}
        panelExtra={(cell) => (
          <>
            <Button variant={flagged.has(paperCellKey(cell)) ? 'contained' : 'outlined'} color="error" onClick={() => toggle(cell)} data-testid="paper-flag-cell">
              {flagged.has(paperCellKey(cell)) ? t('paperSheets.confirm.unflag') : t('paperSheets.confirm.flag')}
            </Button>
            <Box sx={{ display: 'flex', flexWrap: 'wrap', gap: 0.5 }}>
              {[...flagged.values()].map((c) => (
                <Chip key={paperCellKey(c)} size="small" color="error" label={cellLabel(t, c, view.cellName(c).item)} onDelete={() => toggle(c)} data-testid="paper-flagged-cell" />
              ))}
            </Box>
            {flagged.size > 0 && (
              <TextField size="small" multiline minRows={2} label={t('paperSheets.confirm.reason')} value={reason} onChange={(e) => setReason(e.target.value.slice(0, 1000))} slotProps={{ htmlInput: { 'data-testid': 'paper-reject-reason' } }} />
            )}
          </>
        )}
      />
      <Dialog open={asking} onClose={() => setAsking(false)}>
        <DialogTitle>{t('paperSheets.confirm.askTitle')}</DialogTitle>
        <DialogContent>
          <DialogContentText data-testid="paper-confirm-question">
            {t('paperSheets.confirm.ask', { n: toRecord, judge: view.judgeName, module: view.module.name })}
          </DialogContentText>
          {sheet.cells.length > toRecord && <DialogContentText sx={{ mt: 1 }}>{t('paperSheets.confirm.askUnchanged', { n: sheet.cells.length - toRecord })}</DialogContentText>}
          <DialogContentText sx={{ mt: 1 }}>{t('paperSheets.confirm.askWho', { entered: sheet.enteredBy, confirmer: name.trim() })}</DialogContentText>
        </DialogContent>
        <DialogActions>
          <Button onClick={() => setAsking(false)}>{t('common.cancel')}</Button>
          <Button variant="contained" onClick={() => void confirm()} data-testid="paper-confirm-yes">{t('paperSheets.confirm.confirmYes', { n: toRecord })}</Button>
        </DialogActions>
      </Dialog>
    </Stack>
  );
}
