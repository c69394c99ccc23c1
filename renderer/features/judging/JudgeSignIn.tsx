import { useState } from 'react';
import { Alert, Box, Button, Card, CardContent, Chip, MenuItem, Stack, TextField, Typography } from '@mui/material';
import { useTranslation } from 'react-i18next';
import type { PackageJudge } from '../../../shared/competitions/package/competitionPackageSchema';
import { verifyPin } from '../../../shared/competitions/pin/hashPin';
import { PageHeader } from '../../app/components/PageHeader';
import type { CompetitionPackageRow } from '../../db/repositories';

/** A judge picks their name, types their PIN, and sees their assignment with anonymous codes only. */
export function JudgeSignIn({ row, onLeave }: { row: CompetitionPackageRow; onLeave: () => void }) {
  const { t } = useTranslation();
  const { pkg } = row;
  const [judgeId, setJudgeId] = useState(pkg.judges[0]?.id ?? '');
  const [pin, setPin] = useState('');
  const [checking, setChecking] = useState(false);
  const [failed, setFailed] = useState(false);
  const [judge, setJudge] = useState<PackageJudge | null>(null);

  const signIn = async () => {
    const candidate = pkg.judges.find((j) => j.id === judgeId);
    if (!candidate) return;
    setChecking(true);
    const ok = await verifyPin(pin, candidate.pinHash, candidate.pinSalt, pkg.pinKdf.iterations);
    setChecking(false);
    setFailed(!ok);
    setPin('');
    if (ok) setJudge(candidate);
  };

  const modules = pkg.competition.rubric.parts.flatMap((part) => part.modules);
  const entries = [...pkg.entries]
    .filter((e) => !judge || judge.stations.length === 0 || (e.station !== undefined && judge.stations.includes(e.station)))
    .sort((a, b) => a.anonCode.localeCompare(b.anonCode, 'en', { numeric: true }));

  return (
    <>
      <PageHeader title={pkg.competition.name} subtitle={t('judging.judgeMode')} actions={<Button onClick={onLeave}>{judge ? t('judging.signOut') : t('common.cancel')}</Button>} />
      {!judge ? (
        <Card sx={{ maxWidth: 480 }}>
          <CardContent>
            <Stack spacing={2}>
              <TextField select label={t('judging.whoAreYou')} value={judgeId} onChange={(e) => setJudgeId(e.target.value)} slotProps={{ htmlInput: { 'data-testid': 'judge-select' } }}>
                {pkg.judges.map((j) => (
                  <MenuItem key={j.id} value={j.id}>
                    {j.displayName}
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
              <Button variant="contained" disabled={checking || pin.length < 4} onClick={() => void signIn()} data-testid="judge-sign-in">
                {checking ? t('judging.checking') : t('judging.signIn')}
              </Button>
            </Stack>
          </CardContent>
        </Card>
      ) : (
        <Box data-testid="judge-mode">
          <Typography sx={{ mb: 1 }}>{t('judging.signedInAs', { name: judge.displayName })}</Typography>
          <Stack direction="row" spacing={1} sx={{ mb: 2, flexWrap: 'wrap' }}>
            {judge.moduleIds.map((id) => (
              <Chip key={id} color="primary" label={modules.find((m) => m.id === id)?.name ?? id} />
            ))}
          </Stack>
          <Alert severity="info" sx={{ mb: 2 }}>
            {t('judging.scoringComesLater')}
          </Alert>
          <Box sx={{ display: 'grid', gap: 1, gridTemplateColumns: 'repeat(auto-fill, minmax(120px, 1fr))' }} data-testid="judge-codes">
            {entries.map((entry) => (
              <Card key={entry.id}>
                <CardContent sx={{ py: 1.5, '&:last-child': { pb: 1.5 } }}>
                  <Typography variant="h6" component="p" sx={{ fontFamily: 'monospace' }}>
                    {entry.anonCode}
                  </Typography>
                  <Typography variant="caption" color="text.secondary">
                    {entry.station === undefined ? '\u00a0' : t('judging.station', { station: entry.station })}
                  </Typography>
                </CardContent>
              </Card>
            ))}
          </Box>
        </Box>
      )}
    </>
  );
}
