/**
 * The chief judge's completeness matrix: for each scoring judge × module, how many marks are given of those
 * expected, and which subjects still miss some (every item except imported ones, for every subject the judge
 * scores in that module).
 */
import type { Mark, Module } from '../domain';
import { markIdOf } from './replayMarkEvents';

export interface CompletenessInput {
  readonly modules: readonly Module[];
  readonly scorers: readonly { readonly assignmentId: string; readonly moduleIds: readonly string[] }[];
  readonly subjectsOf: (assignmentId: string, module: Module) => readonly string[];
  readonly marks: readonly Mark[];
}

export interface CompletenessCell {
  readonly assignmentId: string;
  readonly moduleId: string;
  readonly expected: number;
  readonly done: number;
  /** Subjects with at least one item missing, and how many. */
  readonly missing: readonly { readonly subjectRef: string; readonly items: number }[];
}

export function scoredItemIds(module: Module): string[] {
  return module.items.filter((item) => item.kind !== 'imported').map((item) => item.id);
}

export function computeCompleteness(input: CompletenessInput): CompletenessCell[] {
  const given = new Set(input.marks.map((m) => markIdOf(m)));
  const cells: CompletenessCell[] = [];
  for (const scorer of input.scorers) {
    for (const module of input.modules) {
      if (!scorer.moduleIds.includes(module.id)) continue;
      cells.push(completenessCell(scorer.assignmentId, module, input.subjectsOf(scorer.assignmentId, module), given));
    }
  }
  return cells;
}

/**
 * One judge × module cell. `given` answers whether a mark id (markIdOf) is present, so a board that keeps its
 * marks by id recomputes just the cell a changed mark belongs to.
 */
export function completenessCell(
  assignmentId: string,
  module: Module,
  subjects: readonly string[],
  given: { has(markId: string): boolean },
): CompletenessCell {
  const items = scoredItemIds(module);
  let done = 0;
  const missing: { subjectRef: string; items: number }[] = [];
  for (const subjectRef of subjects) {
    let have = 0;
    for (const itemId of items) if (given.has(markIdOf({ assignmentId, moduleId: module.id, itemId, subjectRef }))) have++;
    done += have;
    if (have < items.length) missing.push({ subjectRef, items: items.length - have });
  }
  return { assignmentId, moduleId: module.id, expected: items.length * subjects.length, done, missing };
}
