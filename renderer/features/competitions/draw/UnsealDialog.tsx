/**
 * The encryption officer (加密裁判) proves who they are with the PIN of their judge assignment before the sealed
 * map is shown. The PIN is checked against the stored PBKDF2 hash; after repeated wrong PINs the dialog waits
 * a little, so guessing takes long.
 */
import { useEffect, useState } from 'react';
import {
  Alert,
  Button,
  CircularProgress,
  Dialog,
  DialogActions,
  DialogContent,
  DialogContentText,
  DialogTitle,
  MenuItem,
  Stack,
  TextField,
} from '@mui/material';
import { useTranslation } from 'react-i18next';
import { verifyPin } from '../../../../shared/competitions/pin/hashPin';
import { validatePin } from '../../../../shared/competitions/pin/validatePin';
import type { JudgeAssignment } from '../../../../shared/domain';
import { pinIssueText } from './drawMessages';

export interface Officer {
  readonly assignment: JudgeAssignment;
  readonly name: string;
}

const MAX_TRIES = 5;
const WAIT_MS = 30_000;
/** Wrong PINs per competition, kept for the session so leaving and reopening the dialog does not reset them. */
const attempts = new Map<string, { failures: number; waitUntil: number }>();

/** Counts a wrong PIN; every MAX_TRIES-th one starts a wait. Returns whether it did. */
function recordWrongPin(competitionId: string): boolean {
  const failures = (attempts.get(competitionId)?.failures ?? 0) + 1;
  const wait = failures % MAX_TRIES === 0;
  attempts.set(competitionId, { failures, waitUntil: wait ? Date.now() + WAIT_MS : 0 });
  return wait;
}

function clock(): number {
  return Date.now();
}

export function UnsealDialog({
  competitionId,
  officers,
  onUnsealed,
  onGoToJudges,
  onClose,
}: {
  competitionId: string;
  officers: readonly Officer[];
  onUnsealed: (officer: Officer) => void;
  onGoToJudges: () => void;
  onClose: () => void;
}) {
  const { t } = useTranslation();
  const withPin = officers.filter((o) => o.assignment.pinHash && o.assignment.pinSalt);
  const withoutPin = officers.filter((o) => !o.assignment.pinHash || !o.assignment.pinSalt);
  const [officerId, setOfficerId] = useState(withPin[0]?.assignment.id ?? '');
  const [pin, setPin] = useState('');
  const [busy, setBusy] = useState(false);
  const [message, setMessage] = useState<string | null>(null);
  const [now, setNow] = useState(clock);
  const waitUntil = attempts.get(competitionId)?.waitUntil ?? 0;
  const waiting = waitUntil > now;

  useEffect(() => {
    if (!waiting) return;
    const timer = setInterval(() => setNow(clock()), 1000);
    return () => clearInterval(timer);
  }, [waiting]);

  const submit = async () => {
    const officer = withPin.find((o) => o.assignment.id === officerId);
    if (!officer || waiting) return;
    const valid = validatePin(pin);
    // A PIN of the wrong shape is a typing slip: say what is wrong. A too simple one was never accepted as a
    // PIN, so it is simply wrong (and counts as a try).
    if (!valid.ok && valid.code !== 'pin_too_simple') {
      setMessage(pinIssueText(t, valid));
      return;
    }
    setBusy(true);
    setMessage(null);
    const matches = valid.ok && (await verifyPin(pin, officer.assignment.pinHash!, officer.assignment.pinSalt!));
    setBusy(false);
    setPin('');
    if (matches) {
      attempts.delete(competitionId);
      onUnsealed(officer);
      return;
    }
    const wait = recordWrongPin(competitionId);
    setNow(clock());
    setMessage(wait ? t('draw.unseal.tooManyTries', { seconds: WAIT_MS / 1000 }) : t('draw.unseal.wrongPin'));
  };

  return (
    <Dialog open onClose={busy ? undefined : onClose} maxWidth="xs" fullWidth data-testid="draw-unseal-dialog">
      <DialogTitle>{t('draw.unseal.title')}</DialogTitle>
      {withPin.length === 0 ? (
        <>
          <DialogContent>
            <Alert severity="warning" data-testid="draw-unseal-no-officer">
              {withoutPin.length > 0
                ? t('draw.unseal.officerWithoutPin', { names: withoutPin.map((o) => o.name).join('、') })
                : t('draw.unseal.noOfficer')}
            </Alert>
          </DialogContent>
          <DialogActions>
            <Button onClick={onClose}>{t('common.close')}</Button>
            <Button variant="contained" onClick={onGoToJudges} data-testid="draw-go-judges">
              {t('draw.unseal.goToJudges')}
            </Button>
          </DialogActions>
        </>
      ) : (
        <>
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
              {withPin.length > 1 && (
                <TextField select label={t('draw.unseal.officer')} value={officerId} onChange={(e) => setOfficerId(e.target.value)}>
                  {withPin.map((o) => (
                    <MenuItem key={o.assignment.id} value={o.assignment.id}>
                      {o.name}
                    </MenuItem>
                  ))}
                </TextField>
              )}
              {withPin.length === 1 && <DialogContentText>{t('draw.unseal.officerIs', { name: withPin[0]!.name })}</DialogContentText>}
              <TextField
                autoFocus
                type="password"
                label={t('draw.unseal.pin')}
                value={pin}
                onChange={(e) => setPin(e.target.value)}
                disabled={busy || waiting}
                autoComplete="off"
                slotProps={{ htmlInput: { inputMode: 'numeric', maxLength: 8, 'data-testid': 'draw-pin' } }}
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
              disabled={busy || waiting || pin === ''}
              startIcon={busy ? <CircularProgress size={16} color="inherit" /> : undefined}
              data-testid="draw-unseal-submit"
            >
              {busy ? t('draw.unseal.checking') : t('draw.unseal.submit')}
            </Button>
          </DialogActions>
        </>
      )}
    </Dialog>
  );
}
