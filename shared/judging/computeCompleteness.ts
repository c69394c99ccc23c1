/**
 * The chief judge's completeness matrix: for each scoring judge × module, how many marks are given of those
 * expected, and which subjects still miss some (every item except imported ones, for every subject the judge
 * scores in that module).
 */
import type { Mark, Module } from '../domain';

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
  const given = new Set(input.marks.map((m) => `${m.assignmentId}|${m.moduleId}|${m.itemId}|${m.subjectRef}`));
  const cells: CompletenessCell[] = [];
  for (const scorer of input.scorers) {
    for (const module of input.modules) {
      if (!scorer.moduleIds.includes(module.id)) continue;
      const items = scoredItemIds(module);
      const subjects = input.subjectsOf(scorer.assignmentId, module);
      let done = 0;
      const missing: { subjectRef: string; items: number }[] = [];
      for (const subjectRef of subjects) {
        const have = items.filter((itemId) => given.has(`${scorer.assignmentId}|${module.id}|${itemId}|${subjectRef}`)).length;
        done += have;
        if (have < items.length) missing.push({ subjectRef, items: items.length - have });
      }
      cells.push({ assignmentId: scorer.assignmentId, moduleId: module.id, expected: items.length * subjects.length, done, missing });
    }
  }
  return cells;
}
