/**
 * One entrant's results: part and module scores (with any safety veto), every item's score beside each judge's
 * raw mark, and the tie-break values the ranking compared.
 */
import { Box, Button, Chip, Dialog, DialogActions, DialogContent, DialogTitle, Table, TableBody, TableCell, TableHead, TableRow, Typography } from '@mui/material';
import { useTranslation } from 'react-i18next';
import type { ResultRow } from '../../../shared/scoring';
import { markText } from '../../../shared/results/markText';
import { fmt, statusText, tieRuleLabel, tieValueText } from './resultsText';
import type { ResultsState } from './useResultsReport';

export function EntrantDialog({ state, row, onClose }: { state: ResultsState; row: ResultRow; onClose: () => void }) {
  const { t } = useTranslation();
  const { report } = state;
  const { rubric, results } = report;
  const entrant = report.entrants.get(row.key);
  const marks = report.marks.filter((m) => m.subject === row.key);
  const itemIndex = new Map(results.rubric.items.map((it, i) => [it.id, i]));
  const judgeIds = [...new Set(marks.map((m) => m.judgeId))].sort((a, b) => (report.judges.get(a) ?? a).localeCompare(report.judges.get(b) ?? b));
  let moduleIndex = -1;
  return (
    <Dialog open onClose={onClose} maxWidth="lg" fullWidth>
      <DialogTitle>
        {t('results.entrant.title', { code: entrant?.anonCode ?? '—', name: entrant?.name ?? '' })}
        <Typography variant="body2" color="text.secondary">
          {row.rank !== undefined ? t('results.entrant.rank', { rank: row.rank, total: fmt(row.total) }) : statusText(t, row)}
          {row.award ? ` · ${t(`results.award.${row.award}`)}` : ''}
        </Typography>
      </DialogTitle>
      <DialogContent dividers>
        <Typography variant="subtitle2" sx={{ mb: 1 }}>
          {t('results.entrant.tieBreak')}
        </Typography>
        <Box sx={{ display: 'flex', gap: 1, flexWrap: 'wrap', mb: 2 }}>
          {row.tieBreakValues.map((v, i) => (
            <Chip key={i} size="small" variant="outlined" label={`${i + 1}. ${tieRuleLabel(t, rubric, v.rule)}: ${tieValueText(v.rule, v.value)}`} />
          ))}
        </Box>
        <Table size="small" data-testid="entrant-breakdown">
          <TableHead>
            <TableRow>
              <TableCell sx={{ minWidth: 180 }}>{t('results.columns.item')}</TableCell>
              {judgeIds.map((id) => (
                <TableCell key={id} sx={{ whiteSpace: 'nowrap' }}>
                  {report.judges.get(id) ?? id}
                </TableCell>
              ))}
              <TableCell align="right">{t('results.columns.score')}</TableCell>
            </TableRow>
          </TableHead>
          <TableBody>
            {rubric.parts.map((part, p) => [
              <TableRow key={part.id} sx={{ bgcolor: 'action.hover' }}>
                <TableCell colSpan={judgeIds.length + 1} sx={{ fontWeight: 700 }}>
                  {part.name}
                </TableCell>
                <TableCell align="right" sx={{ fontWeight: 700 }}>
                  {fmt(row.score.parts[p])}
                </TableCell>
              </TableRow>,
              ...part.modules.flatMap((module) => {
                moduleIndex++;
                const m = moduleIndex;
                const vetoed = row.score.vetoedModuleIds.includes(module.id);
                return [
                  <TableRow key={module.id}>
                    <TableCell colSpan={judgeIds.length + 1} sx={{ fontWeight: 600, pl: 3 }}>
                      {module.name} {vetoed && <Chip size="small" color="error" label={t('results.entrant.vetoed')} />}
                    </TableCell>
                    <TableCell align="right" sx={{ fontWeight: 600, whiteSpace: 'nowrap' }}>
                      {fmt(row.score.modules[m])} / {fmt(results.rubric.modules[m]?.max)}
                    </TableCell>
                  </TableRow>,
                  ...module.items.map((item) => {
                    const i = itemIndex.get(item.id) ?? 0;
                    return (
                      <TableRow key={item.id}>
                        <TableCell sx={{ pl: 5, minWidth: 180 }}>{item.name}</TableCell>
                        {judgeIds.map((id) => {
                          const mark = marks.find((x) => x.judgeId === id && x.itemId === item.id);
                          return <TableCell key={id}>{mark ? markText(mark.value, item) : ''}</TableCell>;
                        })}
                        <TableCell align="right">{row.score.judgeCounts[i] ? fmt(row.score.items[i]) : '—'}</TableCell>
                      </TableRow>
                    );
                  }),
                ];
              }),
            ])}
          </TableBody>
        </Table>
      </DialogContent>
      <DialogActions>
        <Button onClick={onClose}>{t('common.close')}</Button>
      </DialogActions>
    </Dialog>
  );
}
