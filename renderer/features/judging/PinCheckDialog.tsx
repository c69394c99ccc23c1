/** Asks for a PIN and checks it against the given judges' hashes (PBKDF2 with the package's parameters). */
import { useState } from 'react';
import { Alert, Button, Dialog, DialogActions, DialogContent, DialogContentText, DialogTitle, TextField } from '@mui/material';
import { useTranslation } from 'react-i18next';
import type { PackageJudge } from '../../../shared/competitions/package/competitionPackageSchema';
import { verifyPin } from '../../../shared/competitions/pin/hashPin';

export function PinCheckDialog({
  title,
  body,
  judges,
  iterations,
  onClose,
  onPassed,
}: {
  title: string;
  body: string;
  judges: readonly PackageJudge[];
  iterations: number;
  onClose: () => void;
  onPassed: (judge: PackageJudge) => void;
}) {
  const { t } = useTranslation();
  const [pin, setPin] = useState('');
  const [checking, setChecking] = useState(false);
  const [failed, setFailed] = useState(false);
  const check = async () => {
    setChecking(true);
    for (const judge of judges) {
      if (await verifyPin(pin, judge.pinHash, judge.pinSalt, iterations)) {
        setChecking(false);
        onPassed(judge);
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
