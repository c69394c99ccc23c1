/**
 * The results tab: the live ranking computed by the scoring engine with part scores, awards and why each tie was
 * broken; absent, withdrawn and disqualified entries listed apart; publication (公示) of a frozen snapshot. Before
 * names are revealed (揭封) only anonymous codes are shown. A row opens the entrant's breakdown.
 */
import { useState } from 'react';
import { Alert, Box, Button, Chip, Paper, Stack, Table, TableBody, TableCell, TableContainer, TableHead, TableRow, Tooltip, Typography } from '@mui/material';
import { useTranslation } from 'react-i18next';
import { standardisedScores, type ResultRow } from '../../../shared/scoring';
import { differsFromSnapshot } from '../../../shared/results/publication/buildPublication';
import { PageLoading } from '../../app/components/PageLoading';
import type { CompetitionTabProps } from '../competitions/CompetitionDetailPage';
import { EntrantDialog } from './EntrantDialog';
import { PublishDialog } from './PublishDialog';
import { awardRuleLabel, fmt, statusText, tieRuleLabel } from './resultsText';
import { SnapshotTable } from './SnapshotTable';
import { TeamRankingTable } from './teams/TeamRankingTable';
import { RoundsPanel } from '../rounds/RoundsPanel';
import { useResultsReport } from './useResultsReport';

export default function ResultsTab({ competition }: CompetitionTabProps) {
  const { t } = useTranslation();
  const state = useResultsReport(competition);
  const [open, setOpen] = useState<ResultRow>();
  const [publishing, setPublishing] = useState(false);
  if (!state) return <PageLoading />;
  const { report, inputs, publication } = state;
  const { results, rubric } = report;
  const ranked = results.rows.filter((r) => r.rank !== undefined);
  // The standardised (T) score compares entrants across competitions with different rubrics; it never ranks.
  const tScores = standardisedScores(ranked.map((r) => r.total));
  const unranked = results.rows.filter((r) => r.rank === undefined);
  const who = (key: string) => report.entrants.get(key);
  const hasMarks = inputs.marks.length > 0;
  const openAppeals = inputs.appeals.filter((a) => a.status === 'open').length;
  const changed = publication !== undefined && hasMarks && differsFromSnapshot(report, publication);
  // Sealed marks not yet tied to entrants (map still sealed): no per-entrant results, nothing published, until then.
  const pending = report.audit.unresolvedMarks;
  const computable = hasMarks && pending === 0;
  const canPublish = computable && openAppeals === 0 && (competition.status === 'review' || (competition.status === 'published' && changed));
  const tieOf = new Map(results.tieDecisions.map((d) => [d.below, d]));
  const revealed = [...report.entrants.values()].some((e) => e.name !== undefined);

  return (
    <Box>
      <RoundsPanel competition={competition} />
      <Stack direction="row" spacing={1} sx={{ mb: 2, alignItems: 'center', flexWrap: 'wrap' }}>
        <Alert severity={publication ? (changed ? 'warning' : 'success') : 'info'} sx={{ flexGrow: 1 }} data-testid="results-snapshot">
          {publication
            ? t(changed ? 'results.snapshot.changed' : 'results.snapshot.published', { sequence: publication.sequence ?? 1, hash: publication.hash })
            : t('results.snapshot.live')}
          {!revealed && <Box>{t('results.codesOnly')}</Box>}
        </Alert>
        {hasMarks && (competition.status === 'review' || competition.status === 'published') && (
          <Button variant="contained" disabled={!canPublish} onClick={() => setPublishing(true)} data-testid="results-publish">
            {publication ? t('results.publish.again') : t('results.publish.first')}
          </Button>
        )}
      </Stack>
      {openAppeals > 0 && (
        <Alert severity="info" sx={{ mb: 2 }}>
          {t('results.openAppeals', { count: openAppeals })}
        </Alert>
      )}
      {pending > 0 && (
        <Alert severity="warning" sx={{ mb: 2 }} data-testid="results-sealed-pending">
          {t('results.sealedPending', { count: pending })}
        </Alert>
      )}
      {!computable && publication && <SnapshotTable competition={competition} publication={publication} entrants={report.entrants} />}
      {report.teams && !hasMarks && publication && <TeamRankingTable teams={report.teams} entrants={report.entrants} awardRule={rubric.awardRule} />}
      {!hasMarks && !publication && <Alert severity="info">{t('results.noMarks')}</Alert>}
      {computable && (
        <>
          <Paper variant="outlined" sx={{ p: 2, mb: 2 }} data-testid="results-awards">
            <Typography variant="subtitle2">{t('results.awards.title')}</Typography>
            <Typography variant="body2">{awardRuleLabel(t, rubric.awardRule)}</Typography>
            <Typography variant="body2" color="text.secondary">
              {t('results.awards.given', {
                ranked: results.awards.rankedCount,
                first: results.awards.given.first,
                second: results.awards.given.second,
                third: results.awards.given.third,
                limits: results.awards.limits ? results.awards.limits.join(' / ') : '—',
              })}
            </Typography>
          </Paper>
          <TableContainer component={Paper} variant="outlined" sx={{ mb: 3 }}>
            <Table size="small" data-testid="results-ranking">
              <TableHead>
                <TableRow>
                  <TableCell>{t('results.columns.rank')}</TableCell>
                  <TableCell>{t('results.columns.code')}</TableCell>
                  {revealed && <TableCell>{t('results.columns.name')}</TableCell>}
                  <TableCell align="right">{t('results.columns.total')}</TableCell>
                  {rubric.parts.map((p) => (
                    <TableCell key={p.id} align="right">
                      {p.name}
                    </TableCell>
                  ))}
                  <TableCell align="right">
                    <Tooltip title={t('results.columns.tScoreHelp')}>
                      <span>{t('results.columns.tScore')}</span>
                    </Tooltip>
                  </TableCell>
                  <TableCell>{t('results.columns.award')}</TableCell>
                  <TableCell>{t('results.columns.tie')}</TableCell>
                </TableRow>
              </TableHead>
              <TableBody>
                {ranked.map((row, index) => {
                  const tie = tieOf.get(row.key);
                  return (
                    <TableRow key={row.key} hover sx={{ cursor: 'pointer' }} onClick={() => setOpen(row)} data-testid="results-row">
                      <TableCell>{row.rank}</TableCell>
                      <TableCell>{who(row.key)?.anonCode ?? '—'}</TableCell>
                      {revealed && <TableCell>{who(row.key)?.name}</TableCell>}
                      <TableCell align="right" sx={{ fontWeight: 600 }}>
                        {fmt(row.total)}
                      </TableCell>
                      {rubric.parts.map((p, i) => (
                        <TableCell key={p.id} align="right">
                          {fmt(row.score.parts[i])}
                        </TableCell>
                      ))}
                      <TableCell align="right" sx={{ color: 'text.secondary' }} data-testid="results-t-score">
                        {fmt(tScores[index]!)}
                      </TableCell>
                      <TableCell>{row.award ? <Chip size="small" color={row.award === 'first' ? 'warning' : 'default'} label={t(`results.award.${row.award}`)} /> : ''}</TableCell>
                      <TableCell sx={{ fontSize: '0.8rem', color: 'text.secondary' }} data-testid={tie ? 'results-tie' : undefined}>
                        {tie ? t('results.tie.below', { above: who(tie.above)?.anonCode ?? tie.above, rule: tieRuleLabel(t, rubric, tie.rule) }) : ''}
                      </TableCell>
                    </TableRow>
                  );
                })}
              </TableBody>
            </Table>
          </TableContainer>
          {unranked.length > 0 && (
            <>
              <Typography variant="subtitle1" sx={{ mb: 1 }}>
                {t('results.unranked.title')}
              </Typography>
              <TableContainer component={Paper} variant="outlined">
                <Table size="small" data-testid="results-unranked">
                  <TableBody>
                    {unranked.map((row) => (
                      <TableRow key={row.key} hover sx={{ cursor: 'pointer' }} onClick={() => setOpen(row)}>
                        <TableCell>{who(row.key)?.anonCode ?? '—'}</TableCell>
                        {revealed && <TableCell>{who(row.key)?.name}</TableCell>}
                        <TableCell>{statusText(t, row)}</TableCell>
                        <TableCell align="right">{fmt(row.total)}</TableCell>
                      </TableRow>
                    ))}
                  </TableBody>
                </Table>
              </TableContainer>
            </>
          )}
          {report.teams && (
            <TeamRankingTable
              teams={report.teams}
              entrants={report.entrants}
              awardRule={rubric.awardRule}
              onOpenMember={(entryId) => setOpen(results.rows.find((r) => r.key === entryId))}
            />
          )}
        </>
      )}
      {open && <EntrantDialog state={state} row={open} onClose={() => setOpen(undefined)} />}
      {publishing && <PublishDialog competition={competition} state={state} onClose={() => setPublishing(false)} />}
    </Box>
  );
}
