/**
 * The sealed map anonymous code → entrant. Shown only after the encryption officer's PIN, re-sealed when the
 * tab is left, when the officer seals it again or when the unseal expires; printable as a sealed list.
 */
import { useEffect, useMemo, useState } from 'react';
import { Alert, Box, Button, Paper, Typography } from '@mui/material';
import LockIcon from '@mui/icons-material/Lock';
import LockOpenIcon from '@mui/icons-material/LockOpen';
import PrintIcon from '@mui/icons-material/Print';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router';
import type { Competition, Entry, Person } from '../../../../shared/domain';
import { VirtualTable, type Column } from '../../../app/components/VirtualTable';
import { useLanguage } from '../../../app/useLanguage';
import { encryptionOfficersOf } from '../../../db/repositories/rosterQueries';
import { useLiveRecords } from '../../../db/useLiveRecords';
import { getPlatform, PlatformError } from '../../../platform';
import { sealedMapRows, type SealedMapRow } from './sealedMap';
import { UnsealDialog, type Officer } from './UnsealDialog';
import { grantUnseal, revokeUnseal, type UnsealGrant } from './unsealToken';

export function SealedMapPanel({
  competition,
  entries,
  peopleById,
  departmentPaths,
}: {
  competition: Competition;
  entries: readonly Entry[];
  peopleById: ReadonlyMap<string, Person>;
  departmentPaths: ReadonlyMap<string, string>;
}) {
  const { t } = useTranslation();
  const language = useLanguage();
  const navigate = useNavigate();
  const officers = useLiveRecords((r) => encryptionOfficersOf(r, competition.id), [competition.id]);
  const [asking, setAsking] = useState(false);
  const [unsealed, setUnsealed] = useState<{ grant: UnsealGrant; officer: Officer } | null>(null);
  const [printError, setPrintError] = useState<string | null>(null);
  const rows = useMemo(() => (unsealed ? sealedMapRows(entries, peopleById, departmentPaths) : []), [unsealed, entries, peopleById, departmentPaths]);

  // The unseal lasts a short while: the map closes itself when it runs out.
  useEffect(() => {
    if (!unsealed) return;
    const timer = setTimeout(() => setUnsealed(null), Math.max(0, unsealed.grant.expiresAt - Date.now()));
    return () => clearTimeout(timer);
  }, [unsealed]);

  const print = async () => {
    if (!unsealed) return;
    setPrintError(null);
    try {
      await getPlatform().printToPdf({
        route: `/print/sealed-codes/${competition.id}?unseal=${unsealed.grant.token}`,
        suggestedName: `${t('draw.sealed.fileName', { name: competition.name })}.pdf`,
      });
    } catch (error) {
      setPrintError(t('draw.sealed.printFailed', { message: error instanceof PlatformError ? error.code : String(error) }));
    }
  };

  const columns: Column<SealedMapRow>[] = [
    { key: 'code', header: t('draw.columns.anonCode'), width: '96px', render: (r) => <strong>{r.code}</strong> },
    { key: 'order', header: t('draw.columns.drawOrder'), width: '72px', align: 'right', render: (r) => r.entry.drawOrder ?? '—' },
    { key: 'station', header: t('draw.columns.station'), width: '72px', align: 'right', render: (r) => r.entry.station ?? '—' },
    ...(competition.teamBased ? [{ key: 'team', header: t('draw.columns.team'), width: 'minmax(120px, 1fr)', render: (r: SealedMapRow) => r.teamName || '—' }] : []),
    { key: 'name', header: t(competition.teamBased ? 'draw.columns.members' : 'draw.columns.name'), width: 'minmax(100px, 1.2fr)', render: (r) => <span title={r.names}>{r.names}</span> },
    { key: 'employeeNo', header: t('draw.columns.employeeNo'), width: 'minmax(110px, 1fr)', render: (r) => r.employeeNos },
    { key: 'department', header: t('draw.columns.department'), width: 'minmax(160px, 2fr)', render: (r) => <span title={r.department}>{r.department || '—'}</span> },
  ];

  return (
    <Paper variant="outlined" sx={{ p: 2.5 }}>
      <Typography variant="h6" component="h2" sx={{ display: 'flex', alignItems: 'center', gap: 1 }}>
        {unsealed ? <LockOpenIcon color="warning" /> : <LockIcon color="action" />}
        {t('draw.sealed.title')}
      </Typography>
      {!unsealed ? (
        <>
          <Typography color="text.secondary" sx={{ mt: 1, mb: 2 }}>
            {t('draw.sealed.body')}
          </Typography>
          <Button variant="outlined" startIcon={<LockOpenIcon />} onClick={() => setAsking(true)} disabled={!officers} data-testid="draw-unseal">
            {t('draw.sealed.unseal')}
          </Button>
          {officers && !officers.some((o) => o.assignment.pinHash) && (
            <Typography variant="body2" color="text.secondary" sx={{ mt: 1 }}>
              {t('draw.sealed.noOfficerHint')}
            </Typography>
          )}
        </>
      ) : (
        <>
          <Alert severity="warning" sx={{ mt: 1.5, mb: 2 }} data-testid="draw-unsealed-notice">
            {t('draw.sealed.unsealedBy', {
              name: unsealed.officer.name,
              time: new Date(unsealed.grant.expiresAt).toLocaleTimeString(language, { hour: '2-digit', minute: '2-digit' }),
            })}
          </Alert>
          <Box sx={{ display: 'flex', gap: 1.5, mb: 2, flexWrap: 'wrap' }}>
            <Button variant="contained" startIcon={<PrintIcon />} onClick={() => void print()} data-testid="draw-print-sealed">
              {t('draw.sealed.print')}
            </Button>
            <Button
              startIcon={<LockIcon />}
              onClick={() => {
                revokeUnseal(competition.id);
                setUnsealed(null);
              }}
              data-testid="draw-reseal"
            >
              {t('draw.sealed.reseal')}
            </Button>
          </Box>
          {printError && (
            <Alert severity="error" sx={{ mb: 2 }} onClose={() => setPrintError(null)}>
              {printError}
            </Alert>
          )}
          <VirtualTable label={t('draw.sealed.title')} testId="draw-sealed-table" rows={rows} columns={columns} rowKey={(r) => r.entry.id} maxHeight={440} />
        </>
      )}
      {asking && officers && (
        <UnsealDialog
          competitionId={competition.id}
          officers={officers}
          onClose={() => setAsking(false)}
          onGoToJudges={() => navigate(`/competitions/${competition.id}/judges`)}
          onUnsealed={(officer) => {
            setAsking(false);
            setUnsealed({ grant: grantUnseal(competition.id, officer.assignment.id), officer });
          }}
        />
      )}
    </Paper>
  );
}
