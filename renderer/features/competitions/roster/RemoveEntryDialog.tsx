/** Asks before an entry leaves the roster; a drawn entry's removal means the draw must be run again. */
import { Button, Dialog, DialogActions, DialogContent, DialogContentText, DialogTitle } from '@mui/material';
import { useTranslation } from 'react-i18next';
import type { RosterTableRow } from './rosterRows';

export function RemoveEntryDialog({ row, onConfirm, onClose }: { row: RosterTableRow; onConfirm: () => void; onClose: () => void }) {
  const { t } = useTranslation();
  const drawn = row.entry.drawOrder !== undefined;
  return (
    <Dialog open onClose={onClose} maxWidth="xs" fullWidth>
      <DialogTitle>{t('roster.remove.title', { name: row.teamName || row.names })}</DialogTitle>
      <DialogContent>
        <DialogContentText>{t('roster.remove.body')}</DialogContentText>
        {drawn && <DialogContentText sx={{ mt: 1 }}>{t('roster.remove.drawn')}</DialogContentText>}
      </DialogContent>
      <DialogActions>
        <Button onClick={onClose}>{t('common.cancel')}</Button>
        <Button variant="contained" color="error" onClick={onConfirm} data-testid="roster-remove-confirm">
          {t('roster.remove.confirm')}
        </Button>
      </DialogActions>
    </Dialog>
  );
}
