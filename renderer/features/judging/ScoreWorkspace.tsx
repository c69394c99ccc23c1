/**
 * A signed-in judge's screen: their modules as tabs, the score grid with the focused cell's panel, progress,
 * saved state, undo, submitting a module, and exporting this laptop's score package.
 */
import { useMemo, useState } from 'react';
import { Alert, Box, Button, Chip, Dialog, DialogActions, DialogContent, DialogContentText, DialogTitle, LinearProgress, Stack, Tab, Tabs, Typography } from '@mui/material';
import UndoIcon from '@mui/icons-material/Undo';
import CheckCircleIcon from '@mui/icons-material/CheckCircle';
import { useTranslation } from 'react-i18next';
import type { PackageJudge } from '../../../shared/competitions/package/competitionPackageSchema';
import type { Item, MarkValue } from '../../../shared/domain';
import { subjectsForModule } from '../../../shared/competitions/package/subjectsForModule';
import { scoredItemIds, validateMarkValue } from '../../../shared/judging';
import type { CompetitionPackageRow } from '../../db/repositories';
import { CellPanel } from './CellPanel';
import { ExportScoresButton } from './ExportScoresButton';
import { ScoreGrid, type GridPosition } from './ScoreGrid';
import { useScoring, type CellKey } from './useScoring';

export function ScoreWorkspace({ row, judge }: { row: CompetitionPackageRow; judge: PackageJudge }) {
  const { t } = useTranslation();
  const { pkg } = row;
  const modules = useMemo(() => pkg.competition.rubric.parts.flatMap((p) => p.modules).filter((m) => judge.moduleIds.includes(m.id)), [pkg, judge]);
  const [moduleId, setModuleId] = useState(modules[0]?.id ?? '');
  const module = modules.find((m) => m.id === moduleId) ?? modules[0];
  const scoring = useScoring(pkg.competition.id, judge.id);
  const [focused, setFocused] = useState<GridPosition>({ row: 0, col: 0 });
  const [error, setError] = useState<string>();
  const [confirmSubmit, setConfirmSubmit] = useState(false);

  const items = useMemo(() => (module ? module.items.filter((i) => scoredItemIds(module).includes(i.id)) : []), [module]);
  const subjects = useMemo(() => (module ? (subjectsForModule(pkg, module.id, judge.stations)?.subjects ?? []) : []), [module, pkg, judge]);
  if (!module) return <Alert severity="info">{t('judging.noModules')}</Alert>;

  const submitted = scoring.lock?.isSubmitted(judge.id, module.id) ?? false;
  const signedOff = scoring.lock?.signedOffAt !== undefined;
  const readOnly = submitted || signedOff;
  const total = items.length * subjects.length;
  const done = subjects.reduce((sum, s) => sum + items.filter((i) => scoring.markOf({ moduleId: module.id, itemId: i.id, subjectRef: s.ref })).length, 0);

  /** Checks the value and queues its write; true when accepted, so the grid moves on without waiting. */
  const commit = (cell: CellKey, item: Item, value: MarkValue, note?: string, safetyVeto?: boolean): boolean => {
    const issue = validateMarkValue(item, value);
    if (issue) {
      setError(t(`judging.valueIssues.${issue.code}`, issue.params));
      return false;
    }
    setError(undefined);
    void scoring.setValue(cell, value, note, safetyVeto);
    return true;
  };
  const focusedItem = items[Math.min(focused.col, items.length - 1)];
  const focusedSubject = subjects[Math.min(focused.row, subjects.length - 1)];
  const focusedCell = focusedItem && focusedSubject ? { moduleId: module.id, itemId: focusedItem.id, subjectRef: focusedSubject.ref } : undefined;

  const saved = scoring.saveState;
  return (
    <Box data-testid="score-workspace">
      {modules.length > 1 && (
        <Tabs value={module.id} onChange={(_e, id: string) => { setModuleId(id); setFocused({ row: 0, col: 0 }); }} sx={{ mb: 1 }}>
          {modules.map((m) => <Tab key={m.id} value={m.id} label={m.name} />)}
        </Tabs>
      )}
      <Stack direction="row" spacing={2} sx={{ alignItems: 'center', mb: 1.5, flexWrap: 'wrap', rowGap: 1 }}>
        <Typography variant="subtitle1" sx={{ fontWeight: 600 }}>{module.name}</Typography>
        <Box sx={{ minWidth: 160, flexGrow: 1, maxWidth: 320 }}>
          <LinearProgress variant="determinate" value={total === 0 ? 0 : (done * 100) / total} sx={{ height: 8, borderRadius: 4 }} />
          <Typography variant="caption" color="text.secondary" data-testid="score-progress">
            {t('judging.progress', { done, total })}
          </Typography>
        </Box>
        <Chip
          size="small"
          data-testid="save-state"
          color={saved.kind === 'failed' ? 'error' : saved.kind === 'saved' ? 'success' : 'default'}
          icon={saved.kind === 'saved' ? <CheckCircleIcon /> : undefined}
          label={saved.kind === 'saved' ? t('judging.saved', { time: new Date(saved.at).toLocaleTimeString() }) : saved.kind === 'saving' ? t('judging.saving') : saved.kind === 'failed' ? t('judging.saveFailed', { message: saved.message }) : t('judging.savedEach')}
        />
        <Box sx={{ flexGrow: 1 }} />
        <Button startIcon={<UndoIcon />} disabled={readOnly} onClick={() => void scoring.undo()} data-testid="undo">
          {t('judging.undo')}
        </Button>
        <Button variant="contained" disabled={readOnly} onClick={() => setConfirmSubmit(true)} data-testid="submit-module">
          {t('judging.submitModule')}
        </Button>
        <ExportScoresButton row={row} />
      </Stack>
      {submitted && !signedOff && <Alert severity="info" sx={{ mb: 1.5 }} data-testid="module-submitted">{t('judging.submittedLocked')}</Alert>}
      {signedOff && <Alert severity="info" sx={{ mb: 1.5 }}>{t('judging.signedOffLocked')}</Alert>}
      <Box sx={{ display: 'grid', gridTemplateColumns: { xs: '1fr', md: 'minmax(0, 1fr) 280px' }, gap: 2, alignItems: 'start' }}>
        <ScoreGrid
          module={module}
          items={items}
          subjects={subjects}
          markOf={scoring.markOf}
          readOnly={readOnly}
          focused={focused}
          onFocus={(p) => { setFocused(p); setError(undefined); }}
          onCommit={commit}
          onClear={(cell) => void scoring.clear(cell)}
          onInvalid={(item, text) => setError(t('judging.valueIssues.unreadable', { text, item: item.name }))}
          onUndo={() => void scoring.undo()}
        />
        {focusedItem && focusedSubject && focusedCell && (
          <CellPanel
            item={focusedItem}
            subjectLabel={focusedSubject.ref.startsWith('order:') ? t('judging.grid.order', { order: focusedSubject.label }) : focusedSubject.label}
            mark={scoring.markOf(focusedCell)}
            readOnly={readOnly}
            error={error}
            vetoEffect={module.safetyVeto}
            onCommit={(value, note, safetyVeto) => commit(focusedCell, focusedItem, value, note, safetyVeto)}
          />
        )}
      </Box>
      <Typography variant="caption" color="text.secondary" sx={{ display: 'block', mt: 1 }}>
        {t('judging.keyboardHelp')}
      </Typography>
      <Dialog open={confirmSubmit} onClose={() => setConfirmSubmit(false)}>
        <DialogTitle>{t('judging.submitTitle', { module: module.name })}</DialogTitle>
        <DialogContent>
          <DialogContentText>{done < total ? t('judging.submitMissing', { missing: total - done }) : t('judging.submitComplete')}</DialogContentText>
          <DialogContentText sx={{ mt: 1 }}>{t('judging.submitWarning')}</DialogContentText>
        </DialogContent>
        <DialogActions>
          <Button onClick={() => setConfirmSubmit(false)}>{t('common.cancel')}</Button>
          <Button variant="contained" data-testid="submit-module-confirm" onClick={() => { setConfirmSubmit(false); void scoring.submitModule(module.id); }}>
            {t('judging.submitModule')}
          </Button>
        </DialogActions>
      </Dialog>
    </Box>
  );
}
