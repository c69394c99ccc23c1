/**
 * What the chief judge's review board computes from the marks — provisional results, flags and the completeness
 * matrix — kept up to date one mark at a time. The board keeps the marks by id; a changed mark rescores its
 * subject only (shared/scoring's createLiveResults) and recounts only its judge × module cell, so a save at
 * 300 entrants × 40 items × 5 judges refreshes in milliseconds, not by recomputing 60,000 marks. Every figure
 * equals what computeResults, findMarkFlags and computeCompleteness give over the same marks.
 */
import type { Mark, Module, Rubric } from '../domain';
import { type LiveResults, type MarkFlag, type Results, createLiveResults } from '../scoring';
import { type CompletenessCell, completenessCell } from './computeCompleteness';
import { scoringMarkOf } from './scoringMarksOf';

export interface ReviewBoardSetup {
  readonly rubric: Pick<Rubric, 'parts' | 'tieBreak' | 'awardRule'>;
  /** Subjects ranked provisionally (every subject of every module). */
  readonly subjectRefs: readonly string[];
  readonly modules: readonly Module[];
  readonly scorers: readonly { readonly assignmentId: string; readonly moduleIds: readonly string[] }[];
  readonly subjectsOf: (assignmentId: string, module: Module) => readonly string[];
}

export interface LiveReviewBoard {
  /** Stores the mark with this id (markIdOf), or removes it with `undefined`. */
  setMark(id: string, mark: Mark | undefined): void;
  readonly marks: ReadonlyMap<string, Mark>;
  results(): Results;
  flags(): MarkFlag[];
  /** In computeCompleteness order: scorers, then modules. */
  completeness(): CompletenessCell[];
}

const cellKeyOf = (assignmentId: string, moduleId: string) => `${assignmentId}|${moduleId}`;

export function createLiveReviewBoard(setup: ReviewBoardSetup): LiveReviewBoard {
  const marks = new Map<string, Mark>();
  const live: LiveResults = createLiveResults(
    setup.rubric,
    setup.subjectRefs.map((key) => ({ key, status: 'checked_in' as const })),
  );
  const layout = setup.scorers.flatMap((scorer) =>
    setup.modules.filter((module) => scorer.moduleIds.includes(module.id)).map((module) => ({ key: cellKeyOf(scorer.assignmentId, module.id), assignmentId: scorer.assignmentId, module })),
  );
  const cells = new Map<string, CompletenessCell>();
  const dirtyCells = new Set(layout.map((cell) => cell.key));
  let cachedCells: CompletenessCell[] | undefined;

  const touchCell = (mark: Mark | undefined) => {
    if (!mark) return;
    dirtyCells.add(cellKeyOf(mark.assignmentId, mark.moduleId));
    cachedCells = undefined;
  };

  return {
    marks,
    setMark(id, mark) {
      touchCell(marks.get(id));
      if (mark) marks.set(id, mark);
      else marks.delete(id);
      touchCell(mark);
      live.setMark(id, mark && scoringMarkOf(mark));
    },
    results: () => live.results(),
    flags: () => live.flags(),
    completeness() {
      if (cachedCells) return cachedCells;
      for (const cell of layout) {
        if (!dirtyCells.has(cell.key)) continue;
        cells.set(cell.key, completenessCell(cell.assignmentId, cell.module, setup.subjectsOf(cell.assignmentId, cell.module), marks));
      }
      dirtyCells.clear();
      cachedCells = layout.map((cell) => cells.get(cell.key)!);
      return cachedCells;
    },
  };
}
