/**
 * One paper sheet with what its screens show: the judge's name, the module's scored items, the subjects as on the
 * printed sheet, the typed values by cell, the cells in conflict with marks already recorded, and the writes.
 */
import { useCallback, useMemo, useRef } from 'react';
import type { MarkValue } from '../../../../shared/domain';
import { findPaperConflicts, paperCellKey, scoredItemIds, subjectsForModule, type PaperCellRef } from '../../../../shared/judging';
import { useLiveRecords } from '../../../db/useLiveRecords';
import { useRepositories } from '../../../db/useRepositories';
import type { CellKey } from '../useScoring';

export function usePaperSheet(competitionId: string, sheetId: string) {
  const repositories = useRepositories();
  const data = useLiveRecords(
    async (r) => {
      const [sheet, competition] = await Promise.all([r.paperSheets.get(sheetId), r.competitions.get(competitionId)]);
      if (!sheet || !competition || sheet.competitionId !== competitionId) return null;
      const [judges, entries, sealedMap, marks] = await Promise.all([
        r.competitions.judgesOf(competitionId),
        r.competitions.entriesOf(competitionId),
        r.sealing.sealedMapOf(competitionId),
        r.marks.marksOfAssignment(competitionId, sheet.assignmentId),
      ]);
      const judge = judges.find((j) => j.id === sheet.assignmentId);
      const person = judge ? (await r.people.byIds([judge.personId]))[0] : undefined;
      return { sheet, competition, judge, judgeName: person?.name ?? sheet.assignmentId, entries, sealedCodes: sealedMap?.codes ?? [], marks };
    },
    [competitionId, sheetId],
  );

  const view = useMemo(() => {
    if (!data) return data;
    const { sheet, competition, judge } = data;
    const module = competition.rubric.parts.flatMap((p) => p.modules).find((m) => m.id === sheet.moduleId);
    if (!module) return null;
    const scored = scoredItemIds(module);
    const items = module.items.filter((i) => scored.includes(i.id));
    const subjects = subjectsForModule(module, data.entries, judge?.stations ?? [], data.sealedCodes);
    const cells = new Map(sheet.cells.map((c) => [paperCellKey(c), c]));
    const conflicts = new Set(findPaperConflicts(sheet, data.marks).map(paperCellKey));
    const rejected = new Set(sheet.rejectedCells.map(paperCellKey));
    const cellName = (cell: PaperCellRef) => ({ subjectRef: cell.subjectRef, item: items.find((i) => i.id === cell.itemId)?.name ?? cell.itemId });
    return { ...data, module, items, subjects, cells, conflicts, rejected, cellName };
  }, [data]);

  // Writes go one after another in the order they were typed, while the grid moves on at once.
  const queue = useRef<Promise<unknown>>(Promise.resolve());
  const setCell = useCallback(
    (cell: CellKey, value: MarkValue | undefined, note?: string) => {
      const run = queue.current.then(() => repositories.paperSheets.setCell(sheetId, { subjectRef: cell.subjectRef, itemId: cell.itemId }, value, note));
      queue.current = run.catch(() => undefined);
      return run;
    },
    [repositories, sheetId],
  );

  return { view, setCell };
}

export type PaperSheetView = NonNullable<ReturnType<typeof usePaperSheet>['view']>;
