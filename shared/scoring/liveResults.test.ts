/**
 * Live results must be exactly what a full computation gives: after any sequence of marks set, replaced and
 * removed, `results()` equals `computeResults` and `flags()` equals `findMarkFlags` over the marks stored.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { MarkValue } from '../domain';
import { computeResults } from './computeResults';
import { findMarkFlags } from './findMarkFlags';
import { createLiveResults } from './liveResults';
import { levelsItem, mark, metItem, moduleOf, pointsItem, rubricOf } from './testing/rubricFixture';
import type { ScoringEntrant, ScoringMark } from './types';

const rubric = rubricOf(
  [
    { id: 'P1', weightPercent: 60, practical: true, modules: [moduleOf('M1', [levelsItem('a', 10), pointsItem('b', 5)], { aggregation: 'trimmed', minJudgesToTrim: 3 }), moduleOf('M2', [metItem('c', 4)], { safetyVeto: 'zero_module' })] },
    { id: 'P2', weightPercent: 40, modules: [moduleOf('M3', [pointsItem('d', 20)], { aggregation: 'median' })] },
  ],
  { awardRule: { mode: 'ratio', percents: [20, 30, 30], rounding: 'down' } },
);
const entrants: ScoringEntrant[] = [
  { key: 'order:1', status: 'checked_in' },
  { key: 'order:2', status: 'checked_in' },
  { key: 'order:3', status: 'absent' },
  { key: 'order:4', status: 'registered' },
  { key: 'K17', status: 'checked_in' },
];
const subjects = [...entrants.map((e) => e.key), 'order:9'];
const items = ['a', 'b', 'c', 'd', 'zz'];
const judges = ['J1', 'J2', 'J3', 'J4'];

function valueOf(itemId: string, n: number): MarkValue {
  if (itemId === 'a') return { kind: 'level', level: (n % 4) as 0 | 1 | 2 | 3 };
  if (itemId === 'c') return n % 3 === 0 ? { kind: 'points', points: 1 } : { kind: 'met', met: n % 2 === 0 };
  return { kind: 'points', points: n % (itemId === 'b' ? 6 : 21) };
}

/** One step: set (or with `clear`, remove) judge j's mark on an item of a subject. */
const stepArb = fc.record({ s: fc.nat(subjects.length - 1), i: fc.nat(items.length - 1), j: fc.nat(judges.length - 1), n: fc.nat(1000), clear: fc.boolean(), veto: fc.boolean() });

describe('live results', () => {
  it('equal a full recomputation after every change (set, replace, remove, stray subjects and items)', () => {
    fc.assert(
      fc.property(fc.array(stepArb, { minLength: 1, maxLength: 60 }), (steps) => {
        const live = createLiveResults(rubric, entrants);
        const stored = new Map<string, ScoringMark>();
        steps.forEach((step, k) => {
          const key = `${judges[step.j]}|${items[step.i]}|${subjects[step.s]}`;
          const next = step.clear ? undefined : mark(subjects[step.s]!, items[step.i]!, judges[step.j]!, valueOf(items[step.i]!, step.n), step.veto && step.n % 7 === 0);
          if (next) stored.set(key, next);
          else stored.delete(key);
          live.setMark(key, next);
          // Reading after some steps only: results must also be right when several changes pile up.
          if (k % 3 === 0 || k === steps.length - 1) {
            expect(live.results()).toEqual(computeResults(rubric, entrants, [...stored.values()]));
            expect(live.flags()).toEqual(findMarkFlags(rubric, [...stored.values()]));
          }
        });
        expect(live.size).toBe(stored.size);
      }),
      { numRuns: 200 },
    );
  });

  it('rescores only the entrant whose mark changed', () => {
    const live = createLiveResults(rubric, entrants);
    live.setMark('x', mark('order:1', 'a', 'J1', { kind: 'level', level: 3 }));
    const first = live.results();
    expect(live.results()).toBe(first);
    live.setMark('y', mark('order:2', 'a', 'J1', { kind: 'level', level: 2 }));
    const second = live.results();
    const scoreOf = (r: typeof first, key: string) => r.rows.find((row) => row.key === key)!.score;
    expect(scoreOf(second, 'order:1')).toBe(scoreOf(first, 'order:1'));
    expect(scoreOf(second, 'order:2')).not.toBe(scoreOf(first, 'order:2'));
    expect(second.rows.map((r) => r.key).slice(0, 2)).toEqual(['order:1', 'order:2']);
  });
});
