/**
 * The encryption officer's part of the draw tab: the secret code draw (二次加密) and its sealed map. Sealed, the
 * panel says when and by whom, and whether late entrants lack a code; unsealed (揭封, with the passphrase), it
 * lists code → entrant from memory and offers a sealed printed copy. Nothing here ever writes a code in clear.
 */
import { useEffect, useMemo, useState } from 'react';
import { Alert, Box, Button, Paper, Typography } from '@mui/material';
import LockIcon from '@mui/icons-material/Lock';
import LockOpenIcon from '@mui/icons-material/LockOpen';
import PrintIcon from '@mui/icons-material/Print';
import EnhancedEncryptionIcon from '@mui/icons-material/EnhancedEncryption';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router';
import type { Competition, Entry, Person } from '../../../../shared/domain';
import { VirtualTable, type Column } from '../../../app/components/VirtualTable';
import { useLanguage } from '../../../app/useLanguage';
import { encryptionOfficersOf } from '../../../db/repositories/rosterQueries';
import { forgetUnsealedCodeMap, useUnsealedCodeMap } from '../../../db/unsealedCodeMaps';
import { useLiveRecords } from '../../../db/useLiveRecords';
import { getPlatform, PlatformError } from '../../../platform';
import { isActiveEntry } from '../roster/rosterRows';
import { serveUnsealedMap } from './printChannel';
import { SealDialog } from './SealDialog';
import { sealedMapRows, type SealedMapRow } from './sealedMap';
import { UnsealDialog } from './UnsealDialog';
import { grantUnseal, revokeUnseal } from './unsealToken';

/** Sealing is allowed until scoring starts; later the codes are what the marks name. */
const SEALABLE = new Set(['registration', 'drawn']);

export function SealingPanel({
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
  const data = useLiveRecords(
    async (r) => ({ officers: await encryptionOfficersOf(r, competition.id), sealed: (await r.sealing.sealedMapOf(competition.id)) ?? null }),
    [competition.id],
  );
  const map = useUnsealedCodeMap(competition.id);
  const [dialog, setDialog] = useState<'seal' | 'unseal' | null>(null);
  const [notice, setNotice] = useState<string | null>(null);
  const [printError, setPrintError] = useState<string | null>(null);
  // One grant per opening of the map; its token is what a print view must show to receive the map.
  const sealedBy = data?.sealed?.sealedBy ?? '';
  const grant = useMemo(() => (map ? grantUnseal(competition.id, sealedBy) : null), [map, competition.id, sealedBy]);
  const grantToken = grant?.token ?? null;
  const rows = useMemo(() => (map ? sealedMapRows(entries, map, peopleById, departmentPaths) : []), [map, entries, peopleById, departmentPaths]);

  // While the map is open, a print view that shows this window's grant token may ask for it (printChannel.ts).
  useEffect(() => {
    if (!map || !grant) return;
    const stop = serveUnsealedMap(map, grant.token);
    return () => {
      stop();
      revokeUnseal(competition.id);
    };
  }, [map, grant, competition.id]);

  if (!data) return null;
  const { officers, sealed } = data;
  const sealedModules = competition.rubric.parts.some((p) => p.modules.some((m) => m.judging === 'sealed'));
  const coded = new Set(sealed?.entryIds ?? []);
  const withoutCode = sealed ? entries.filter((e) => isActiveEntry(e) && !coded.has(e.id)).length : 0;
  const canSeal = SEALABLE.has(competition.status) && officers.length > 0;
  const officerName = (id: string) => officers.find((o) => o.assignment.id === id)?.name || t('draw.sealed.unknownOfficer');

  const close = () => {
    forgetUnsealedCodeMap(competition.id);
    setNotice(null);
  };

  const print = async () => {
    if (!grantToken) return;
    setPrintError(null);
    try {
      await getPlatform().printToPdf({
        route: `/print/sealed-codes/${competition.id}?unseal=${grantToken}`,
        suggestedName: `${t('draw.sealed.fileName', { name: competition.name })}.pdf`,
      });
    } catch (error) {
      setPrintError(t('draw.sealed.printFailed', { message: error instanceof PlatformError ? error.code : String(error) }));
    }
  };

  const columns: Column<SealedMapRow>[] = [
    { key: 'code', header: t('draw.columns.anonCode'), width: '96px', render: (r) => <strong>{r.code}</strong> },
    ...(competition.teamBased ? [{ key: 'team', header: t('draw.columns.team'), width: 'minmax(120px, 1fr)', render: (r: SealedMapRow) => r.teamName || '—' }] : []),
    { key: 'name', header: t(competition.teamBased ? 'draw.columns.members' : 'draw.columns.name'), width: 'minmax(100px, 1.2fr)', render: (r) => <span title={r.names}>{r.names}</span> },
    { key: 'employeeNo', header: t('draw.columns.employeeNo'), width: 'minmax(110px, 1fr)', render: (r) => r.employeeNos },
    { key: 'department', header: t('draw.columns.department'), width: 'minmax(160px, 2fr)', render: (r) => <span title={r.department}>{r.department || '—'}</span> },
  ];

  return (
    <Paper variant="outlined" sx={{ p: 2.5 }} data-testid="sealing-panel">
      <Typography variant="h6" component="h2" sx={{ display: 'flex', alignItems: 'center', gap: 1 }}>
        {map ? <LockOpenIcon color="warning" /> : <LockIcon color="action" />}
        {t('draw.sealed.title')}
      </Typography>
      <Typography color="text.secondary" sx={{ mt: 1, mb: 2 }}>
        {t('draw.sealed.intro')}
      </Typography>
      {!sealedModules && (
        <Alert severity="info" sx={{ mb: 2 }}>
          {t('draw.sealed.noSealedModules')}
        </Alert>
      )}

      {sealed ? (
        <Alert severity="success" icon={<LockIcon />} sx={{ mb: 2 }} data-testid="sealing-summary">
          {t('draw.sealed.sealedSummary', { officer: officerName(sealed.sealedBy), time: new Date(sealed.sealedAt).toLocaleString(language), count: sealed.codes.length })}
        </Alert>
      ) : (
        <Alert severity={sealedModules ? 'warning' : 'info'} sx={{ mb: 2 }} data-testid="sealing-not-sealed">
          {competition.drawSeed && competition.status !== 'registration' && competition.status !== 'drawn' ? t('draw.sealed.needsSealingAfterUpgrade') : t('draw.sealed.notSealed')}
        </Alert>
      )}
      {withoutCode > 0 && (
        <Alert severity="warning" sx={{ mb: 2 }} data-testid="sealing-without-code">
          {t('draw.sealed.withoutCode', { count: withoutCode })}
        </Alert>
      )}
      {notice && (
        <Alert severity="success" sx={{ mb: 2 }} onClose={() => setNotice(null)} data-testid="sealing-done">
          {notice}
        </Alert>
      )}

      <Box sx={{ display: 'flex', gap: 1.5, flexWrap: 'wrap', alignItems: 'center' }}>
        {canSeal && (
          <Button variant={sealed ? 'outlined' : 'contained'} startIcon={<EnhancedEncryptionIcon />} onClick={() => setDialog('seal')} data-testid="sealing-draw">
            {sealed ? t('draw.sealed.redraw') : t('draw.sealed.draw')}
          </Button>
        )}
        {sealed && !map && (
          <Button variant="outlined" startIcon={<LockOpenIcon />} onClick={() => setDialog('unseal')} data-testid="draw-unseal">
            {t('draw.sealed.unseal')}
          </Button>
        )}
        {map && (
          <>
            <Button variant="contained" startIcon={<PrintIcon />} onClick={() => void print()} disabled={!grantToken} data-testid="draw-print-sealed">
              {t('draw.sealed.print')}
            </Button>
            <Button startIcon={<LockIcon />} onClick={close} data-testid="draw-reseal">
              {t('draw.sealed.reseal')}
            </Button>
          </>
        )}
        {officers.length === 0 && (
          <>
            <Typography variant="body2" color="text.secondary">
              {t('draw.sealed.noOfficerHint')}
            </Typography>
            <Button size="small" onClick={() => navigate(`/competitions/${competition.id}/judges`)} data-testid="draw-go-judges">
              {t('draw.sealed.goToJudges')}
            </Button>
          </>
        )}
      </Box>
      {sealed && !map && (
        <Typography variant="body2" color="text.secondary" sx={{ mt: 1 }}>
          {t('draw.sealed.unsealHint')}
        </Typography>
      )}
      {printError && (
        <Alert severity="error" sx={{ mt: 2 }} onClose={() => setPrintError(null)}>
          {printError}
        </Alert>
      )}
      {map && (
        <>
          <Alert severity="warning" sx={{ mt: 2, mb: 2 }} data-testid="draw-unsealed-notice">
            {t('draw.sealed.unsealedNotice')}
          </Alert>
          <VirtualTable label={t('draw.sealed.title')} testId="draw-sealed-table" rows={rows} columns={columns} rowKey={(r) => r.entry.id} maxHeight={440} />
        </>
      )}

      {dialog === 'seal' && (
        <SealDialog
          competitionId={competition.id}
          officers={officers}
          replacing={sealed !== null}
          onClose={() => setDialog(null)}
          onSealed={(count) => {
            setDialog(null);
            setNotice(t('draw.seal.done', { count }));
          }}
        />
      )}
      {dialog === 'unseal' && <UnsealDialog competitionId={competition.id} onClose={() => setDialog(null)} onUnsealed={() => setDialog(null)} />}
    </Paper>
  );
}
