/**
 * The draw (抽签) of a competition: run it from a fresh random seed, show the recorded seed and verify that the
 * draw re-derives from it, list the public result (order and station), and, apart from it, the encryption
 * officer's secret code draw and its sealed map (SealingPanel).
 */
import { useMemo, useState } from 'react';
import {
  Alert,
  Box,
  Button,
  CircularProgress,
  Dialog,
  DialogActions,
  DialogContent,
  DialogContentText,
  DialogTitle,
  Paper,
  Stack,
  TextField,
  Typography,
} from '@mui/material';
import CasinoIcon from '@mui/icons-material/Casino';
import VerifiedIcon from '@mui/icons-material/Verified';
import { useTranslation } from 'react-i18next';
import { createDrawSeed } from '../../../../shared/competitions/draw/createDrawSeed';
import { drawCompetition, DRAW_ALGORITHM } from '../../../../shared/competitions/draw/drawCompetition';
import { verifyDraw, type DrawVerification } from '../../../../shared/competitions/draw/verifyDraw';
import { PageLoading } from '../../../app/components/PageLoading';
import { VirtualTable, type Column } from '../../../app/components/VirtualTable';
import { formatList } from '../../../app/format';
import { useLanguage } from '../../../app/useLanguage';
import { entriesWithPeopleOf } from '../../../db/repositories/rosterQueries';
import { useLiveRecords } from '../../../db/useLiveRecords';
import { useRepositories } from '../../../db/useRepositories';
import type { CompetitionTabProps } from '../CompetitionDetailPage';
import { departmentPaths } from '../roster/departmentTree';
import { isActiveEntry } from '../roster/rosterRows';
import { verificationIssueText } from './drawMessages';
import { drawPermission, drawTableRows, placementsOf, recordedDraw, suggestedStations, type DrawTableRow } from './drawRecord';
import { SealingPanel } from './SealingPanel';

const MAX_STATIONS = 999;
/** Verification issues listed before "and N more". */
const ISSUES_SHOWN = 20;

export default function DrawTab({ competition }: CompetitionTabProps) {
  const { t } = useTranslation();
  const language = useLanguage();
  const repositories = useRepositories();
  const data = useLiveRecords((r) => entriesWithPeopleOf(r, competition.id), [competition.id]);
  const [stationsText, setStationsText] = useState<string | null>(null);
  const [confirming, setConfirming] = useState(false);
  const [running, setRunning] = useState(false);
  const [runError, setRunError] = useState<string | null>(null);
  const [verification, setVerification] = useState<{ seed: string; result: DrawVerification; count: number } | null>(null);
  const [verifying, setVerifying] = useState(false);

  const paths = useMemo(() => departmentPaths(data?.departments ?? []), [data?.departments]);
  const rows = useMemo(() => drawTableRows(data?.entries ?? []), [data?.entries]);
  const entriesById = useMemo(() => new Map((data?.entries ?? []).map((e) => [e.id, e])), [data?.entries]);

  if (!data) return <PageLoading />;

  const seed = competition.drawSeed || undefined;
  const active = data.entries.filter(isActiveEntry);
  const permission = drawPermission(competition.status, active.length, seed !== undefined);
  const stations = stationsText === null ? suggestedStations(data.entries) : Number(stationsText);
  const stationsValid = Number.isInteger(stations) && stations >= 0 && stations <= MAX_STATIONS && stationsText?.trim() !== '';
  const notInDraw = seed ? active.filter((e) => e.drawOrder === undefined).length : 0;
  const shownVerification = verification && verification.seed === seed ? verification : null;

  const run = async () => {
    setConfirming(false);
    setRunning(true);
    setRunError(null);
    try {
      // The entries as they are now, not as last rendered.
      const entries = await repositories.competitions.entriesOf(competition.id);
      const newSeed = createDrawSeed(crypto.getRandomValues(new Uint8Array(32)));
      const result = drawCompetition({ seed: newSeed, entries, stations });
      await repositories.competitions.applyDraw(competition.id, newSeed, placementsOf(result), { stations: result.stations });
      setVerification(null);
    } catch (error) {
      setRunError(error instanceof Error ? error.message : String(error));
    } finally {
      setRunning(false);
    }
  };

  const verify = async () => {
    if (!seed) return;
    setVerifying(true);
    try {
      const entries = await repositories.competitions.entriesOf(competition.id);
      const recorded = recordedDraw(seed, entries, { stations: competition.drawStations });
      setVerification({ seed, result: verifyDraw(seed, entries, recorded), count: recorded.assignments.length });
    } finally {
      setVerifying(false);
    }
  };

  const columns: Column<DrawTableRow>[] = [
    { key: 'order', header: t('draw.columns.drawOrder'), width: '120px', align: 'right', render: (r) => r.drawOrder },
    ...(rows.some((r) => r.session !== undefined)
      ? [
          { key: 'session', header: t('draw.columns.session'), width: '120px', align: 'right' as const, render: (r: DrawTableRow) => r.session ?? '—' },
          { key: 'station', header: t('draw.columns.station'), width: '120px', align: 'right' as const, render: (r: DrawTableRow) => r.station ?? '—' },
        ]
      : []),
    // Order and station are public (check-in goes by them). Anonymous codes are not part of this draw at all:
    // they come from the encryption officer's secret draw and live only in the sealed map.
    {
      key: 'entrant',
      header: t('draw.columns.entrant'),
      width: '1fr',
      render: (r) => {
        const entry = entriesById.get(r.entryId);
        if (!entry) return '—';
        return entry.teamName ?? formatList(entry.memberIds.map((id) => data?.peopleById.get(id)?.name ?? '—'), language);
      },
    },
  ];

  return (
    <Stack spacing={3} sx={{ maxWidth: 960 }}>
      <Paper variant="outlined" sx={{ p: 2.5 }}>
        <Typography variant="h6" component="h2">
          {t('draw.run.title')}
        </Typography>
        <Typography color="text.secondary" sx={{ mt: 1, mb: 2 }}>
          {t('draw.run.body')}
        </Typography>
        {permission.ok ? (
          <Box sx={{ display: 'flex', gap: 2, alignItems: 'flex-start', flexWrap: 'wrap' }}>
            <TextField
              size="small"
              type="number"
              label={t('draw.run.stations')}
              value={stationsText ?? String(stations)}
              onChange={(e) => setStationsText(e.target.value)}
              error={!stationsValid}
              helperText={stationsValid ? t('draw.run.stationsHint') : t('draw.run.stationsInvalid', { max: MAX_STATIONS })}
              sx={{ width: 320 }}
              slotProps={{ htmlInput: { min: 0, max: MAX_STATIONS, step: 1, 'data-testid': 'draw-stations' } }}
            />
            <Button
              variant="contained"
              startIcon={running ? <CircularProgress size={16} color="inherit" /> : <CasinoIcon />}
              disabled={running || !stationsValid}
              onClick={() => (permission.redraw ? setConfirming(true) : void run())}
              data-testid="draw-run"
              sx={{ mt: 0.25 }}
            >
              {permission.redraw ? t('draw.run.redraw') : t(competition.teamBased ? 'draw.run.drawTeams' : 'draw.run.draw', { count: active.length })}
            </Button>
          </Box>
        ) : (
          <Alert severity="info" data-testid="draw-locked">
            {t(`draw.locked.${permission.reason}`)}
          </Alert>
        )}
        {runError && (
          <Alert severity="error" sx={{ mt: 2 }} onClose={() => setRunError(null)}>
            {t('draw.run.failed', { message: runError })}
          </Alert>
        )}
        {seed && competition.status === 'registration' && notInDraw === 0 && (
          <Alert severity="success" sx={{ mt: 2 }}>
            {t('draw.run.next')}
          </Alert>
        )}
      </Paper>

      {seed && (
        <Paper variant="outlined" sx={{ p: 2.5 }}>
          <Typography variant="h6" component="h2">
            {t('draw.record.title')}
          </Typography>
          <Typography variant="body2" color="text.secondary" sx={{ mt: 1 }}>
            {t('draw.record.body', {
              time: competition.drawnAt ? new Date(competition.drawnAt).toLocaleString(language) : t('draw.verify.none'),
              algorithm: DRAW_ALGORITHM,
            })}
          </Typography>
          <Typography variant="caption" color="text.secondary" component="div" sx={{ mt: 1.5 }}>
            {t('draw.record.seed')}
          </Typography>
          <Box
            component="code"
            data-testid="draw-seed"
            sx={{ display: 'block', fontFamily: 'monospace', fontSize: 14, wordBreak: 'break-all', bgcolor: 'grey.100', px: 1.5, py: 1, borderRadius: 1, userSelect: 'all' }}
          >
            {seed}
          </Box>
          <Box sx={{ mt: 2, display: 'flex', gap: 2, alignItems: 'center', flexWrap: 'wrap' }}>
            <Button
              variant="outlined"
              startIcon={verifying ? <CircularProgress size={16} color="inherit" /> : <VerifiedIcon />}
              onClick={() => void verify()}
              disabled={verifying}
              data-testid="draw-verify"
            >
              {t('draw.verify.button')}
            </Button>
          </Box>
          {shownVerification && (
            <Alert severity={shownVerification.result.ok ? 'success' : 'error'} sx={{ mt: 2 }} data-testid="draw-verify-result" data-ok={shownVerification.result.ok}>
              {shownVerification.result.ok ? (
                t(competition.teamBased ? 'draw.verify.okTeams' : 'draw.verify.ok', { count: shownVerification.count })
              ) : (
                <>
                  {t('draw.verify.failed', { count: shownVerification.result.issues.length })}
                  <Box component="ul" sx={{ m: 0, mt: 0.5, pl: 2.5 }}>
                    {shownVerification.result.issues.slice(0, ISSUES_SHOWN).map((issue, i) => (
                      <li key={i}>{verificationIssueText(t, issue, entriesById)}</li>
                    ))}
                  </Box>
                  {shownVerification.result.issues.length > ISSUES_SHOWN && t('draw.verify.more', { count: shownVerification.result.issues.length - ISSUES_SHOWN })}
                </>
              )}
            </Alert>
          )}
          {notInDraw > 0 && (
            <Alert severity="warning" sx={{ mt: 2 }} data-testid="draw-not-in-draw">
              {t('draw.record.notInDraw', { count: notInDraw })}
            </Alert>
          )}
        </Paper>
      )}

      <Paper variant="outlined" sx={{ p: 2.5 }}>
        <Typography variant="h6" component="h2">
          {t('draw.result.title')}
        </Typography>
        <Typography variant="body2" color="text.secondary" sx={{ mt: 1, mb: 2 }}>
          {rows.length > 0 ? t(competition.teamBased ? 'draw.result.bodyTeams' : 'draw.result.body', { count: rows.length }) : t('draw.result.none')}
        </Typography>
        {rows.length > 0 && <VirtualTable label={t('draw.result.title')} testId="draw-table" rows={rows} columns={columns} rowKey={(r) => r.entryId} maxHeight={440} />}
      </Paper>

      {rows.length > 0 && <SealingPanel competition={competition} entries={data.entries} peopleById={data.peopleById} departmentPaths={paths} />}

      <Dialog open={confirming} onClose={() => setConfirming(false)} maxWidth="xs" fullWidth>
        <DialogTitle>{t('draw.redraw.title')}</DialogTitle>
        <DialogContent>
          <DialogContentText>{t('draw.redraw.body')}</DialogContentText>
        </DialogContent>
        <DialogActions>
          <Button onClick={() => setConfirming(false)}>{t('common.cancel')}</Button>
          <Button variant="contained" color="warning" onClick={() => void run()} data-testid="draw-confirm-redraw">
            {t('draw.redraw.confirm')}
          </Button>
        </DialogActions>
      </Dialog>
    </Stack>
  );
}
