/**
 * The score grid's data: the signed-in judge's marks (live), writing each committed value as an event at once,
 * undo of the last change, and the saved state the grid shows.
 */
import { useCallback, useMemo, useRef, useState } from 'react';
import type { Mark, MarkEvent, MarkValue } from '../../../shared/domain';
import { markIdOf, type MarkEventDraft } from '../../../shared/judging';
import { useLiveRecords } from '../../db/useLiveRecords';
import { useRepositories } from '../../db/useRepositories';

export type SaveState = { readonly kind: 'idle' } | { readonly kind: 'saving' } | { readonly kind: 'saved'; readonly at: string } | { readonly kind: 'failed'; readonly message: string };

export interface CellKey {
  readonly moduleId: string;
  readonly itemId: string;
  readonly subjectRef: string;
}

export function useScoring(competitionId: string, assignmentId: string) {
  const repositories = useRepositories();
  const marks = useLiveRecords((r) => r.marks.marksOfAssignment(competitionId, assignmentId), [competitionId, assignmentId]);
  const lock = useLiveRecords((r) => r.marks.lockState(competitionId), [competitionId]);
  const [saveState, setSaveState] = useState<SaveState>({ kind: 'idle' });
  // Writes go one after another in the order they were committed, while the grid moves on at once.
  const queue = useRef<Promise<unknown>>(Promise.resolve());
  // "Saved" only once nothing is waiting: a value still queued is not yet safe.
  const pending = useRef(0);

  const byCell = useMemo(() => new Map((marks ?? []).map((m) => [m.id, m])), [marks]);
  const markOf = useCallback((cell: CellKey): Mark | undefined => byCell.get(markIdOf({ assignmentId, ...cell })), [byCell, assignmentId]);

  const write = useCallback(
    (draft: Omit<MarkEventDraft, 'competitionId' | 'assignmentId' | 'deviceId' | 'at'>): Promise<MarkEvent | undefined> => {
      setSaveState({ kind: 'saving' });
      pending.current += 1;
      const at = new Date().toISOString();
      const run = queue.current.then(async () => {
        try {
          const { deviceId } = await repositories.marks.deviceKey();
          const event = await repositories.marks.append({ ...draft, competitionId, assignmentId, deviceId, at });
          if (pending.current === 1) setSaveState({ kind: 'saved', at: event.at });
          return event;
        } catch (error) {
          setSaveState({ kind: 'failed', message: error instanceof Error ? error.message : String(error) });
          return undefined;
        } finally {
          pending.current -= 1;
        }
      });
      queue.current = run;
      return run;
    },
    [repositories, competitionId, assignmentId],
  );

  /** Sets a value; `safetyVeto` left out keeps the cell's recorded safety violation, if any. */
  const setValue = useCallback(
    (cell: CellKey, value: MarkValue, note?: string, safetyVeto?: boolean) => {
      const veto = safetyVeto ?? markOf(cell)?.safetyVeto === true;
      return write({ type: 'set', ...cell, value, ...(note ? { note } : {}), ...(veto ? { safetyVeto: true as const } : {}) });
    },
    [write, markOf],
  );
  const clear = useCallback((cell: CellKey) => write({ type: 'clear', ...cell }), [write]);
  const submitModule = useCallback((moduleId: string) => write({ type: 'submit_module', moduleId }), [write]);

  /** Puts back what the last set or clear of this judge replaced. */
  const undo = useCallback(async (): Promise<CellKey | undefined> => {
    const { deviceId } = await repositories.marks.deviceKey();
    const events = (await repositories.marks.eventsOfAssignment(competitionId, assignmentId))
      .filter((e) => e.deviceId === deviceId)
      .sort((a, b) => a.seq - b.seq);
    const changes = events.filter((e) => e.type === 'set' || e.type === 'clear');
    const last = changes.at(-1);
    if (!last?.moduleId || !last.itemId || !last.subjectRef) return undefined;
    const cell = { moduleId: last.moduleId, itemId: last.itemId, subjectRef: last.subjectRef };
    const sameCell = (e: MarkEvent) => e.moduleId === cell.moduleId && e.itemId === cell.itemId && e.subjectRef === cell.subjectRef;
    const before = changes.slice(0, -1).filter(sameCell).at(-1);
    if (before?.type === 'set' && before.value) await setValue(cell, before.value, before.note, before.safetyVeto === true);
    else await clear(cell);
    return cell;
  }, [repositories, competitionId, assignmentId, setValue, clear]);

  return { marks, markOf, lock, saveState, setValue, clear, submitModule, undo };
}
