/**
 * First import on a judge laptop: the fingerprint of the key that signed the package, for the organiser to
 * compare with the one on the master laptop's package tab. Confirming pins the key; from then on only packages
 * signed by it are accepted.
 */
import { Alert, Box, Button, Dialog, DialogActions, DialogContent, DialogContentText, DialogTitle } from '@mui/material';
import { useTranslation } from 'react-i18next';

export function ConfirmKeyDialog({
  competitionName,
  fingerprint,
  onConfirm,
  onCancel,
}: {
  competitionName: string;
  fingerprint: string;
  onConfirm: () => void;
  onCancel: () => void;
}) {
  const { t } = useTranslation();
  return (
    <Dialog open onClose={onCancel} maxWidth="sm" fullWidth data-testid="confirm-key-dialog">
      <DialogTitle>{t('judging.confirmKey.title')}</DialogTitle>
      <DialogContent>
        <DialogContentText>{t('judging.confirmKey.body', { name: competitionName })}</DialogContentText>
        <Box
          component="code"
          data-testid="confirm-key-fingerprint"
          sx={{ display: 'block', fontFamily: 'monospace', fontSize: 20, letterSpacing: 1, my: 2, p: 1.5, bgcolor: 'grey.100', borderRadius: 1, textAlign: 'center' }}
        >
          {fingerprint}
        </Box>
        <Alert severity="warning">{t('judging.confirmKey.warning')}</Alert>
      </DialogContent>
      <DialogActions>
        <Button onClick={onCancel} data-testid="confirm-key-cancel">
          {t('judging.confirmKey.cancel')}
        </Button>
        <Button variant="contained" onClick={onConfirm} data-testid="confirm-key-accept">
          {t('judging.confirmKey.accept')}
        </Button>
      </DialogActions>
    </Dialog>
  );
}
