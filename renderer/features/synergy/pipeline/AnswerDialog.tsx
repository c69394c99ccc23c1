/** Record the answer to an invitation, saying first what it will do (accepted → the person joins the studio). */
import { useState } from 'react';
import { Alert, Button, Dialog, DialogActions, DialogContent, DialogTitle, FormControlLabel, FormLabel, Radio, RadioGroup, Stack, Typography } from '@mui/material';
import { useTranslation } from 'react-i18next';
import type { AnswerProblem } from '../../../../shared/synergy/checkInvitation';
import type { InvitationRow } from '../../../db/repositories/pipelineRepository';
import { useRepositories } from '../../../db/useRepositories';

export function AnswerDialog({ row, onClose }: { row: InvitationRow; onClose: () => void }) {
  const { t } = useTranslation();
  const repositories = useRepositories();
  const [answer, setAnswer] = useState<'accepted' | 'declined'>('accepted');
  const [problems, setProblems] = useState<readonly AnswerProblem[]>([]);
  const [saving, setSaving] = useState(false);
  const name = row.person?.name ?? row.invitation.personId;
  const studio = row.studio?.name ?? row.invitation.studioId;

  const confirm = async () => {
    setSaving(true);
    const outcome = await repositories.pipeline.answer(row.invitation.id, answer);
    setSaving(false);
    if (outcome.ok) onClose();
    else setProblems(outcome.problems);
  };

  return (
    <Dialog open onClose={onClose} fullWidth maxWidth="sm" slotProps={{ paper: { 'data-testid': 'answer-dialog' } as object }}>
      <DialogTitle>{t('pipeline.answerDialog.title', { name })}</DialogTitle>
      <DialogContent>
        <Stack spacing={2}>
          <Typography variant="body2" color="text.secondary">{`${studio}${row.invitation.note ? ` · ${row.invitation.note}` : ''}`}</Typography>
          <div>
            <FormLabel id="answer-label">{t('pipeline.answerDialog.answer')}</FormLabel>
            <RadioGroup row aria-labelledby="answer-label" value={answer} onChange={(e) => setAnswer(e.target.value as 'accepted' | 'declined')}>
              <FormControlLabel value="accepted" control={<Radio />} label={t('pipeline.answerDialog.accepted')} data-testid="answer-accepted" />
              <FormControlLabel value="declined" control={<Radio />} label={t('pipeline.answerDialog.declined')} data-testid="answer-declined" />
            </RadioGroup>
          </div>
          <Alert severity="warning" data-testid="answer-explain">
            {answer === 'accepted' ? t('pipeline.answerDialog.explainAccepted', { name, studio }) : t('pipeline.answerDialog.explainDeclined')}
          </Alert>
          {problems.map((p) => (
            <Alert key={p.code} severity="error">{t(`pipeline.answerDialog.problem.${p.code}`)}</Alert>
          ))}
        </Stack>
      </DialogContent>
      <DialogActions>
        <Button onClick={onClose}>{t('common.cancel')}</Button>
        <Button variant="contained" onClick={() => void confirm()} disabled={saving} data-testid="answer-confirm">
          {t('pipeline.answerDialog.confirm')}
        </Button>
      </DialogActions>
    </Dialog>
  );
}
