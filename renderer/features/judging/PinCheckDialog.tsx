/** Asks for a PIN and checks it against the given hashes (PBKDF2 with each hash's own parameters). */
import { useState } from 'react';
import { Alert, Button, Dialog, DialogActions, DialogContent, DialogContentText, DialogTitle, TextField } from '@mui/material';
import { useTranslation } from 'react-i18next';
import { verifyPin } from '../../../shared/competitions/pin/hashPin';

/** A PIN hash that may open the dialog, with the KDF parameters it was made with. */
export interface PinCandidate {
  readonly id: string;
  readonly hash: string;
  readonly salt: string;
  readonly iterations: number;
}

export function PinCheckDialog({
  title,
  body,
  candidates,
  onClose,
  onPassed,
}: {
  title: string;
  body: string;
  candidates: readonly PinCandidate[];
  onClose: () => void;
  onPassed: (candidate: PinCandidate) => void;
}) {
  const { t } = useTranslation();
  const [pin, setPin] = useState('');
  const [checking, setChecking] = useState(false);
  const [failed, setFailed] = useState(false);
  const check = async () => {
    setChecking(true);
    for (const candidate of candidates) {
      if (await verifyPin(pin, candidate.hash, candidate.salt, candidate.iterations)) {
        setChecking(false);
        onPassed(candidate);
        return;
      }
    }
    setChecking(false);
    setFailed(true);
    setPin('');
  };
  return (
    <Dialog open onClose={onClose} maxWidth="xs" fullWidth>
      <DialogTitle>{title}</DialogTitle>
      <DialogContent>
        <DialogContentText sx={{ mb: 2 }}>{body}</DialogContentText>
        <TextField
          autoFocus
          fullWidth
          type="password"
          label={t('judging.pin')}
          value={pin}
          onChange={(e) => setPin(e.target.value.replace(/\D/g, '').slice(0, 8))}
          onKeyDown={(e) => e.key === 'Enter' && pin.length >= 4 && void check()}
          slotProps={{ htmlInput: { inputMode: 'numeric', autoComplete: 'off', 'data-testid': 'pin-check-input' } }}
        />
        {failed && <Alert severity="error" sx={{ mt: 2 }}>{t('judging.wrongPin')}</Alert>}
      </DialogContent>
      <DialogActions>
        <Button onClick={onClose}>{t('common.cancel')}</Button>
        <Button variant="contained" disabled={checking || pin.length < 4} onClick={() => void check()} data-testid="pin-check-confirm">
          {checking ? t('judging.checking') : t('common.confirm')}
        </Button>
      </DialogActions>
    </Dialog>
  );
}
