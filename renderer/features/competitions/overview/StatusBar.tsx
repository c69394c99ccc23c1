/**
 * The competition's status flow, draft → registration → drawn → scoring → review → published → archived. Moving
 * forward is allowed only when the step has what it needs; the reasons it is refused are listed in plain words.
 */
import { lazy, Suspense, useState } from 'react';
import { Alert, Box, Button, Dialog, DialogActions, DialogContent, DialogContentText, DialogTitle, Step, StepLabel, Stepper } from '@mui/material';
import { useTranslation } from 'react-i18next';
import { COMPETITION_STATUSES, type Competition, type CompetitionStatus } from '../../../../shared/domain';
import { nextStatusCheck } from '../../../../shared/competitions/status/nextStatusCheck';
import { useLiveRecords } from '../../../db/useLiveRecords';
import { useRepositories } from '../../../db/useRepositories';
import { reasonText } from './reasonText';

// Scoring → review shows what is missing first (features/judging).
const MoveToReviewDialog = lazy(() => import('../../judging/review/MoveToReviewDialog'));

export function StatusBar({ competition }: { competition: Competition }) {
  const { t } = useTranslation();
  const repositories = useRepositories();
  const context = useLiveRecords(
    async (r) => ({
      entries: await r.competitions.entriesOf(competition.id),
      judges: await r.competitions.judgesOf(competition.id),
      marksRecorded: await r.competitions.marksCount(competition.id),
      openAppeals: await r.competitions.openAppealsCount(competition.id),
      sealedEntryIds: new Set((await r.sealing.sealedMapOf(competition.id))?.entryIds ?? []),
    }),
    [competition.id],
  );
  const [confirmBack, setConfirmBack] = useState<CompetitionStatus | null>(null);
  const [confirmReview, setConfirmReview] = useState(false);
  const index = COMPETITION_STATUSES.indexOf(competition.status);
  const next = COMPETITION_STATUSES[index + 1];
  const previous = index > 0 ? COMPETITION_STATUSES[index - 1] : undefined;
  const forward = next && context ? nextStatusCheck(competition, context, next) : undefined;
  const backward = previous && context ? nextStatusCheck(competition, context, previous) : undefined;
  const clearsDraw = backward?.ok === true && backward.effects.includes('clear_draw');
  // Publishing freezes computed results; that arrives with the results work, so it is not offered here yet.
  const awaitsResults = forward?.ok === true && forward.effects.includes('create_publication');

  const move = async (target: CompetitionStatus, effects: readonly string[] = []) => {
    await repositories.competitions.setStatus(competition.id, target, { clearDraw: effects.includes('clear_draw') });
  };

  return (
    <Box sx={{ mb: 2 }}>
      <Stepper activeStep={index} alternativeLabel sx={{ mb: 2 }}>
        {COMPETITION_STATUSES.map((status) => (
          <Step key={status} completed={COMPETITION_STATUSES.indexOf(status) < index}>
            <StepLabel>{t(`enums.competitionStatus.${status}`)}</StepLabel>
          </Step>
        ))}
      </Stepper>
      <Box sx={{ display: 'flex', gap: 1, flexWrap: 'wrap', alignItems: 'flex-start' }}>
        {previous && backward?.ok && (
          <Button size="small" onClick={() => setConfirmBack(previous)} data-testid="status-back">
            {t('competition.status.back', { status: t(`enums.competitionStatus.${previous}`) })}
          </Button>
        )}
        {next && (
          <Button
            size="small"
            variant="contained"
            disabled={!forward?.ok || awaitsResults}
            data-testid="status-advance"
            onClick={() => (next === 'review' ? setConfirmReview(true) : forward?.ok && void move(next, forward.effects))}
          >
            {t('competition.status.advance', { status: t(`enums.competitionStatus.${next}`) })}
          </Button>
        )}
      </Box>
      {next && forward && !forward.ok && (
        <Alert severity="info" sx={{ mt: 1 }} data-testid="status-blocked">
          {t('competition.status.blocked', { status: t(`enums.competitionStatus.${next}`) })}
          <Box component="ul" sx={{ m: 0, pl: 2.5 }}>
            {[...new Set(forward.reasons.map((reason) => reasonText(t, reason, competition)))].map((text) => (
              <li key={text}>{text}</li>
            ))}
          </Box>
        </Alert>
      )}
      {confirmReview && forward?.ok && (
        <Suspense fallback={null}>
          <MoveToReviewDialog competition={competition} onCancel={() => setConfirmReview(false)} onConfirm={() => { setConfirmReview(false); void move('review', forward.effects); }} />
        </Suspense>
      )}
      {awaitsResults && (
        <Alert severity="info" sx={{ mt: 1 }}>
          {t('competition.status.publishNotYet')}
        </Alert>
      )}
      <Dialog open={confirmBack !== null} onClose={() => setConfirmBack(null)}>
        <DialogTitle>{t('competition.status.confirmBackTitle', { status: confirmBack ? t(`enums.competitionStatus.${confirmBack}`) : '' })}</DialogTitle>
        {clearsDraw && (
          <DialogContent>
            <DialogContentText>{t('competition.status.effectClearDraw')}</DialogContentText>
          </DialogContent>
        )}
        <DialogActions>
          <Button onClick={() => setConfirmBack(null)}>{t('common.cancel')}</Button>
          <Button
            color="warning"
            variant="contained"
            data-testid="status-back-confirm"
            onClick={async () => {
              if (confirmBack && backward?.ok) await move(confirmBack, backward.effects);
              setConfirmBack(null);
            }}
          >
            {t('competition.status.confirmBack')}
          </Button>
        </DialogActions>
      </Dialog>
    </Box>
  );
}
