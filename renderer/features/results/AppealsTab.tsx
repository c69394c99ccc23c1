/**
 * Appeals (申诉): who filed what and when, the deadline, the arbitration group's ruling and any mark it changed
 * (with the reason, also kept in the mark log). Results recompute from the changed marks at once; a published
 * competition then needs a new snapshot (results tab).
 */
import { useState } from 'react';
import { Alert, Box, Button, Chip, Paper, Stack, Table, TableBody, TableCell, TableContainer, TableHead, TableRow, Typography } from '@mui/material';
import { useTranslation } from 'react-i18next';
import type { Appeal } from '../../../shared/domain';
import { markText } from '../../../shared/results/markText';
import { PageLoading } from '../../app/components/PageLoading';
import { useLanguage } from '../../app/useLanguage';
import type { CompetitionTabProps } from '../competitions/CompetitionDetailPage';
import { formatDateTime } from '../competitions/printables/formatDates';
import { FileAppealDialog } from './FileAppealDialog';
import { RuleAppealDialog } from './RuleAppealDialog';
import { useResultsReport } from './useResultsReport';

export default function AppealsTab({ competition }: CompetitionTabProps) {
  const { t } = useTranslation();
  const language = useLanguage();
  const state = useResultsReport(competition);
  const [filing, setFiling] = useState(false);
  const [ruling, setRuling] = useState<Appeal>();
  if (!state) return <PageLoading />;
  const { report, inputs } = state;
  const items = new Map(competition.rubric.parts.flatMap((p) => p.modules.flatMap((m) => m.items)).map((i) => [i.id, i]));
  const appeals = [...inputs.appeals].sort((a, b) => (a.filedAt < b.filedAt ? 1 : -1));
  const canFile = competition.status === 'review' || competition.status === 'published';
  const who = (entryId: string) => {
    const e = report.entrants.get(entryId);
    return [e?.anonCode, e?.name].filter(Boolean).join(' ');
  };
  return (
    <Box>
      <Stack direction="row" sx={{ mb: 2, alignItems: 'center' }}>
        <Typography variant="body2" color="text.secondary" sx={{ flexGrow: 1 }}>
          {t('results.appeals.intro')}
        </Typography>
        <Button variant="contained" disabled={!canFile} onClick={() => setFiling(true)} data-testid="appeal-file">
          {t('results.appeals.file')}
        </Button>
      </Stack>
      {appeals.length === 0 && <Alert severity="info">{t('results.appeals.none')}</Alert>}
      {appeals.length > 0 && (
        <TableContainer component={Paper} variant="outlined">
          <Table size="small" data-testid="appeals-table">
            <TableHead>
              <TableRow>
                <TableCell>{t('results.appeals.columns.filed')}</TableCell>
                <TableCell>{t('results.appeals.columns.entrant')}</TableCell>
                <TableCell>{t('results.appeals.columns.reason')}</TableCell>
                <TableCell>{t('results.appeals.columns.status')}</TableCell>
                <TableCell>{t('results.appeals.columns.ruling')}</TableCell>
                <TableCell />
              </TableRow>
            </TableHead>
            <TableBody>
              {appeals.map((a) => (
                <TableRow key={a.id} data-testid="appeal-row" sx={{ verticalAlign: 'top' }}>
                  <TableCell sx={{ whiteSpace: 'nowrap' }}>
                    {formatDateTime(a.filedAt, language)}
                    {a.filedBy && <Box sx={{ color: 'text.secondary' }}>{a.filedBy}</Box>}
                    {a.deadline && <Box sx={{ color: 'text.secondary' }}>{t('results.appeals.deadline', { at: formatDateTime(a.deadline, language) })}</Box>}
                  </TableCell>
                  <TableCell>{who(a.entryId)}</TableCell>
                  <TableCell sx={{ maxWidth: 320 }}>{a.reason}</TableCell>
                  <TableCell>
                    <Chip size="small" color={a.status === 'open' ? 'warning' : a.status === 'upheld' ? 'success' : 'default'} label={t(`results.appeals.status.${a.status}`)} />
                  </TableCell>
                  <TableCell sx={{ maxWidth: 360 }}>
                    {a.ruling}
                    {a.ruledBy && <Box sx={{ color: 'text.secondary' }}>{t('results.appeals.ruledBy', { who: a.ruledBy, at: a.ruledAt ? formatDateTime(a.ruledAt, language) : '' })}</Box>}
                    {(a.markChanges ?? []).map((c) => (
                      <Box key={c.markId} sx={{ fontSize: '0.85rem' }} data-testid="appeal-mark-change">
                        {t('results.appeals.change', {
                          item: items.get(c.itemId)?.name ?? c.itemId,
                          judge: report.judges.get(c.assignmentId) ?? c.assignmentId,
                          from: markText(c.from, items.get(c.itemId)),
                          to: markText(c.to, items.get(c.itemId)),
                          reason: c.reason,
                        })}
                      </Box>
                    ))}
                  </TableCell>
                  <TableCell>
                    {a.status === 'open' && (
                      <Button size="small" onClick={() => setRuling(a)} data-testid="appeal-rule">
                        {t('results.appeals.rule')}
                      </Button>
                    )}
                  </TableCell>
                </TableRow>
              ))}
            </TableBody>
          </Table>
        </TableContainer>
      )}
      {filing && <FileAppealDialog competition={competition} state={state} onClose={() => setFiling(false)} />}
      {ruling && <RuleAppealDialog competition={competition} state={state} appeal={ruling} onClose={() => setRuling(undefined)} />}
    </Box>
  );
}
