/** Starting a paper sheet: whose sheet (judge), which module, and who types it in. */
import { useState } from 'react';
import { Alert, Button, Dialog, DialogActions, DialogContent, DialogContentText, DialogTitle, MenuItem, Stack, TextField } from '@mui/material';
import { useTranslation } from 'react-i18next';
import { SCORING_ROLES } from '../../../../shared/competitions/judges/assignmentRules';
import type { Competition } from '../../../../shared/domain';
import { useLiveRecords } from '../../../db/useLiveRecords';
import { useRepositories } from '../../../db/useRepositories';
import { refusalText } from './paperText';

interface NewPaperSheetDialogProps {
  readonly competition: Competition;
  readonly judgeName: (assignmentId: string) => string;
  readonly onClose: () => void;
  readonly onStarted: (sheetId: string) => void;
}

export function NewPaperSheetDialog({ competition, judgeName, onClose, onStarted }: NewPaperSheetDialogProps) {
  const { t } = useTranslation();
  const repositories = useRepositories();
  const judges = useLiveRecords((r) => r.competitions.judgesOf(competition.id), [competition.id]);
  const [assignmentId, setAssignmentId] = useState('');
  const [moduleId, setModuleId] = useState('');
  const [name, setName] = useState('');
  const [error, setError] = useState<string>();
  const scorers = (judges ?? []).filter((j) => SCORING_ROLES.has(j.role) && j.moduleIds.length > 0).sort((a, b) => judgeName(a.id).localeCompare(judgeName(b.id), 'zh-CN'));
  const judge = scorers.find((j) => j.id === assignmentId);
  const modules = competition.rubric.parts.flatMap((p) => p.modules).filter((m) => judge?.moduleIds.includes(m.id));

  const start = async () => {
    const result = await repositories.paperSheets.start({ competitionId: competition.id, assignmentId, moduleId, enteredBy: name });
    if (result.ok) onStarted(result.sheet.id);
    else setError(refusalText(t, result));
  };

  return (
    <Dialog open onClose={onClose} fullWidth maxWidth="xs">
      <DialogTitle>{t('paperSheets.new')}</DialogTitle>
      <DialogContent>
        <DialogContentText variant="body2" sx={{ mb: 2 }}>{t('paperSheets.newHelp')}</DialogContentText>
        <Stack spacing={2}>
          <TextField
            select
            size="small"
            label={t('paperSheets.columns.judge')}
            value={assignmentId}
            onChange={(e) => { setAssignmentId(e.target.value); setModuleId(''); setError(undefined); }}
            slotProps={{ select: { SelectDisplayProps: { 'data-testid': 'paper-new-judge' } as never } }}
          >
            {scorers.map((j) => <MenuItem key={j.id} value={j.id}>{judgeName(j.id)} · {t(`paperSheets.roles.${j.role}`)}</MenuItem>)}
          </TextField>
          <TextField
            select
            size="small"
            label={t('paperSheets.columns.module')}
            value={moduleId}
            disabled={!judge}
            onChange={(e) => { setModuleId(e.target.value); setError(undefined); }}
            slotProps={{ select: { SelectDisplayProps: { 'data-testid': 'paper-new-module' } as never } }}
          >
            {modules.map((m) => <MenuItem key={m.id} value={m.id}>{m.name}</MenuItem>)}
          </TextField>
          <TextField
            size="small"
            label={t('paperSheets.enteredByYou')}
            value={name}
            onChange={(e) => setName(e.target.value.slice(0, 100))}
            slotProps={{ htmlInput: { 'data-testid': 'paper-new-name' } }}
          />
          {error && <Alert severity="error" data-testid="paper-new-error">{error}</Alert>}
        </Stack>
      </DialogContent>
      <DialogActions>
        <Button onClick={onClose}>{t('common.cancel')}</Button>
        <Button variant="contained" disabled={!judge || !moduleId || !name.trim()} onClick={() => void start()} data-testid="paper-new-start">
          {t('paperSheets.start')}
        </Button>
      </DialogActions>
    </Dialog>
  );
}
