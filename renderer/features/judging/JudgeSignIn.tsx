/**
 * A judge picks their name, types their PIN, and sees their modules with what each module's judges score:
 * anonymous codes for a sealed module, running orders and stations for a live one — never both for one module,
 * never a name. Wrong PINs make the next try wait longer and lock the judge after a set number (pinLockout.ts);
 * the chief judge lifts a lock with the chief's own PIN on this laptop.
 */
import { useEffect, useState } from 'react';
import { Alert, Box, Button, Card, CardContent, Chip, MenuItem, Stack, TextField, Typography } from '@mui/material';
import { useTranslation } from 'react-i18next';
import type { PackageJudge } from '../../../shared/competitions/package/competitionPackageSchema';
import { subjectsForModule } from '../../../shared/competitions/package/subjectsForModule';
import { verifyPin } from '../../../shared/competitions/pin/hashPin';
import { afterWrongPin, checkPinAttempt, type PinAttemptCheck } from '../../../shared/competitions/pin/pinLockout';
import { PIN_MAX_LENGTH, PIN_MIN_LENGTH_LEGACY } from '../../../shared/competitions/pin/validatePin';
import { PageHeader } from '../../app/components/PageHeader';
import type { CompetitionPackageRow } from '../../db/database';
import { useRepositories } from '../../db/useRepositories';

type Message = { readonly severity: 'error' | 'warning' | 'success'; readonly text: string };

function usePinField() {
  const [pin, setPin] = useState('');
  return { pin, setPin, onChange: (value: string) => setPin(value.replace(/\D/g, '').slice(0, PIN_MAX_LENGTH)) };
}

export function JudgeSignIn({ row, onLeave }: { row: CompetitionPackageRow; onLeave: () => void }) {
  const { t } = useTranslation();
  const repositories = useRepositories();
  const { pkg } = row;
  const competitionId = pkg.competition.id;
  const [judgeId, setJudgeId] = useState(pkg.judges[0]?.id ?? '');
  const field = usePinField();
  const chiefField = usePinField();
  const chiefs = pkg.judges.filter((j) => j.role === 'chief' && j.id !== judgeId);
  const [chiefId, setChiefId] = useState(chiefs[0]?.id ?? '');
  const [checking, setChecking] = useState(false);
  const [message, setMessage] = useState<Message | null>(null);
  const [attempt, setAttempt] = useState<PinAttemptCheck>({ ok: true });
  const [judge, setJudge] = useState<PackageJudge | null>(null);

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
    const before = checkPinAttempt(await repositories.judging.pinAttempts(competitionId, candidate.id), Date.now());
    if (!before.ok) return { ok: false, check: before };
    const ok = await verifyPin(pin, candidate.pin.hash, candidate.pin.salt, candidate.pin.kdf.iterations);
    if (ok) {
      await repositories.judging.clearPinAttempts(competitionId, candidate.id);
      return { ok, check: { ok: true } };
    }
    const state = afterWrongPin(await repositories.judging.pinAttempts(competitionId, candidate.id), Date.now());
    await repositories.judging.savePinAttempts(competitionId, candidate.id, state);
    return { ok, check: checkPinAttempt(state, Date.now()) };
  };

  const attemptText = (check: PinAttemptCheck) =>
    check.ok ? t('judging.wrongPin') : check.code === 'pin_locked' ? t('judging.locked', { failures: check.params.failures }) : t('judging.wait', { seconds: check.params.seconds });

  const signIn = async () => {
    const candidate = pkg.judges.find((j) => j.id === judgeId);
    if (!candidate) return;
    setChecking(true);
    const { ok, check } = await tryPin(candidate, field.pin);
    setChecking(false);
    field.setPin('');
    setAttempt(check);
    if (ok) setJudge(candidate);
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

  const modules = pkg.competition.rubric.parts.flatMap((part) => part.modules);
  const locked = !attempt.ok && attempt.code === 'pin_locked';
  const waiting = !attempt.ok && attempt.code === 'pin_wait';

  return (
    <>
      <PageHeader title={pkg.competition.name} subtitle={t('judging.judgeMode')} actions={<Button onClick={onLeave}>{judge ? t('judging.signOut') : t('common.cancel')}</Button>} />
      {!judge ? (
        <Card sx={{ maxWidth: 520 }}>
          <CardContent>
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
                {pkg.judges.map((j) => (
                  <MenuItem key={j.id} value={j.id}>
                    {j.displayName}
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
      ) : (
        <Box data-testid="judge-mode">
          <Typography sx={{ mb: 1 }}>{t('judging.signedInAs', { name: judge.displayName })}</Typography>
          <Alert severity="info" sx={{ mb: 2 }}>
            {t('judging.scoringComesLater')}
          </Alert>
          <Stack spacing={3} data-testid="judge-codes">
            {judge.moduleIds.map((moduleId) => {
              const module = modules.find((m) => m.id === moduleId);
              const list = subjectsForModule(pkg, moduleId, judge.stations);
              if (!module || !list) return null;
              return (
                <Box key={moduleId} data-testid="judge-module" data-judging={list.judging}>
                  <Box sx={{ display: 'flex', alignItems: 'center', gap: 1, mb: 1 }}>
                    <Typography variant="h6" component="h2">
                      {module.name}
                    </Typography>
                    <Chip size="small" color={list.judging === 'sealed' ? 'secondary' : 'primary'} label={t(`judging.modes.${list.judging}`)} />
                  </Box>
                  <Box sx={{ display: 'grid', gap: 1, gridTemplateColumns: 'repeat(auto-fill, minmax(120px, 1fr))' }}>
                    {list.subjects.map((subject) => (
                      <Card key={subject.ref} data-testid="judge-subject" data-ref={subject.ref}>
                        <CardContent sx={{ py: 1.5, '&:last-child': { pb: 1.5 } }}>
                          <Typography variant="h6" component="p" sx={{ fontFamily: 'monospace' }}>
                            {list.judging === 'sealed' ? subject.label : t('judging.order', { order: subject.label })}
                          </Typography>
                          <Typography variant="caption" color="text.secondary">
                            {subject.station === undefined ? '\u00a0' : t('judging.station', { station: subject.station })}
                          </Typography>
                        </CardContent>
                      </Card>
                    ))}
                  </Box>
                </Box>
              );
            })}
          </Stack>
        </Box>
      )}
    </>
  );
}
