/**
 * The arbitration group's ruling on an appeal: upheld or rejected, by whom, the ruling text, and — when upheld —
 * the marks it changes, each with its new value and the reason. Saving asks nothing more: the dialog itself lists
 * what will change, and results recompute from the new marks.
 */
import { useState } from 'react';
import { Alert, Box, Button, Dialog, DialogActions, DialogContent, DialogTitle, IconButton, MenuItem, Stack, TextField, ToggleButton, ToggleButtonGroup, Typography } from '@mui/material';
import DeleteIcon from '@mui/icons-material/Delete';
import { useTranslation } from 'react-i18next';
import type { Appeal, AppealMarkChange, Competition, Item, Mark, MarkValue } from '../../../shared/domain';
import { markText } from '../../../shared/results/markText';
import { resolveSubjects } from '../../../shared/results/resolveSubjects';
import { useRepositories } from '../../db/useRepositories';
import type { ResultsState } from './useResultsReport';

/** The value a new mark would have from the text typed for it, or undefined when it does not fit the item. */
export function parseMarkInput(item: Item, text: string): MarkValue | undefined {
  const trimmed = text.trim();
  if (item.kind === 'judgement' && item.scale === 'levels') {
    const level = Number(trimmed.replace(/^L/i, ''));
    return [0, 1, 2, 3].includes(level) && trimmed !== '' ? { kind: 'level', level } : undefined;
  }
  if ((item.kind === 'judgement' && item.scale === 'points') || item.kind === 'imported') {
    if (!/^\d+(\.\d{1,2})?$/.test(trimmed)) return undefined;
    const points = Number(trimmed);
    return points <= item.max ? { kind: 'points', points } : undefined;
  }
  if (item.kind === 'measurement' && item.mode === 'met') return /^(1|y|yes|✓|是|met)$/i.test(trimmed) ? { kind: 'met', met: true } : /^(0|n|no|✗|否)$/i.test(trimmed) ? { kind: 'met', met: false } : undefined;
  if (item.kind === 'measurement') {
    const band = item.bands.find((b) => b.label === trimmed || b.id === trimmed);
    return band ? { kind: 'band', bandId: band.id } : undefined;
  }
  if (item.kind === 'time') return /^\d+$/.test(trimmed) ? { kind: 'seconds', seconds: Number(trimmed) } : undefined;
  return undefined;
}

export function RuleAppealDialog({ competition, state, appeal, onClose }: { competition: Competition; state: ResultsState; appeal: Appeal; onClose: () => void }) {
  const { t } = useTranslation();
  const repositories = useRepositories();
  const [status, setStatus] = useState<'upheld' | 'rejected'>('rejected');
  const [ruledBy, setRuledBy] = useState('');
  const [ruling, setRuling] = useState('');
  const [changes, setChanges] = useState<AppealMarkChange[]>([]);
  const [markId, setMarkId] = useState('');
  const [newValue, setNewValue] = useState('');
  const [reason, setReason] = useState('');
  const items = new Map(competition.rubric.parts.flatMap((p) => p.modules.flatMap((m) => m.items)).map((i) => [i.id, i]));
  const { entryOf } = resolveSubjects(state.inputs.entries, state.codeOf);
  const marks = state.inputs.marks.filter((m) => entryOf.get(m.subjectRef) === appeal.entryId && items.get(m.itemId)?.kind !== 'deduction');
  const label = (m: Mark) => `${items.get(m.itemId)?.name ?? m.itemId} · ${state.report.judges.get(m.assignmentId) ?? m.assignmentId}: ${markText(m.value, items.get(m.itemId))}`;
  const chosen = marks.find((m) => m.id === markId);
  const chosenItem = chosen && items.get(chosen.itemId);
  const parsed = chosenItem ? parseMarkInput(chosenItem, newValue) : undefined;

  const addChange = () => {
    if (!chosen || !parsed || !reason.trim()) return;
    setChanges([...changes.filter((c) => c.markId !== chosen.id), { markId: chosen.id, itemId: chosen.itemId, assignmentId: chosen.assignmentId, from: chosen.value, to: parsed, reason: reason.trim() }]);
    setMarkId('');
    setNewValue('');
    setReason('');
  };
  const save = async () => {
    await repositories.results.ruleAppeal(appeal.id, {
      status,
      ruling: ruling.trim(),
      ruledBy: ruledBy.trim(),
      ruledAt: new Date().toISOString(),
      markChanges: status === 'upheld' ? changes : [],
    });
    onClose();
  };
  return (
    <Dialog open onClose={onClose} maxWidth="md" fullWidth>
      <DialogTitle>{t('results.appeals.ruleTitle')}</DialogTitle>
      <DialogContent>
        <Typography variant="body2" sx={{ mb: 2 }}>
          {appeal.reason}
        </Typography>
        <Stack spacing={2}>
          <ToggleButtonGroup exclusive value={status} onChange={(_e, v) => v && setStatus(v)} size="small">
            <ToggleButton value="rejected" data-testid="appeal-rejected">
              {t('results.appeals.status.rejected')}
            </ToggleButton>
            <ToggleButton value="upheld" data-testid="appeal-upheld">
              {t('results.appeals.status.upheld')}
            </ToggleButton>
          </ToggleButtonGroup>
          <TextField label={t('results.appeals.ruledByLabel')} value={ruledBy} onChange={(e) => setRuledBy(e.target.value)} slotProps={{ htmlInput: { 'data-testid': 'appeal-ruled-by' } }} />
          <TextField label={t('results.appeals.columns.ruling')} value={ruling} onChange={(e) => setRuling(e.target.value)} multiline minRows={2} slotProps={{ htmlInput: { 'data-testid': 'appeal-ruling' } }} />
          {status === 'upheld' && (
            <Box>
              <Typography variant="subtitle2" sx={{ mb: 1 }}>
                {t('results.appeals.changesTitle')}
              </Typography>
              {changes.map((c) => (
                <Stack key={c.markId} direction="row" sx={{ alignItems: 'center' }} data-testid="appeal-pending-change">
                  <Typography variant="body2" sx={{ flexGrow: 1 }}>
                    {t('results.appeals.change', {
                      item: items.get(c.itemId)?.name ?? c.itemId,
                      judge: state.report.judges.get(c.assignmentId) ?? c.assignmentId,
                      from: markText(c.from, items.get(c.itemId)),
                      to: markText(c.to, items.get(c.itemId)),
                      reason: c.reason,
                    })}
                  </Typography>
                  <IconButton size="small" aria-label={t('results.appeals.removeChange')} onClick={() => setChanges(changes.filter((x) => x !== c))}>
                    <DeleteIcon fontSize="small" />
                  </IconButton>
                </Stack>
              ))}
              <Stack direction="row" spacing={1} sx={{ mt: 1, alignItems: 'flex-start' }}>
                <TextField select size="small" label={t('results.appeals.mark')} value={markId} onChange={(e) => setMarkId(e.target.value)} sx={{ minWidth: 280 }} slotProps={{ htmlInput: { 'data-testid': 'appeal-change-mark' } }}>
                  {marks.map((m) => (
                    <MenuItem key={m.id} value={m.id}>
                      {label(m)}
                    </MenuItem>
                  ))}
                </TextField>
                <TextField
                  size="small"
                  label={t('results.appeals.newValue')}
                  value={newValue}
                  onChange={(e) => setNewValue(e.target.value)}
                  error={newValue !== '' && !parsed}
                  helperText={chosenItem ? t(`results.appeals.valueHint.${chosenItem.kind === 'judgement' ? chosenItem.scale : chosenItem.kind}`) : ' '}
                  slotProps={{ htmlInput: { 'data-testid': 'appeal-change-value' } }}
                />
                <TextField size="small" label={t('results.appeals.changeReason')} value={reason} onChange={(e) => setReason(e.target.value)} slotProps={{ htmlInput: { 'data-testid': 'appeal-change-reason' } }} />
                <Button onClick={addChange} disabled={!parsed || !reason.trim()} data-testid="appeal-change-add">
                  {t('results.appeals.addChange')}
                </Button>
              </Stack>
            </Box>
          )}
          {status === 'upheld' && changes.length > 0 && <Alert severity="info">{t('results.appeals.recompute', { count: changes.length })}</Alert>}
        </Stack>
      </DialogContent>
      <DialogActions>
        <Button onClick={onClose}>{t('common.cancel')}</Button>
        <Button variant="contained" disabled={!ruling.trim() || !ruledBy.trim()} onClick={() => void save()} data-testid="appeal-ruling-save">
          {t('results.appeals.saveRuling')}
        </Button>
      </DialogActions>
    </Dialog>
  );
}
