/**
 * Print view of the sealed map (加密号密封对照表): anonymous code → entrant, with signature lines for the
 * encryption officer and the supervisor who seal it in its envelope. Printed only while the encryption officer
 * has the map unsealed in another window of this app: the route carries that window's grant token
 * (unsealToken.ts) and receives the map from it in memory (printChannel.ts). Opened any other way, it refuses
 * and never reports itself ready to print.
 */
import { useEffect, useMemo, useState } from 'react';
import type { CodeMap } from '../../../../shared/competitions/sealing/codeMap';
import { Alert, Box, Typography } from '@mui/material';
import { useTranslation } from 'react-i18next';
import { useParams, useSearchParams } from 'react-router';
import { useLanguage } from '../../../app/useLanguage';
import { entriesWithPeopleOf, encryptionOfficersOf } from '../../../db/repositories/rosterQueries';
import { useLiveRecords } from '../../../db/useLiveRecords';
import { usePrintReady } from '../../print/usePrintReady';
import { departmentPaths } from '../roster/departmentTree';
import { sealedMapRows } from './sealedMap';
import { requestUnsealedMap } from './printChannel';
import { activeUnseal } from './unsealToken';

const cell = { border: '1px solid #000', px: 1, py: 0.5, textAlign: 'left', verticalAlign: 'top' } as const;

export default function SealedCodesPrint() {
  const { t } = useTranslation();
  const language = useLanguage();
  const { competitionId = '' } = useParams();
  const [searchParams] = useSearchParams();
  // Decided once, when the view opens: an unseal that expires while printing does not blank the page.
  const [grant] = useState(() => activeUnseal(competitionId, { urlToken: searchParams.get('unseal') }));
  const [map, setMap] = useState<CodeMap | null | undefined>(grant ? undefined : null);
  useEffect(() => {
    if (!grant) return;
    let live = true;
    void requestUnsealedMap(competitionId, grant.token).then((received) => live && setMap(received ?? null));
    return () => {
      live = false;
    };
  }, [competitionId, grant]);
  const data = useLiveRecords(
    async (r) => {
      if (!grant) return null;
      const [competition, roster, officers] = await Promise.all([
        r.competitions.get(competitionId),
        entriesWithPeopleOf(r, competitionId),
        encryptionOfficersOf(r, competitionId),
      ]);
      const officer = officers.find((o) => o.assignment.id === grant.officerId)?.name ?? '';
      return { competition: competition ?? null, ...roster, officer };
    },
    [competitionId, grant],
  );
  const rows = useMemo(
    () => (data && map ? sealedMapRows(data.entries, map, data.peopleById, departmentPaths(data.departments)) : []),
    [data, map],
  );
  usePrintReady(grant !== null && map !== null && map !== undefined && data !== undefined && data !== null);

  if (map === undefined) return null;
  if (!grant || !map) {
    return (
      <Alert severity="warning" sx={{ m: 4 }} data-testid="sealed-print-refused">
        {t('draw.print.refused')}
      </Alert>
    );
  }
  if (!data) return null;
  const { competition } = data;
  if (!competition) {
    return (
      <Alert severity="warning" sx={{ m: 4 }}>
        {t('draw.print.notFound')}
      </Alert>
    );
  }
  const printedAt = new Date().toLocaleString(language);
  const dates = competition.startDate === competition.endDate ? competition.startDate : `${competition.startDate} – ${competition.endDate}`;

  return (
    <Box data-testid="sealed-codes-print" sx={{ py: 2 }}>
      <Box sx={{ display: 'flex', justifyContent: 'space-between', alignItems: 'flex-start', gap: 2 }}>
        <Box>
          <Typography component="h1" sx={{ fontSize: 20, fontWeight: 700 }}>
            {t('draw.print.title')}
          </Typography>
          <Typography sx={{ fontSize: 14, mt: 0.5 }}>{competition.name}</Typography>
          <Typography sx={{ fontSize: 12, mt: 0.5 }}>
            {[dates, competition.venue, t(`enums.level.${competition.level}`), competition.trade].filter(Boolean).join(' · ')}
          </Typography>
        </Box>
        <Box
          data-testid="sealed-stamp"
          sx={{ border: '3px double #b00', color: '#b00', px: 2, py: 1, fontWeight: 700, fontSize: 18, letterSpacing: 2, whiteSpace: 'nowrap', transform: 'rotate(-4deg)' }}
        >
          {t('draw.print.stamp')}
        </Box>
      </Box>
      <Typography sx={{ fontSize: 12, mt: 1.5 }}>{t('draw.print.note')}</Typography>
      <Typography sx={{ fontSize: 12, mt: 0.5 }}>{t(competition.teamBased ? 'draw.print.metaTeams' : 'draw.print.meta', { count: rows.length, time: printedAt })}</Typography>
      {competition.drawSeed && (
        <Typography sx={{ fontSize: 11, mt: 0.25, fontFamily: 'monospace', wordBreak: 'break-all' }}>
          {t('draw.print.seed', { seed: competition.drawSeed })}
        </Typography>
      )}

      <Box component="table" sx={{ width: '100%', borderCollapse: 'collapse', mt: 2, fontSize: 12 }}>
        <Box component="thead" sx={{ display: 'table-header-group' }}>
          <tr>
            <Box component="th" sx={{ ...cell, width: '16%' }}>
              {t('draw.columns.anonCode')}
            </Box>
            {competition.teamBased && <Box component="th" sx={cell}>{t('draw.columns.team')}</Box>}
            <Box component="th" sx={cell}>
              {t(competition.teamBased ? 'draw.columns.members' : 'draw.columns.name')}
            </Box>
            <Box component="th" sx={cell}>
              {t('draw.columns.employeeNo')}
            </Box>
            <Box component="th" sx={cell}>
              {t('draw.columns.department')}
            </Box>
          </tr>
        </Box>
        <tbody>
          {rows.map((row) => (
            <Box component="tr" key={row.entry.id} className="print-avoid-break">
              <Box component="td" sx={{ ...cell, fontWeight: 700 }}>
                {row.code}
              </Box>
              {competition.teamBased && <Box component="td" sx={cell}>{row.teamName}</Box>}
              <Box component="td" sx={cell}>
                {row.names}
              </Box>
              <Box component="td" sx={cell}>
                {row.employeeNos}
              </Box>
              <Box component="td" sx={cell}>
                {row.department}
              </Box>
            </Box>
          ))}
        </tbody>
      </Box>
      {rows.length === 0 && <Typography sx={{ mt: 2 }}>{t('draw.print.empty')}</Typography>}

      <Box className="print-avoid-break" sx={{ mt: 5, display: 'grid', gridTemplateColumns: '1fr 1fr', columnGap: 6, rowGap: 4, fontSize: 13 }}>
        <Signature label={t('draw.print.officerSignature')} name={data.officer} />
        <Signature label={t('draw.print.supervisorSignature')} />
        <Signature label={t('draw.print.sealedAt')} />
        <Signature label={t('draw.print.openedAt')} />
      </Box>
    </Box>
  );
}

function Signature({ label, name }: { label: string; name?: string }) {
  return (
    <Box>
      <Box sx={{ display: 'flex', alignItems: 'flex-end', gap: 1 }}>
        <Box component="span" sx={{ whiteSpace: 'nowrap' }}>
          {label}
        </Box>
        <Box sx={{ flexGrow: 1, borderBottom: '1px solid #000', minHeight: 22 }} />
      </Box>
      {name && <Box sx={{ fontSize: 11, color: '#444', mt: 0.5, textAlign: 'right' }}>{name}</Box>}
    </Box>
  );
}
