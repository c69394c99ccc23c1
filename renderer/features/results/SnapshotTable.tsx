/**
 * A publication snapshot shown as it was frozen, for competitions whose marks are not kept in this workspace
 * (e.g. results published before the workspace was set up): rank, code, name, exact total and award.
 */
import { Paper, Table, TableBody, TableCell, TableContainer, TableHead, TableRow } from '@mui/material';
import { useTranslation } from 'react-i18next';
import type { Competition, Publication } from '../../../shared/domain';
import type { ReportEntrant } from '../../../shared/results/resultsReport';

export function SnapshotTable({ publication, entrants }: { competition: Competition; publication: Publication; entrants: ReadonlyMap<string, ReportEntrant> }) {
  const { t } = useTranslation();
  const revealed = [...entrants.values()].some((e) => e.name !== undefined);
  return (
    <TableContainer component={Paper} variant="outlined">
      <Table size="small" data-testid="results-snapshot-table">
        <TableHead>
          <TableRow>
            <TableCell>{t('results.columns.rank')}</TableCell>
            <TableCell>{t('results.columns.code')}</TableCell>
            {revealed && <TableCell>{t('results.columns.name')}</TableCell>}
            <TableCell align="right">{t('results.columns.total')}</TableCell>
            <TableCell>{t('results.columns.award')}</TableCell>
          </TableRow>
        </TableHead>
        <TableBody>
          {publication.results.map((r) => {
            const who = entrants.get(r.entryId);
            return (
              <TableRow key={r.entryId} data-testid="results-row">
                <TableCell>{r.rank ?? t('results.unranked.short')}</TableCell>
                <TableCell>{r.anonCode ?? who?.anonCode ?? '—'}</TableCell>
                {revealed && <TableCell>{who?.name}</TableCell>}
                <TableCell align="right">{r.scores?.total ?? r.total.toFixed(2)}</TableCell>
                <TableCell>{r.award ? t(`results.award.${r.award}`) : ''}</TableCell>
              </TableRow>
            );
          })}
        </TableBody>
      </Table>
    </TableContainer>
  );
}
