/**
 * A judge picks their name and types their PIN; nothing else of the competition is shown before that (the score
 * workspace then shows codes for sealed modules, orders and stations for live ones, never a name). Wrong PINs make the next try wait longer and lock the judge after a set number (pinLockout.ts);
 * the chief judge lifts a lock with the chief's own PIN on this laptop.
 */
import { useEffect, useState } from 'react';
import { Alert, Box, Button, Card, CardContent, MenuItem, Stack, TextField, Typography } from '@mui/material';
import { useTranslation } from 'react-i18next';
import type { PackageJudge } from '../../../shared/competitions/package/competitionPackageSchema';
import { verifyPin } from '../../../shared/competitions/pin/hashPin';
import { afterWrongPin, checkPinAttempt, type PinAttemptCheck } from '../../../shared/competitions/pin/pinLockout';
import { PIN_MAX_LENGTH, PIN_MIN_LENGTH_LEGACY } from '../../../shared/competitions/pin/validatePin';
import { PIN_ROLES } from '../../../shared/competitions/judges/assignmentRules';
import type { CompetitionPackageRow } from '../../db/repositories';
import { useRepositories } from '../../db/useRepositories';

type Message = { readonly severity: 'error' | 'warning' | 'success'; readonly text: string };

function usePinField() {
  const [pin, setPin] = useState('');
  return { pin, setPin, onChange: (value: string) => setPin(value.replace(/\D/g, '').slice(0, PIN_MAX_LENGTH)) };
}

/** The clock, read only in event handlers and effects (never while rendering). */
const clockNow = () => Date.now();

export function JudgeSignIn({ row, onSignedIn }: { row: CompetitionPackageRow; onSignedIn: (judge: PackageJudge) => void }) {
  const { t } = useTranslation();
  const repositories = useRepositories();
  const { pkg } = row;
  const competitionId = pkg.competition.id;
  const judges = pkg.judges.filter((j) => PIN_ROLES.has(j.role));
  const [judgeId, setJudgeId] = useState(judges[0]?.id ?? '');
  const field = usePinField();
  const chiefField = usePinField();
  const chiefs = pkg.judges.filter((j) => j.role === 'chief' && j.id !== judgeId);
  const [chiefId, setChiefId] = useState(chiefs[0]?.id ?? '');
  const [checking, setChecking] = useState(false);
  const [message, setMessage] = useState<Message | null>(null);
  const [attempt, setAttempt] = useState<PinAttemptCheck>({ ok: true });

  // The state of the judge picked, re-read when the pick changes and every second while they must wait.
  useEffect(() => {
    let live = true;
    const read = async () => {
      const state = await repositories.judging.pinAttempts(competitionId, judgeId);
      if (live) setAttempt(checkPinAttempt(state, Date.now()));
    };
    void read();
    const timer = setInterval(() => void read(), 1000);
    return () => {
      live = false;
      clearInterval(timer);
    };
  }, [repositories, competitionId, judgeId]);

  /** Checks a PIN against a judge's hash, counting a wrong one; returns whether it was right. */
  const tryPin = async (candidate: PackageJudge, pin: string): Promise<{ ok: boolean; check: PinAttemptCheck }> => {
    const before = checkPinAttempt(await repositories.judging.pinAttempts(competitionId, candidate.id), clockNow());
    if (!before.ok) return { ok: false, check: before };
    const ok = await verifyPin(pin, candidate.pin.hash, candidate.pin.salt, candidate.pin.kdf.iterations);
    if (ok) {
      await repositories.judging.clearPinAttempts(competitionId, candidate.id);
      return { ok, check: { ok: true } };
    }
    const state = afterWrongPin(await repositories.judging.pinAttempts(competitionId, candidate.id), clockNow());
    await repositories.judging.savePinAttempts(competitionId, candidate.id, state);
    return { ok, check: checkPinAttempt(state, clockNow()) };
  };

  const attemptText = (check: PinAttemptCheck) =>
    check.ok ? t('judging.wrongPin') : check.code === 'pin_locked' ? t('judging.locked', { failures: check.params.failures }) : t('judging.wait', { seconds: check.params.seconds });

  const signIn = async () => {
    const candidate = judges.find((j) => j.id === judgeId);
    if (!candidate) return;
    setChecking(true);
    const { ok, check } = await tryPin(candidate, field.pin);
    setChecking(false);
    field.setPin('');
    setAttempt(check);
    if (ok) onSignedIn(candidate);
    else setMessage({ severity: 'error', text: attemptText(check) });
  };

  const unlock = async () => {
    const chief = pkg.judges.find((j) => j.id === chiefId);
    if (!chief) return;
    setChecking(true);
    const { ok, check } = await tryPin(chief, chiefField.pin);
    chiefField.setPin('');
    if (ok) {
      await repositories.judging.clearPinAttempts(competitionId, judgeId);
      setAttempt({ ok: true });
      setMessage({ severity: 'success', text: t('judging.unlocked') });
    } else setMessage({ severity: 'error', text: check.ok ? t('judging.wrongChiefPin') : attemptText(check) });
    setChecking(false);
  };

  const locked = !attempt.ok && attempt.code === 'pin_locked';
  const waiting = !attempt.ok && attempt.code === 'pin_wait';

  return (
    <Card sx={{ maxWidth: 520, mx: 'auto', mt: 4 }} data-testid="judge-sign-in-card">
      <CardContent>
        <Typography variant="h6" component="h2" sx={{ mb: 2 }}>
          {t('judging.signInTitle')}
        </Typography>
        <Stack spacing={2}>
          <TextField
            select
            label={t('judging.whoAreYou')}
            value={judgeId}
            onChange={(e) => {
              setJudgeId(e.target.value);
              setMessage(null);
            }}
            slotProps={{ htmlInput: { 'data-testid': 'judge-select' } }}
          >
            {judges.map((j) => (
              <MenuItem key={j.id} value={j.id}>
                {j.displayName} · {t(`judges.roles.${j.role}`)}
              </MenuItem>
            ))}
          </TextField>
          <TextField
            label={t('judging.pin')}
            type="password"
            value={field.pin}
            disabled={locked || waiting || checking}
            onChange={(e) => field.onChange(e.target.value)}
            onKeyDown={(e) => e.key === 'Enter' && field.pin.length >= PIN_MIN_LENGTH_LEGACY && void signIn()}
            slotProps={{ htmlInput: { inputMode: 'numeric', autoComplete: 'off', 'data-testid': 'judge-sign-in-pin' } }}
          />
          {message && (
            <Alert severity={message.severity} data-testid={message.severity === 'success' ? 'judge-unlocked' : 'judge-sign-in-failed'}>
              {message.text}
            </Alert>
          )}
          {waiting && !message && <Alert severity="warning">{attemptText(attempt)}</Alert>}
          <Button variant="contained" disabled={checking || locked || waiting || field.pin.length < PIN_MIN_LENGTH_LEGACY} onClick={() => void signIn()} data-testid="judge-sign-in">
            {checking ? t('judging.checking') : waiting ? t('judging.waitButton', { seconds: attempt.params.seconds }) : t('judging.signIn')}
          </Button>
          {locked && (
            <Box data-testid="judge-locked" sx={{ borderTop: 1, borderColor: 'divider', pt: 2 }}>
              <Typography variant="subtitle2" component="h2" sx={{ mb: 1 }}>
                {t('judging.chiefUnlock.title')}
              </Typography>
              {chiefs.length === 0 ? (
                <Alert severity="warning">{t('judging.chiefUnlock.noChief')}</Alert>
              ) : (
                <Stack spacing={1.5}>
                  <Typography variant="body2" color="text.secondary">
                    {t('judging.chiefUnlock.body')}
                  </Typography>
                  <TextField select size="small" label={t('judging.chiefUnlock.chief')} value={chiefId} onChange={(e) => setChiefId(e.target.value)}>
                    {chiefs.map((j) => (
                      <MenuItem key={j.id} value={j.id}>
                        {j.displayName}
                      </MenuItem>
                    ))}
                  </TextField>
                  <TextField
                    size="small"
                    type="password"
                    label={t('judging.chiefUnlock.pin')}
                    value={chiefField.pin}
                    onChange={(e) => chiefField.onChange(e.target.value)}
                    slotProps={{ htmlInput: { inputMode: 'numeric', autoComplete: 'off', 'data-testid': 'chief-unlock-pin' } }}
                  />
                  <Button variant="outlined" disabled={checking || chiefField.pin.length < PIN_MIN_LENGTH_LEGACY} onClick={() => void unlock()} data-testid="chief-unlock">
                    {t('judging.chiefUnlock.submit')}
                  </Button>
                </Stack>
              )}
            </Box>
          )}
        </Stack>
      </CardContent>
    </Card>
  );
}
