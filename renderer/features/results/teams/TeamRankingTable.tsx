/**
 * The team ranking of a team event scored from its members' totals (sum / mean): rank, team, each member with
 * their own total, the team score and, when the award rule applies to teams, the team award. Computed by the
 * engine's teamTotals from the same individual results as the ranking above (shared/results/teams). A member
 * opens their own breakdown when the results are computed from marks.
 */
import { Box, Chip, Link, Paper, Table, TableBody, TableCell, TableContainer, TableHead, TableRow, Typography } from '@mui/material';
import { useTranslation } from 'react-i18next';
import type { TeamRanking } from '../../../../shared/results/teams/buildTeamRanking';
import type { ReportEntrant } from '../../../../shared/results/resultsReport';
import { awardRuleLabel, fmt } from '../resultsText';
import type { AwardRule } from '../../../../shared/domain';

export function TeamRankingTable({
  teams,
  entrants,
  awardRule,
  onOpenMember,
}: {
  teams: TeamRanking;
  entrants: ReadonlyMap<string, ReportEntrant>;
  awardRule: AwardRule;
  /** Opens a member's breakdown; absent when there is none to show (a snapshot without marks). */
  onOpenMember?: ((entryId: string) => void) | undefined;
}) {
  const { t } = useTranslation();
  const label = (entryId: string) => {
    const who = entrants.get(entryId);
    return who?.name ?? who?.anonCode ?? '—';
  };
  return (
    <Box sx={{ mt: 3 }} data-testid="results-teams">
      <Typography variant="subtitle1">{t('teams.title')}</Typography>
      <Typography variant="body2" color="text.secondary" sx={{ mb: 1 }}>
        {t(`teams.rule.${teams.mode}`)} {teams.awards ? t('teams.awardsApply', { rule: awardRuleLabel(t, awardRule) }) : t('teams.noAwards')}
        {teams.withoutTeam > 0 ? ` ${t('teams.withoutTeam', { count: teams.withoutTeam })}` : ''}
      </Typography>
      <TableContainer component={Paper} variant="outlined">
        <Table size="small" data-testid="results-teams-table">
          <TableHead>
            <TableRow>
              <TableCell sx={{ whiteSpace: 'nowrap' }}>{t('teams.columns.rank')}</TableCell>
              <TableCell sx={{ whiteSpace: 'nowrap' }}>{t('teams.columns.team')}</TableCell>
              <TableCell>{t('teams.columns.members')}</TableCell>
              <TableCell align="right" sx={{ whiteSpace: 'nowrap' }}>
                {t(`teams.columns.score.${teams.mode}`)}
              </TableCell>
              {teams.awards && <TableCell sx={{ whiteSpace: 'nowrap' }}>{t('teams.columns.award')}</TableCell>}
            </TableRow>
          </TableHead>
          <TableBody>
            {teams.rows.map((row) => (
              <TableRow key={row.teamName} data-testid="results-team-row">
                <TableCell>{row.rank}</TableCell>
                <TableCell sx={{ fontWeight: 600, whiteSpace: 'nowrap' }}>{row.teamName}</TableCell>
                <TableCell sx={{ fontSize: '0.85rem' }}>
                  {row.members.map((m, i) => {
                    const text = `${label(m.entryId)} ${m.rank === undefined ? t(`teams.memberUnranked.${m.status === 'registered' || m.status === 'checked_in' ? 'disqualified' : m.status}`) : fmt(m.total)}`;
                    return (
                      <Box component="span" key={m.entryId} data-testid="results-team-member">
                        {i > 0 ? t('teams.separator') : ''}
                        {onOpenMember ? (
                          <Link component="button" type="button" underline="hover" onClick={() => onOpenMember(m.entryId)} sx={{ verticalAlign: 'baseline', fontSize: 'inherit' }}>
                            {text}
                          </Link>
                        ) : (
                          text
                        )}
                      </Box>
                    );
                  })}
                </TableCell>
                <TableCell align="right" sx={{ fontWeight: 600 }} data-testid="results-team-score">
                  {fmt(row.total)}
                </TableCell>
                {teams.awards && <TableCell>{row.award ? <Chip size="small" color={row.award === 'first' ? 'warning' : 'default'} label={t(`results.award.${row.award}`)} /> : ''}</TableCell>}
              </TableRow>
            ))}
          </TableBody>
        </Table>
      </TableContainer>
    </Box>
  );
}
