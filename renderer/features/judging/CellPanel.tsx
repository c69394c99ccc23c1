/**
 * Beside the grid: the focused cell's item with everything a judge needs without a keyboard — the level
 * descriptors, measurement options, the fault checklist with counts, time entry — and the mark's note.
 */
import { useState } from 'react';
import { Alert, Box, Button, ButtonGroup, Dialog, DialogActions, DialogContent, DialogContentText, DialogTitle, IconButton, Paper, Stack, TextField, Typography } from '@mui/material';
import AddIcon from '@mui/icons-material/Add';
import RemoveIcon from '@mui/icons-material/Remove';
import { useTranslation } from 'react-i18next';
import type { Item, Mark, MarkValue, SafetyVetoEffect } from '../../../shared/domain';
import { formatDuration, parseDuration } from '../../../shared/judging';

interface CellPanelProps {
  readonly item: Item;
  readonly subjectLabel: string;
  readonly mark: Pick<Mark, 'id' | 'value' | 'note' | 'safetyVeto'> | undefined;
  readonly readOnly: boolean;
  readonly error: string | undefined;
  /** What a safety violation does in this module (`none`, the default: no safety veto is recorded here). */
  readonly vetoEffect?: SafetyVetoEffect;
  readonly onCommit: (value: MarkValue, note?: string, safetyVeto?: boolean) => void;
}

export function CellPanel({ item, subjectLabel, mark, readOnly, error, vetoEffect = 'none', onCommit }: CellPanelProps) {
  const { t } = useTranslation();
  const value = mark?.value;
  return (
    <Paper variant="outlined" sx={{ p: 2 }} data-testid="cell-panel">
      <Typography variant="overline" color="text.secondary">
        {subjectLabel}
      </Typography>
      <Typography variant="subtitle1" sx={{ fontWeight: 600, lineHeight: 1.3 }}>
        {item.name}
      </Typography>
      <Typography variant="body2" color="text.secondary" sx={{ mb: 1.5 }}>
        {t(`judging.grid.kind.${item.kind}`)} · {t('judging.panel.max', { max: item.max })}
      </Typography>
      {item.description && <Typography variant="body2" sx={{ mb: 1.5 }}>{item.description}</Typography>}
      {error && <Alert severity="error" sx={{ mb: 1.5 }} data-testid="cell-error">{error}</Alert>}
      <Box sx={{ mb: 2 }}>
        <ValueControls key={`${item.id}|${subjectLabel}`} item={item} value={value} readOnly={readOnly} onCommit={(v) => onCommit(v, mark?.note)} />
      </Box>
      <NoteField key={`${mark?.id ?? 'none'}|${mark?.note ?? ''}`} mark={mark} readOnly={readOnly} onSave={(note) => mark && onCommit(mark.value, note)} />
      {vetoEffect !== 'none' && <SafetyVeto key={mark?.id ?? 'none'} mark={mark} effect={vetoEffect} readOnly={readOnly} subjectLabel={subjectLabel} onCommit={onCommit} />}
    </Paper>
  );
}

function ValueControls({ item, value, readOnly, onCommit }: { item: Item; value: MarkValue | undefined; readOnly: boolean; onCommit: (value: MarkValue) => void }) {
  const { t } = useTranslation();
  const [text, setText] = useState(value?.kind === 'seconds' ? formatDuration(value.seconds) : value?.kind === 'points' ? String(value.points) : '');
  if (item.kind === 'judgement' && item.scale === 'levels') {
    return (
      <Stack spacing={0.75}>
        {item.descriptors.map((descriptor, level) => (
          <Button
            key={level}
            variant={value?.kind === 'level' && value.level === level ? 'contained' : 'outlined'}
            disabled={readOnly}
            onClick={() => onCommit({ kind: 'level', level })}
            sx={{ justifyContent: 'flex-start', textAlign: 'left', textTransform: 'none' }}
            data-testid={`level-${level}`}
          >
            <Box component="span" sx={{ fontWeight: 700, mr: 1 }}>{level}</Box>
            {descriptor || t('judging.panel.level', { level })}
          </Button>
        ))}
      </Stack>
    );
  }
  if (item.kind === 'measurement') {
    const options: { label: string; value: MarkValue }[] =
      item.mode === 'met'
        ? [
            { label: `1 · ${t('judging.grid.met')}`, value: { kind: 'met', met: true } },
            { label: `0 · ${t('judging.grid.notMet')}`, value: { kind: 'met', met: false } },
          ]
        : item.bands.map((band, i) => ({ label: `${i + 1} · ${band.label} (${band.points})`, value: { kind: 'band', bandId: band.id } }));
    return (
      <Stack spacing={0.75}>
        {options.map((option) => (
          <Button key={option.label} variant={JSON.stringify(option.value) === JSON.stringify(value) ? 'contained' : 'outlined'} disabled={readOnly} onClick={() => onCommit(option.value)} sx={{ justifyContent: 'flex-start', textTransform: 'none' }}>
            {option.label}
          </Button>
        ))}
      </Stack>
    );
  }
  if (item.kind === 'deduction') {
    const counts = value?.kind === 'faults' ? value.faultCounts : {};
    const change = (faultId: string, by: number) => onCommit({ kind: 'faults', faultCounts: { ...counts, [faultId]: Math.max(0, (counts[faultId] ?? 0) + by) } });
    return (
      <Stack spacing={0.5} data-testid="fault-checklist">
        {item.faults.map((fault, i) => (
          <Box key={fault.id} sx={{ display: 'flex', alignItems: 'center', gap: 1 }}>
            <Typography variant="body2" sx={{ flexGrow: 1 }}>
              {i + 1}. {fault.label} <Box component="span" sx={{ color: 'text.secondary' }}>−{fault.points}</Box>
            </Typography>
            <IconButton size="small" disabled={readOnly || !counts[fault.id]} onClick={() => change(fault.id, -1)} aria-label={t('judging.panel.less', { fault: fault.label })}>
              <RemoveIcon fontSize="small" />
            </IconButton>
            <Typography sx={{ minWidth: 20, textAlign: 'center', fontVariantNumeric: 'tabular-nums' }}>{counts[fault.id] ?? 0}</Typography>
            <IconButton size="small" disabled={readOnly} onClick={() => change(fault.id, 1)} aria-label={t('judging.panel.more', { fault: fault.label })}>
              <AddIcon fontSize="small" />
            </IconButton>
          </Box>
        ))}
        {!value && (
          <Button size="small" disabled={readOnly} onClick={() => onCommit({ kind: 'faults', faultCounts: {} })}>
            {t('judging.panel.noFaults')}
          </Button>
        )}
      </Stack>
    );
  }
  if ((item.kind === 'judgement' && item.scale === 'points') || item.kind === 'time') {
    const parse = (): MarkValue | undefined => {
      if (item.kind === 'time') {
        const seconds = parseDuration(text);
        return seconds === undefined ? undefined : { kind: 'seconds', seconds };
      }
      return /^\d+(\.\d*)?$/.test(text.trim()) ? { kind: 'points', points: Number(text) } : undefined;
    };
    return (
      <Stack direction="row" spacing={1}>
        <TextField
          size="small"
          label={item.kind === 'time' ? t('judging.panel.time') : t('judging.panel.points', { max: item.max })}
          value={text}
          disabled={readOnly}
          onChange={(e) => setText(e.target.value)}
          onKeyDown={(e) => {
            const parsed = parse();
            if (e.key === 'Enter' && parsed) onCommit(parsed);
          }}
          slotProps={{ htmlInput: { inputMode: item.kind === 'time' ? 'text' : 'decimal' } }}
        />
        <ButtonGroup>
          <Button disabled={readOnly || !parse()} onClick={() => { const parsed = parse(); if (parsed) onCommit(parsed); }}>
            {t('judging.panel.apply')}
          </Button>
        </ButtonGroup>
      </Stack>
    );
  }
  return <Typography variant="body2">{t('judging.panel.notJudged')}</Typography>;
}

function NoteField({ mark, readOnly, onSave }: { mark: Pick<Mark, 'id' | 'value' | 'note'> | undefined; readOnly: boolean; onSave: (note: string) => void }) {
  const { t } = useTranslation();
  const [note, setNote] = useState(mark?.note ?? '');
  return (
    <Stack spacing={1}>
      <TextField
        size="small"
        multiline
        minRows={2}
        label={t('judging.panel.note')}
        value={note}
        disabled={readOnly || !mark}
        helperText={mark ? undefined : t('judging.panel.noteNeedsValue')}
        onChange={(e) => setNote(e.target.value.slice(0, 1000))}
        slotProps={{ htmlInput: { 'data-testid': 'mark-note' } }}
      />
      <Button size="small" disabled={readOnly || !mark || note === (mark?.note ?? '')} onClick={() => onSave(note)} data-testid="mark-note-save">
        {t('judging.panel.saveNote')}
      </Button>
    </Stack>
  );
}

/**
 * Recording a safety violation (安全一票否决) on the focused mark: it asks first, says what the module's rule does,
 * and needs a note of what happened; a recorded veto shows here and can be lifted (also asked first).
 */
function SafetyVeto({ mark, effect, readOnly, subjectLabel, onCommit }: { mark: CellPanelProps['mark']; effect: Exclude<SafetyVetoEffect, 'none'>; readOnly: boolean; subjectLabel: string; onCommit: CellPanelProps['onCommit'] }) {
  const { t } = useTranslation();
  const [asking, setAsking] = useState<'record' | 'lift' | null>(null);
  const [note, setNote] = useState(mark?.note ?? '');
  const close = () => setAsking(null);
  return (
    <Box sx={{ mt: 2 }}>
      {mark?.safetyVeto ? (
        <Alert severity="error" data-testid="safety-veto-recorded" action={<Button color="inherit" size="small" disabled={readOnly} onClick={() => setAsking('lift')}>{t('judging.veto.lift')}</Button>}>
          {t(`judging.veto.recorded.${effect}`)}
        </Alert>
      ) : (
        <Button fullWidth color="error" variant="outlined" disabled={readOnly || !mark} onClick={() => setAsking('record')} data-testid="safety-veto">
          {t('judging.veto.record')}
        </Button>
      )}
      {!mark && !readOnly && <Typography variant="caption" color="text.secondary">{t('judging.veto.needsValue')}</Typography>}
      <Dialog open={asking !== null} onClose={close} maxWidth="xs" fullWidth>
        <DialogTitle>{t(asking === 'lift' ? 'judging.veto.liftTitle' : 'judging.veto.recordTitle', { subject: subjectLabel })}</DialogTitle>
        <DialogContent>
          <DialogContentText sx={{ mb: 2 }}>{t(asking === 'lift' ? 'judging.veto.liftBody' : `judging.veto.effect.${effect}`)}</DialogContentText>
          {asking === 'record' && (
            <TextField
              autoFocus
              fullWidth
              multiline
              minRows={2}
              required
              label={t('judging.veto.what')}
              value={note}
              onChange={(e) => setNote(e.target.value.slice(0, 1000))}
              slotProps={{ htmlInput: { 'data-testid': 'safety-veto-note' } }}
            />
          )}
        </DialogContent>
        <DialogActions>
          <Button onClick={close}>{t('common.cancel')}</Button>
          <Button
            color="error"
            variant="contained"
            disabled={!mark || (asking === 'record' && note.trim() === '')}
            data-testid="safety-veto-confirm"
            onClick={() => {
              if (mark) onCommit(mark.value, asking === 'record' ? note.trim() : mark.note, asking === 'record');
              close();
            }}
          >
            {t(asking === 'lift' ? 'judging.veto.liftConfirm' : 'judging.veto.recordConfirm')}
          </Button>
        </DialogActions>
      </Dialog>
    </Box>
  );
}
