import { useState } from 'react';
import { Alert, Button, Card, CardContent, MenuItem, Stack, TextField, Typography } from '@mui/material';
import { useTranslation } from 'react-i18next';
import type { PackageJudge } from '../../../shared/competitions/package/competitionPackageSchema';
import { verifyPin } from '../../../shared/competitions/pin/hashPin';
import { PIN_ROLES } from '../../../shared/competitions/judges/assignmentRules';
import type { CompetitionPackageRow } from '../../db/repositories';

/** A judge picks their label and types their PIN; nothing else of the competition is shown before that. */
export function JudgeSignIn({ row, onSignedIn }: { row: CompetitionPackageRow; onSignedIn: (judge: PackageJudge) => void }) {
  const { t } = useTranslation();
  const { pkg } = row;
  const judges = pkg.judges.filter((j) => PIN_ROLES.has(j.role));
  const [judgeId, setJudgeId] = useState(judges[0]?.id ?? '');
  const [pin, setPin] = useState('');
  const [checking, setChecking] = useState(false);
  const [failed, setFailed] = useState(false);

  const signIn = async () => {
    const candidate = judges.find((j) => j.id === judgeId);
    if (!candidate) return;
    setChecking(true);
    const ok = await verifyPin(pin, candidate.pinHash, candidate.pinSalt, pkg.pinKdf.iterations);
    setChecking(false);
    setFailed(!ok);
    setPin('');
    if (ok) onSignedIn(candidate);
  };

  return (
    <Card sx={{ maxWidth: 480, mx: 'auto', mt: 4 }} data-testid="judge-sign-in-card">
      <CardContent>
        <Typography variant="h6" component="h2" sx={{ mb: 2 }}>
          {t('judging.signInTitle')}
        </Typography>
        <Stack spacing={2}>
          <TextField select label={t('judging.whoAreYou')} value={judgeId} onChange={(e) => setJudgeId(e.target.value)} slotProps={{ htmlInput: { 'data-testid': 'judge-select' } }}>
            {judges.map((j) => (
              <MenuItem key={j.id} value={j.id}>
                {j.displayName} · {t(`judges.roles.${j.role}`)}
              </MenuItem>
            ))}
          </TextField>
          <TextField
            label={t('judging.pin')}
            type="password"
            value={pin}
            onChange={(e) => setPin(e.target.value.replace(/\D/g, '').slice(0, 8))}
            onKeyDown={(e) => e.key === 'Enter' && void signIn()}
            slotProps={{ htmlInput: { inputMode: 'numeric', autoComplete: 'off', 'data-testid': 'judge-sign-in-pin' } }}
          />
          {failed && (
            <Alert severity="error" data-testid="judge-sign-in-failed">
              {t('judging.wrongPin')}
            </Alert>
          )}
          <Button size="large" variant="contained" disabled={checking || pin.length < 4} onClick={() => void signIn()} data-testid="judge-sign-in">
            {checking ? t('judging.checking') : t('judging.signIn')}
          </Button>
        </Stack>
      </CardContent>
    </Card>
  );
}
