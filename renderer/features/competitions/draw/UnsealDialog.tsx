/**
 * 揭封: the encryption officer types the passphrase the codes were sealed with. A wrong passphrase opens nothing
 * (AES-GCM refuses it); each try costs about a second of key derivation, which is what slows guessing.
 */
import { useState } from 'react';
import { Alert, Button, CircularProgress, Dialog, DialogActions, DialogContent, DialogContentText, DialogTitle, Stack, TextField } from '@mui/material';
import { useTranslation } from 'react-i18next';
import { CodeMapMismatchError } from '../../../../shared/competitions/sealing/codeMap';
import { WrongPassphraseError } from '../../../../shared/crypto/passphraseBox';
import { unsealCodeMap } from '../../../db/unsealedCodeMaps';
import { useRepositories } from '../../../db/useRepositories';

export function UnsealDialog({ competitionId, onUnsealed, onClose }: { competitionId: string; onUnsealed: () => void; onClose: () => void }) {
  const { t } = useTranslation();
  const repositories = useRepositories();
  const [passphrase, setPassphrase] = useState('');
  const [busy, setBusy] = useState(false);
  const [message, setMessage] = useState<string | null>(null);

  const submit = async () => {
    setBusy(true);
    setMessage(null);
    try {
      await unsealCodeMap(repositories, competitionId, passphrase);
      onUnsealed();
    } catch (error) {
      setMessage(
        error instanceof WrongPassphraseError
          ? t('draw.unseal.wrongPassphrase')
          : error instanceof CodeMapMismatchError
            ? t('draw.unseal.mismatch')
            : String(error),
      );
    } finally {
      setBusy(false);
      setPassphrase('');
    }
  };

  return (
    <Dialog open onClose={busy ? undefined : onClose} maxWidth="xs" fullWidth data-testid="draw-unseal-dialog">
      <DialogTitle>{t('draw.unseal.title')}</DialogTitle>
      <DialogContent>
        <Stack
          spacing={2}
          component="form"
          id="draw-unseal-form"
          onSubmit={(e) => {
            e.preventDefault();
            void submit();
          }}
        >
          <DialogContentText>{t('draw.unseal.body')}</DialogContentText>
          <TextField
            autoFocus
            type="password"
            label={t('draw.unseal.passphrase')}
            value={passphrase}
            onChange={(e) => setPassphrase(e.target.value)}
            disabled={busy}
            autoComplete="off"
            slotProps={{ htmlInput: { 'data-testid': 'draw-passphrase' } }}
          />
          {message && (
            <Alert severity="error" data-testid="draw-unseal-error">
              {message}
            </Alert>
          )}
        </Stack>
      </DialogContent>
      <DialogActions>
        <Button onClick={onClose} disabled={busy}>
          {t('common.cancel')}
        </Button>
        <Button
          type="submit"
          form="draw-unseal-form"
          variant="contained"
          disabled={busy || passphrase === ''}
          startIcon={busy ? <CircularProgress size={16} color="inherit" /> : undefined}
          data-testid="draw-unseal-submit"
        >
          {busy ? t('draw.unseal.checking') : t('draw.unseal.submit')}
        </Button>
      </DialogActions>
    </Dialog>
  );
}
