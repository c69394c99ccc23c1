/**
 * The score grid: subjects × items of one module, keyboard first. Arrow keys, Tab and Enter move; 0–3 score a
 * level item at once; 1/0 (or Space) set a measurement; a digit adds one of that fault on a deduction item;
 * points and times are typed and committed with Enter or Tab; Backspace clears; Ctrl+Z undoes the last change.
 * Every committed value is written at once (see useScoring). Cells are buttons too, for touch screens.
 */
import { useState, type KeyboardEvent } from 'react';
import { alpha, Box } from '@mui/material';
import { useTranslation } from 'react-i18next';
import type { Item, Mark, MarkValue, Module } from '../../../shared/domain';
import type { Subject } from '../../../shared/judging';
import { acceptsTyping, cellText, parseCellInput } from './cellValue';
import type { CellKey } from './useScoring';

/** What a cell shows: a stored mark, or a value typed from a paper sheet. */
export type GridMark = Pick<Mark, 'value' | 'note'>;

/** A cell set apart (paper sheets): named by a rejection, in conflict with a recorded mark, or corrected since. */
export type GridCellFlag = 'rejected' | 'conflict' | 'corrected';

export interface GridPosition {
  readonly row: number;
  readonly col: number;
}

interface ScoreGridProps {
  readonly module: Module;
  readonly items: readonly Item[];
  readonly subjects: readonly Subject[];
  readonly markOf: (cell: CellKey) => GridMark | undefined;
  readonly readOnly: boolean;
  readonly focused: GridPosition;
  readonly onFocus: (position: GridPosition) => void;
  /** Returns false when the value was refused (the panel shows why); the write itself happens in the background. */
  readonly onCommit: (cell: CellKey, item: Item, value: MarkValue) => boolean;
  readonly onClear: (cell: CellKey) => void;
  readonly onInvalid: (item: Item, text: string) => void;
  readonly onUndo: () => void;
  readonly flagOf?: (cell: CellKey) => GridCellFlag | undefined;
  /** Read-only grids (a paper sheet's confirmer): X or Space marks the cell as not matching the paper. */
  readonly onToggleFlag?: (cell: CellKey) => void;
}

export function ScoreGrid(props: ScoreGridProps) {
  const { module, items, subjects, markOf, readOnly, focused } = props;
  const { t } = useTranslation();
  const [buffer, setBuffer] = useState('');

  const focusCell = (row: number, col: number) => {
    const r = Math.max(0, Math.min(subjects.length - 1, row));
    const c = Math.max(0, Math.min(items.length - 1, col));
    setBuffer('');
    props.onFocus({ row: r, col: c });
    document.querySelector<HTMLElement>(`[data-cell="${r}:${c}"]`)?.focus();
  };
  const next = (row: number, col: number) => (col + 1 < items.length ? focusCell(row, col + 1) : focusCell(row + 1, 0));
  const cellKey = (row: number, col: number): CellKey => ({ moduleId: module.id, itemId: items[col]!.id, subjectRef: subjects[row]!.ref });

  const commit = (row: number, col: number, value: MarkValue) => {
    if (props.onCommit(cellKey(row, col), items[col]!, value)) next(row, col);
  };
  const commitBuffer = (row: number, col: number) => {
    const item = items[col]!;
    const value = parseCellInput(item, buffer);
    if (!value) {
      props.onInvalid(item, buffer);
      return false;
    }
    setBuffer('');
    commit(row, col, value);
    return true;
  };

  const onKeyDown = (event: KeyboardEvent, row: number, col: number) => {
    const item = items[col]!;
    const key = event.key;
    if ((event.ctrlKey || event.metaKey) && key.toLowerCase() === 'z') {
      event.preventDefault();
      props.onUndo();
      return;
    }
    const moves: Record<string, [number, number]> = { ArrowRight: [0, 1], ArrowLeft: [0, -1], ArrowUp: [-1, 0], ArrowDown: [1, 0] };
    if (moves[key] && !(buffer && (key === 'ArrowLeft' || key === 'ArrowRight'))) {
      event.preventDefault();
      focusCell(row + moves[key][0], col + moves[key][1]);
      return;
    }
    if (key === 'Enter' || (key === 'Tab' && buffer)) {
      event.preventDefault();
      if (buffer) commitBuffer(row, col);
      else next(row, col);
      return;
    }
    if (key === 'Tab') return setBuffer(''); // the browser moves the focus; the cell's onFocus follows it
    if (key === 'Escape') return setBuffer('');
    if (readOnly && props.onToggleFlag && (key === ' ' || key.toLowerCase() === 'x')) {
      event.preventDefault();
      props.onToggleFlag(cellKey(row, col));
      return;
    }
    if (readOnly) return;
    if (key === 'Backspace' || key === 'Delete') {
      event.preventDefault();
      if (buffer) setBuffer(buffer.slice(0, -1));
      else if (markOf(cellKey(row, col))) props.onClear(cellKey(row, col));
      return;
    }
    if (item.kind === 'measurement' && item.mode === 'met' && (key === ' ' || key === '1' || key === '0')) {
      event.preventDefault();
      const current = markOf(cellKey(row, col))?.value;
      const met = key === ' ' ? !(current?.kind === 'met' && current.met) : key === '1';
      commit(row, col, { kind: 'met', met });
      return;
    }
    if (!/^[0-9.:]$/.test(key)) return;
    event.preventDefault();
    if (acceptsTyping(item)) {
      setBuffer(buffer + key);
      return;
    }
    if (item.kind === 'deduction') {
      const fault = item.faults[Number(key) - 1];
      if (!fault) return props.onInvalid(item, key);
      const current = markOf(cellKey(row, col))?.value;
      const counts = current?.kind === 'faults' ? current.faultCounts : {};
      props.onCommit(cellKey(row, col), item, { kind: 'faults', faultCounts: { ...counts, [fault.id]: (counts[fault.id] ?? 0) + 1 } });
      return;
    }
    const value = parseCellInput(item, key);
    if (value) commit(row, col, value);
    else props.onInvalid(item, key);
  };

  return (
    <Box sx={{ overflow: 'auto', maxHeight: 'calc(100vh - 250px)', border: 1, borderColor: 'divider', borderRadius: 1 }}>
      <Box
        component="table"
        role="grid"
        aria-label={module.name}
        data-testid="score-grid"
        sx={{
          borderCollapse: 'separate',
          borderSpacing: 0,
          fontSize: 15,
          '& th, & td': { borderBottom: 1, borderRight: 1, borderColor: 'divider', px: 1, height: 44 },
          '& thead th': { position: 'sticky', top: 0, bgcolor: 'grey.100', zIndex: 2, fontWeight: 600, fontSize: 13, minWidth: 84, maxWidth: 140, lineHeight: 1.25, textAlign: 'center' },
          '& tbody th': { position: 'sticky', left: 0, bgcolor: 'background.paper', zIndex: 1, textAlign: 'left', whiteSpace: 'nowrap' },
          '& td': { textAlign: 'center', cursor: 'pointer', fontVariantNumeric: 'tabular-nums', outline: 'none', userSelect: 'none' },
          '& td[data-filled="true"]': { bgcolor: (theme) => alpha(theme.palette.success.main, 0.1), color: 'success.dark', fontWeight: 600 },
          '& td:focus': { boxShadow: (theme) => `inset 0 0 0 2px ${theme.palette.primary.main}`, bgcolor: (theme) => alpha(theme.palette.primary.main, 0.08) },
          '& td[data-locked="true"]': { color: 'text.secondary', cursor: 'default' },
          '& td[data-flag="rejected"], & td[data-flag="conflict"]': { bgcolor: (theme) => alpha(theme.palette.error.main, 0.14), color: 'error.dark', boxShadow: (theme) => `inset 0 0 0 2px ${theme.palette.error.main}` },
          '& td[data-flag="corrected"]': { boxShadow: (theme) => `inset 0 0 0 2px ${theme.palette.warning.main}` },
        }}
      >
        <thead>
          <tr>
            <th scope="col" style={{ left: 0, zIndex: 3 }}>
              {t('judging.grid.subject')}
            </th>
            {items.map((item) => (
              <th key={item.id} scope="col" title={item.name}>
                {item.name}
                <Box component="span" sx={{ display: 'block', fontWeight: 400, color: 'text.secondary' }}>
                  {t(`judging.grid.kind.${item.kind}`)} · {item.max}
                </Box>
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {subjects.map((subject, row) => (
            <tr key={subject.ref}>
              <th scope="row" data-testid="grid-subject">
                <Box component="span" sx={{ fontFamily: 'monospace', fontSize: 16, fontWeight: 600 }}>
                  {subject.ref.startsWith('order:') ? t('judging.grid.order', { order: subject.label }) : subject.label}
                </Box>
                {subject.station !== undefined && (
                  <Box component="span" sx={{ ml: 1, color: 'text.secondary', fontSize: 12 }}>
                    {t('judging.station', { station: subject.station })}
                  </Box>
                )}
              </th>
              {items.map((item, col) => {
                const mark = markOf(cellKey(row, col));
                const flag = props.flagOf?.(cellKey(row, col));
                const isFocused = focused.row === row && focused.col === col;
                const shown = isFocused && buffer ? buffer : cellText(item, mark?.value, t);
                return (
                  <td
                    key={item.id}
                    role="gridcell"
                    tabIndex={0}
                    data-cell={`${row}:${col}`}
                    data-testid={`cell-${subject.ref}-${item.id}`}
                    data-filled={mark ? 'true' : 'false'}
                    data-locked={readOnly ? 'true' : 'false'}
                    data-flag={flag}
                    aria-label={`${subject.label} ${item.name}: ${shown || t('judging.grid.empty')}`}
                    onFocus={() => isFocused || props.onFocus({ row, col })}
                    onClick={() => props.onFocus({ row, col })}
                    onKeyDown={(e) => onKeyDown(e, row, col)}
                  >
                    {shown}
                    {mark?.note ? <Box component="span" sx={{ color: 'warning.main', ml: 0.5 }}>•</Box> : null}
                  </td>
                );
              })}
            </tr>
          ))}
        </tbody>
      </Box>
    </Box>
  );
}
