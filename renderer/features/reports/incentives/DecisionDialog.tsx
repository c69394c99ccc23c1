/**
 * Asks before approving or rejecting a reward, saying what the decision will do, and records who decided (the
 * name is remembered on this computer for next time) and, for a rejection, why.
 */
import { useState } from 'react';
import { Alert, Button, Dialog, DialogActions, DialogContent, DialogTitle, Stack, TextField, Typography } from '@mui/material';
import { useTranslation } from 'react-i18next';
import { checkIncentiveDecision, type IncentiveDecision } from '../../../../shared/incentives/checkIncentiveDecision';
import { formatYuan } from '../../../app/format';
import { useLanguage } from '../../../app/useLanguage';
import { useRepositories } from '../../../db/useRepositories';
import { IncentiveDecisionError } from '../../../db/repositories/incentivesRepository';
import type { LedgerRow } from './useIncentiveLedger';

const DECIDER_KEY = 'jiangxin.incentives.decidedBy';

export function DecisionDialog({ row, decision, onClose, onDone }: { row: LedgerRow; decision: IncentiveDecision; onClose: () => void; onDone: (text: string) => void }) {
  const { t } = useTranslation();
  const language = useLanguage();
  const repositories = useRepositories();
  const [by, setBy] = useState(() => localStorage.getItem(DECIDER_KEY) ?? '');
  const [note, setNote] = useState('');
  const [tried, setTried] = useState(false);
  const [error, setError] = useState<string>();
  const { incentive } = row;
  const problem = checkIncentiveDecision(incentive, decision, by, note);
  const approve = decision === 'approved';
  const what = incentive.description || t(`enums.incentiveKind.${incentive.kind}`);
  const amount = incentive.amountFen > 0 ? t('reporting.incentives.decision.amount', { amount: formatYuan(incentive.amountFen, language) }) : '';

  const confirm = async () => {
    setTried(true);
    if (problem) {
      if (problem === 'already_decided') setError(t('reporting.incentives.decision.already_decided'));
      return;
    }
    try {
      await repositories.incentives.decide(incentive.id, decision, by, note);
      localStorage.setItem(DECIDER_KEY, by.trim());
      onDone(t('reporting.incentives.decision.done'));
      onClose();
    } catch (e) {
      setError(e instanceof IncentiveDecisionError ? t(`reporting.incentives.decision.${e.code}`) : t('common.errorDetail', { message: e instanceof Error ? e.message : String(e) }));
    }
  };

  return (
    <Dialog open onClose={onClose} maxWidth="sm" fullWidth>
      <DialogTitle>{t(approve ? 'reporting.incentives.decision.approveTitle' : 'reporting.incentives.decision.rejectTitle')}</DialogTitle>
      <DialogContent>
        <Stack spacing={2} sx={{ pt: 1 }}>
          <Typography variant="body2" data-testid="decision-body">
            {t(approve ? 'reporting.incentives.decision.approveBody' : 'reporting.incentives.decision.rejectBody', { person: row.personName, what, amount, year: incentive.year })}
          </Typography>
          <TextField
            size="small"
            required
            label={t('reporting.incentives.decision.by')}
            value={by}
            onChange={(e) => setBy(e.target.value)}
            error={tried && problem === 'decider_required'}
            helperText={tried && problem === 'decider_required' ? t('reporting.incentives.decision.byRequired') : t('reporting.incentives.decision.byHint')}
            slotProps={{ htmlInput: { 'data-testid': 'decision-by', maxLength: 100 } }}
          />
          <TextField
            size="small"
            required={!approve}
            multiline
            minRows={2}
            label={t('reporting.incentives.decision.note')}
            value={note}
            onChange={(e) => setNote(e.target.value)}
            error={tried && problem === 'note_required'}
            helperText={tried && problem === 'note_required' ? t('reporting.incentives.decision.noteRequired') : ' '}
            slotProps={{ htmlInput: { 'data-testid': 'decision-note', maxLength: 500 } }}
          />
          {error && <Alert severity="error">{error}</Alert>}
        </Stack>
      </DialogContent>
      <DialogActions>
        <Button onClick={onClose}>{t('common.cancel')}</Button>
        <Button variant="contained" color={approve ? 'success' : 'error'} onClick={() => void confirm()} data-testid="decision-confirm">
          {t(approve ? 'reporting.incentives.decision.confirmApprove' : 'reporting.incentives.decision.confirmReject')}
        </Button>
      </DialogActions>
    </Dialog>
  );
}
