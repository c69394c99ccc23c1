/**
 * A paper sheet in the judges' score grid (reused, laid out like the printed sheet: subjects × items) with the
 * focused cell's panel beside it. Editable for the entry person; read-only for the confirmer, who marks cells.
 */
import { useState, type ReactNode } from 'react';
import { Box, Stack } from '@mui/material';
import { useTranslation } from 'react-i18next';
import type { Item, MarkValue } from '../../../../shared/domain';
import { paperCellKey, validateMarkValue } from '../../../../shared/judging';
import { CellPanel } from '../CellPanel';
import { ScoreGrid, type GridCellFlag, type GridPosition } from '../ScoreGrid';
import type { CellKey } from '../useScoring';
import { subjectText } from '../review/subjectText';
import type { PaperSheetView } from './usePaperSheet';

interface PaperSheetGridProps {
  readonly view: PaperSheetView;
  readonly readOnly: boolean;
  readonly flagOf: (cell: CellKey) => GridCellFlag | undefined;
  /** Entry: writes a value (undefined clears); resolves to an error text when refused. */
  readonly onWrite?: (cell: CellKey, value: MarkValue | undefined, note?: string) => Promise<string | undefined>;
  readonly onToggleFlag?: (cell: CellKey) => void;
  /** Under the cell panel: the confirmer's "does not match" button. */
  readonly panelExtra?: (cell: CellKey) => ReactNode;
}

export function PaperSheetGrid({ view, readOnly, flagOf, onWrite, onToggleFlag, panelExtra }: PaperSheetGridProps) {
  const { t } = useTranslation();
  const [focused, setFocused] = useState<GridPosition>({ row: 0, col: 0 });
  const [error, setError] = useState<string>();
  const { module, items, subjects, cells } = view;
  const markOf = (cell: CellKey) => cells.get(paperCellKey(cell));

  /** A returned sheet: only the cells the confirmer rejected can change (the repository refuses the others too). */
  const locked = (cell: CellKey) => view.sheet.status === 'returned' && !view.rejected.has(paperCellKey(cell));
  const refuseLocked = (cell: CellKey) => setError(t('paperSheets.refusals.cell_not_rejected', { subject: subjectText(cell.subjectRef, t) }));
  const write = (cell: CellKey, value: MarkValue | undefined, note?: string) => {
    if (!onWrite) return;
    if (locked(cell)) return refuseLocked(cell);
    void onWrite(cell, value, note).then((refused) => setError(refused));
  };
  const commit = (cell: CellKey, item: Item, value: MarkValue, note?: string): boolean => {
    if (locked(cell)) {
      refuseLocked(cell);
      return false;
    }
    const issue = validateMarkValue(item, value);
    if (issue) {
      setError(t(`judging.valueIssues.${issue.code}`, issue.params));
      return false;
    }
    setError(undefined);
    write(cell, value, note ?? markOf(cell)?.note);
    return true;
  };

  const item = items[Math.min(focused.col, items.length - 1)];
  const subject = subjects[Math.min(focused.row, subjects.length - 1)];
  const cell = item && subject ? { moduleId: module.id, itemId: item.id, subjectRef: subject.ref } : undefined;
  const typed = cell ? markOf(cell) : undefined;

  return (
    <Box sx={{ display: 'grid', gridTemplateColumns: { xs: '1fr', md: 'minmax(0, 1fr) 260px' }, gap: 2, alignItems: 'start' }}>
      <ScoreGrid
        module={module}
        items={items}
        subjects={subjects}
        markOf={markOf}
        readOnly={readOnly}
        focused={focused}
        onFocus={(p) => { setFocused(p); setError(undefined); }}
        onCommit={commit}
        onClear={(c) => write(c, undefined)}
        onInvalid={(i, text) => setError(t('judging.valueIssues.unreadable', { text, item: i.name }))}
        onUndo={() => undefined}
        flagOf={flagOf}
        {...(onToggleFlag ? { onToggleFlag } : {})}
      />
      {item && subject && cell && (
        <Stack spacing={1.5}>
          <CellPanel
            item={item}
            subjectLabel={subject.ref.startsWith('order:') ? t('judging.grid.order', { order: subject.label }) : subject.label}
            mark={typed ? { id: paperCellKey(cell), value: typed.value, ...(typed.note ? { note: typed.note } : {}) } : undefined}
            readOnly={readOnly || locked(cell)}
            error={error}
            onCommit={(value, note) => commit(cell, item, value, note)}
          />
          {panelExtra?.(cell)}
        </Stack>
      )}
    </Box>
  );
}
