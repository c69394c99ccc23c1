/**
 * A judge chooses the PIN they will log in with on the judge laptop, typed twice. Only the PBKDF2 hash and its
 * salt are stored; hashing takes a noticeable moment, so the dialog shows that it is working.
 */
import { useState } from 'react';
import {
  Alert,
  Button,
  Dialog,
  DialogActions,
  DialogContent,
  DialogContentText,
  DialogTitle,
  LinearProgress,
  Stack,
  TextField,
  Typography,
} from '@mui/material';
import { useTranslation } from 'react-i18next';
import { hashPin } from '../../../../shared/competitions/pin/hashPin';
import { PIN_MAX_LENGTH, PIN_MIN_LENGTH, validatePin } from '../../../../shared/competitions/pin/validatePin';
import type { JudgeAssignment } from '../../../../shared/domain';
import { useRepositories } from '../../../db/useRepositories';

export function PinDialog({
  assignment,
  judgeName,
  onClose,
  onSaved,
}: {
  assignment: JudgeAssignment;
  judgeName: string;
  onClose: () => void;
  onSaved: () => void;
}) {
  const { t } = useTranslation();
  const repositories = useRepositories();
  const [pin, setPin] = useState('');
  const [repeat, setRepeat] = useState('');
  const [attempted, setAttempted] = useState(false);
  const [hashing, setHashing] = useState(false);
  const [failure, setFailure] = useState<string>();

  const validation = validatePin(pin);
  const pinError = attempted && !validation.ok ? t(`judges.pin.issues.${validation.code}`, { ...validation.params }) : undefined;
  const repeatError = attempted && validation.ok && pin !== repeat ? t('judges.pin.mismatch') : undefined;

  const save = async () => {
    setAttempted(true);
    setFailure(undefined);
    if (!validation.ok || pin !== repeat) return;
    setHashing(true);
    try {
      const { hash, salt, iterations } = await hashPin(pin);
      await repositories.competitions.judges.save({ ...assignment, pinHash: hash, pinSalt: salt, pinKdf: { algorithm: 'PBKDF2-HMAC-SHA256', iterations } });
      onSaved();
    } catch (error) {
      setFailure(t('common.errorDetail', { message: error instanceof Error ? error.message : String(error) }));
      setHashing(false);
    }
  };

  const field = (testId: string) => ({
    htmlInput: { 'data-testid': testId, inputMode: 'numeric' as const, autoComplete: 'new-password', maxLength: 16 },
  });

  return (
    <Dialog open onClose={hashing ? undefined : onClose} maxWidth="xs" fullWidth data-testid="judge-pin-dialog">
      <DialogTitle>{t(assignment.pinHash ? 'judges.pin.resetTitle' : 'judges.pin.title', { name: judgeName })}</DialogTitle>
      <form
        onSubmit={(event) => {
          event.preventDefault();
          void save();
        }}
      >
        <DialogContent>
          <DialogContentText sx={{ mb: 2 }}>{t('judges.pin.intro', { min: PIN_MIN_LENGTH, max: PIN_MAX_LENGTH })}</DialogContentText>
          <Stack spacing={2}>
            <TextField
              type="password"
              label={t('judges.pin.pin')}
              value={pin}
              onChange={(event) => setPin(event.target.value.trim())}
              error={pinError !== undefined}
              helperText={pinError ?? t('judges.pin.rules', { min: PIN_MIN_LENGTH, max: PIN_MAX_LENGTH })}
              disabled={hashing}
              autoFocus
              slotProps={field('judge-pin')}
            />
            <TextField
              type="password"
              label={t('judges.pin.repeat')}
              value={repeat}
              onChange={(event) => setRepeat(event.target.value.trim())}
              error={repeatError !== undefined}
              helperText={repeatError ?? ' '}
              disabled={hashing}
              slotProps={field('judge-pin-repeat')}
            />
            {hashing && (
              <Stack spacing={1} role="status" data-testid="judge-pin-hashing">
                <LinearProgress />
                <Typography variant="body2" color="text.secondary">
                  {t('judges.pin.hashing')}
                </Typography>
              </Stack>
            )}
            {failure && <Alert severity="error">{failure}</Alert>}
          </Stack>
        </DialogContent>
        <DialogActions>
          <Button onClick={onClose} disabled={hashing}>
            {t('common.cancel')}
          </Button>
          <Button type="submit" variant="contained" disabled={hashing} data-testid="judge-pin-save">
            {t('judges.pin.save')}
          </Button>
        </DialogActions>
      </form>
    </Dialog>
  );
}
