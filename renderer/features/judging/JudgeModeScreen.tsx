/**
 * Judge mode, locked: once a judge laptop enters it, this screen replaces the whole app (no sidebar, no routes,
 * no settings, no names) until someone with the chief judge's PIN leaves it. Judges on a shared laptop take turns
 * with "Next judge", which signs the current judge out but keeps the lock.
 */
import { useState } from 'react';
import { AppBar, Box, Button, Toolbar, Typography } from '@mui/material';
import LockIcon from '@mui/icons-material/Lock';
import { useTranslation } from 'react-i18next';
import type { PackageJudge } from '../../../shared/competitions/package/competitionPackageSchema';
import { LanguageSwitcher } from '../../app/components/LanguageSwitcher';
import { PageLoading } from '../../app/components/PageLoading';
import { useLiveRecords } from '../../db/useLiveRecords';
import { JudgeSignIn } from './JudgeSignIn';
import { useSetJudgeSession, type JudgeSession } from './judgeSession';
import { PinCheckDialog } from './PinCheckDialog';
import { ScoreWorkspace } from './ScoreWorkspace';

export default function JudgeModeScreen({ session }: { session: JudgeSession }) {
  const { t } = useTranslation();
  const setSession = useSetJudgeSession();
  const row = useLiveRecords(async (r) => (await r.judging.packageOf(session.competitionId)) ?? null, [session.competitionId]);
  const [leaving, setLeaving] = useState(false);

  if (row === undefined) return <PageLoading />;
  const judge = row?.pkg.judges.find((j) => j.id === session.assignmentId);
  const chiefs = row ? row.pkg.judges.filter((j) => j.role === 'chief') : [];
  const signIn = (j: PackageJudge) => void setSession({ ...session, assignmentId: j.id });

  return (
    <Box sx={{ minHeight: '100%', bgcolor: 'grey.50' }} data-testid="judge-mode">
      <AppBar position="sticky" color="inherit" elevation={0} sx={{ borderBottom: 1, borderColor: 'divider' }}>
        <Toolbar sx={{ gap: 2 }}>
          <LockIcon color="primary" />
          <Box sx={{ flexGrow: 1, minWidth: 0 }}>
            <Typography variant="subtitle1" noWrap sx={{ fontWeight: 600 }}>
              {row?.pkg.competition.name ?? t('judging.judgeMode')}
            </Typography>
            <Typography variant="caption" color="text.secondary" noWrap component="div" data-testid="judge-mode-who">
              {judge ? t('judging.signedInAs', { name: judge.displayName }) : t('judging.judgeModeLocked')}
            </Typography>
          </Box>
          <LanguageSwitcher />
          {judge && (
            <Button onClick={() => void setSession({ competitionId: session.competitionId, startedAt: session.startedAt })} data-testid="next-judge">
              {t('judging.nextJudge')}
            </Button>
          )}
          <Button color="inherit" onClick={() => (row ? setLeaving(true) : void setSession(null))} data-testid="leave-judge-mode">
            {t('judging.signOut')}
          </Button>
        </Toolbar>
      </AppBar>
      <Box sx={{ p: 2 }}>
        {!row ? null : judge ? <ScoreWorkspace key={judge.id} row={row} judge={judge} /> : <JudgeSignIn row={row} onSignedIn={signIn} />}
      </Box>
      {leaving && row && (
        <PinCheckDialog
          title={t('judging.leaveTitle')}
          body={t('judging.leaveBody')}
          candidates={(chiefs.length > 0 ? chiefs : row.pkg.judges).map((j) => ({ id: j.id, hash: j.pin.hash, salt: j.pin.salt, iterations: j.pin.kdf.iterations }))}
          onClose={() => setLeaving(false)}
          onPassed={() => void setSession(null)}
        />
      )}
    </Box>
  );
}
