/** Recording an appeal as filed: the entrant, who filed it, when, the deadline for a ruling, and what it says. */
import { useState } from 'react';
import { Button, Dialog, DialogActions, DialogContent, DialogTitle, MenuItem, Stack, TextField } from '@mui/material';
import { DateTimePicker } from '@mui/x-date-pickers/DateTimePicker';
import dayjs, { type Dayjs } from 'dayjs';
import { useTranslation } from 'react-i18next';
import type { Competition } from '../../../shared/domain';
import { useRepositories } from '../../db/useRepositories';
import type { ResultsState } from './useResultsReport';

export function FileAppealDialog({ competition, state, onClose }: { competition: Competition; state: ResultsState; onClose: () => void }) {
  const { t } = useTranslation();
  const repositories = useRepositories();
  // Appeals are filed against a published (or unsealed) code: entries without a known code cannot be chosen.
  const codeOf = (id: string) => state.report.entrants.get(id)?.anonCode;
  const entries = state.inputs.entries.filter((e) => codeOf(e.id)).sort((a, b) => (codeOf(a.id)! < codeOf(b.id)! ? -1 : 1));
  const [entryId, setEntryId] = useState(entries[0]?.id ?? '');
  const [filedBy, setFiledBy] = useState('');
  const [reason, setReason] = useState('');
  const [filedAt, setFiledAt] = useState<Dayjs | null>(dayjs());
  const [deadline, setDeadline] = useState<Dayjs | null>(dayjs().add(2, 'day'));
  const valid = entryId && reason.trim() && filedAt?.isValid();
  const save = async () => {
    if (!valid || !filedAt) return;
    await repositories.results.fileAppeal({
      competitionId: competition.id,
      entryId,
      filedAt: filedAt.toISOString(),
      reason: reason.trim(),
      ...(filedBy.trim() ? { filedBy: filedBy.trim() } : {}),
      ...(deadline?.isValid() ? { deadline: deadline.toISOString() } : {}),
    });
    onClose();
  };
  const label = (id: string) => {
    const e = state.report.entrants.get(id);
    return [e?.anonCode, e?.name].filter(Boolean).join(' ');
  };
  return (
    <Dialog open onClose={onClose} maxWidth="sm" fullWidth>
      <DialogTitle>{t('results.appeals.fileTitle')}</DialogTitle>
      <DialogContent>
        <Stack spacing={2} sx={{ mt: 1 }}>
          <TextField select label={t('results.appeals.columns.entrant')} value={entryId} onChange={(e) => setEntryId(e.target.value)} slotProps={{ htmlInput: { 'data-testid': 'appeal-entry' } }}>
            {entries.map((e) => (
              <MenuItem key={e.id} value={e.id}>
                {label(e.id)}
              </MenuItem>
            ))}
          </TextField>
          <TextField label={t('results.appeals.filedBy')} value={filedBy} onChange={(e) => setFiledBy(e.target.value)} slotProps={{ htmlInput: { 'data-testid': 'appeal-filed-by' } }} />
          <DateTimePicker label={t('results.appeals.filedAt')} value={filedAt} onChange={setFiledAt} />
          <DateTimePicker label={t('results.appeals.deadlineLabel')} value={deadline} onChange={setDeadline} />
          <TextField label={t('results.appeals.columns.reason')} value={reason} onChange={(e) => setReason(e.target.value)} multiline minRows={3} slotProps={{ htmlInput: { 'data-testid': 'appeal-reason' } }} />
        </Stack>
      </DialogContent>
      <DialogActions>
        <Button onClick={onClose}>{t('common.cancel')}</Button>
        <Button variant="contained" disabled={!valid} onClick={() => void save()} data-testid="appeal-save">
          {t('results.appeals.save')}
        </Button>
      </DialogActions>
    </Dialog>
  );
}
