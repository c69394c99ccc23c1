/**
 * The review board kept mark by mark must show exactly what a full recomputation shows: provisional results
 * (computeResults), flags (findMarkFlags) and the completeness matrix (computeCompleteness), after any sequence
 * of marks set, changed and cleared.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { Mark, MarkValue, Module } from '../domain';
import { computeResults, findMarkFlags } from '../scoring';
import { computeCompleteness } from './computeCompleteness';
import { createLiveReviewBoard, type ReviewBoardSetup } from './liveReviewBoard';
import { markIdOf } from './replayMarkEvents';
import { scoringMarksOf } from './scoringMarksOf';
import { FIXTURE_COMPETITION_ID as C, judgingRubric } from './testing/judgingFixture';

const rubric = judgingRubric();
const modules: Module[] = rubric.parts.flatMap((p) => p.modules);
const module = modules[0]!;
const subjectRefs = ['order:1', 'order:2', 'order:3'];
const setup: ReviewBoardSetup = {
  rubric,
  subjectRefs,
  modules,
  scorers: [
    { assignmentId: 'as-1', moduleIds: ['mod-a'] },
    { assignmentId: 'as-2', moduleIds: ['mod-a'] },
    { assignmentId: 'as-3', moduleIds: [] },
  ],
  // as-2 scores the first two subjects only (a station), as-1 all of them.
  subjectsOf: (assignmentId) => (assignmentId === 'as-2' ? subjectRefs.slice(0, 2) : subjectRefs),
};
const items = module.items.map((i) => i.id);

function valueOf(itemId: string, n: number): MarkValue {
  switch (itemId) {
    case 'it-level':
      return { kind: 'level', level: (n % 4) as 0 | 1 | 2 | 3 };
    case 'it-met':
      return { kind: 'met', met: n % 2 === 0 };
    case 'it-faults':
      return { kind: 'faults', faultCounts: { 'f-gloves': n % 3 } };
    case 'it-time':
      return { kind: 'seconds', seconds: 600 + (n % 600) };
    default:
      return { kind: 'points', points: n % 11 };
  }
}

function markOf(assignmentId: string, itemId: string, subjectRef: string, n: number): Mark {
  const id = markIdOf({ assignmentId, moduleId: 'mod-a', itemId, subjectRef });
  return { id, version: 1, updatedAt: '2024-05-17T09:00:00.000Z', competitionId: C, assignmentId, moduleId: 'mod-a', itemId, subjectRef, value: valueOf(itemId, n), deviceId: 'dev', eventId: 'e'.repeat(64) };
}

const stepArb = fc.record({ a: fc.constantFrom('as-1', 'as-2', 'as-9'), i: fc.nat(items.length - 1), s: fc.constantFrom(...subjectRefs, 'K99'), n: fc.nat(1000), clear: fc.boolean() });

describe('the live review board', () => {
  it('equals full recomputation of results, flags and completeness after every change', () => {
    fc.assert(
      fc.property(fc.array(stepArb, { minLength: 1, maxLength: 50 }), (steps) => {
        const board = createLiveReviewBoard(setup);
        const stored = new Map<string, Mark>();
        steps.forEach((step, k) => {
          const mark = markOf(step.a, items[step.i]!, step.s, step.n);
          if (step.clear) stored.delete(mark.id);
          else stored.set(mark.id, mark);
          board.setMark(mark.id, step.clear ? undefined : mark);
          if (k % 4 !== 0 && k !== steps.length - 1) return;
          const all = [...stored.values()];
          const entrants = subjectRefs.map((key) => ({ key, status: 'checked_in' as const }));
          expect(board.results()).toEqual(computeResults(rubric, entrants, scoringMarksOf(all)));
          expect(board.flags()).toEqual(findMarkFlags(rubric, scoringMarksOf(all)));
          expect(board.completeness()).toEqual(computeCompleteness({ modules, scorers: setup.scorers, subjectsOf: setup.subjectsOf, marks: all }));
        });
        expect([...board.marks.keys()].sort()).toEqual([...stored.keys()].sort());
      }),
      { numRuns: 150 },
    );
  });
});
