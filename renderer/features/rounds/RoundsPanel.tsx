/**
 * The link between the rounds of a multi-round competition (preliminary ↔ final), shown on the overview and the
 * results tab of both: the round this one advanced from (with its rule), the round that follows, and — on a round
 * whose results are locked or published and that has no next round yet — the action that creates it.
 */
import { lazy, Suspense, useState } from 'react';
import { Alert, Box, Button, Link } from '@mui/material';
import { useTranslation } from 'react-i18next';
import { Link as RouterLink } from 'react-router';
import type { Competition } from '../../../shared/domain';
import { useLiveRecords } from '../../db/useLiveRecords';
import { resultsLocked } from '../../../shared/competitions/rounds/planNextRound';
import { advanceRuleText } from './roundText';

const CreateNextRoundDialog = lazy(() => import('./CreateNextRoundDialog'));

export function RoundsPanel({ competition }: { competition: Competition }) {
  const { t } = useTranslation();
  const [creating, setCreating] = useState(false);
  const links = useLiveRecords(
    async (r) => ({
      competitionId: competition.id,
      previous: competition.previousRoundId ? ((await r.competitions.get(competition.previousRoundId)) ?? null) : null,
      next: await r.competitions.nextRoundsOf(competition.id),
    }),
    [competition.id, competition.previousRoundId],
  );
  if (!links || links.competitionId !== competition.id) return null;
  const canCreate = resultsLocked(competition.status) && links.next.length === 0;
  if (!links.previous && links.next.length === 0 && !canCreate) return null;

  return (
    <Alert
      severity="info"
      icon={false}
      sx={{ mb: 2, '& .MuiAlert-message': { flexGrow: 1 } }}
      data-testid="rounds-panel"
      action={
        canCreate ? (
          <Button size="small" variant="outlined" onClick={() => setCreating(true)} data-testid="rounds-create" sx={{ whiteSpace: 'nowrap' }}>
            {t('rounds.create')}
          </Button>
        ) : undefined
      }
    >
      <Box component="span" sx={{ fontWeight: 600, mr: 1 }}>
        {t('rounds.title')}
      </Box>
      {links.previous && (
        <Box component="span" data-testid="rounds-previous" sx={{ mr: 2 }}>
          {t('rounds.previous')}
          <Link component={RouterLink} to={`/competitions/${links.previous.id}/results`}>
            {links.previous.name}
          </Link>
          {competition.advanceRule ? ` ${t('rounds.previousRule', { rule: advanceRuleText(t, competition.advanceRule) })}` : ''}
        </Box>
      )}
      {!links.previous && links.next.length === 0 && (
        <Box component="span" sx={{ color: 'text.secondary' }}>
          {t('rounds.hint')}
        </Box>
      )}
      {links.next.map((next) => (
        <Box component="span" key={next.id} data-testid="rounds-next">
          {t('rounds.next')}
          <Link component={RouterLink} to={`/competitions/${next.id}/overview`}>
            {next.name}
          </Link>
          {t('rounds.nextStatus', { status: t(`enums.competitionStatus.${next.status}`) })}
        </Box>
      ))}
      {creating && (
        <Suspense fallback={null}>
          <CreateNextRoundDialog competition={competition} onClose={() => setCreating(false)} />
        </Suspense>
      )}
    </Alert>
  );
}
