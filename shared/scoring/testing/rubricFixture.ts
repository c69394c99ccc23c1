/**
 * Small rubrics and marks for the engine's tests and benchmarks, built through the domain schema so defaults
 * (aggregation mean, minJudgesToTrim 5, ratio 10/20/30 rounded down) are the real ones.
 */
import { type AwardRule, type Item, type MarkValue, type Module, type Rubric, rubricSchema, type TieBreakRule } from '../../domain';
import type { ScoringMark } from '../types';

export const levelsItem = (id: string, max: number): Item => ({
  id,
  name: id,
  max,
  kind: 'judgement',
  scale: 'levels',
  descriptors: ['0', '1', '2', '3'],
});
export const pointsItem = (id: string, max: number): Item => ({ id, name: id, max, kind: 'judgement', scale: 'points' });
export const importedItem = (id: string, max: number): Item => ({ id, name: id, max, kind: 'imported' });
export const metItem = (id: string, max: number): Item => ({ id, name: id, max, kind: 'measurement', mode: 'met', bands: [] });
export const bandsItem = (id: string, max: number, bands: [string, number][]): Item => ({
  id,
  name: id,
  max,
  kind: 'measurement',
  mode: 'bands',
  bands: bands.map(([bandId, points]) => ({ id: bandId, label: bandId, points })),
});
export const deductionItem = (id: string, max: number, faults: [string, number][]): Item => ({
  id,
  name: id,
  max,
  kind: 'deduction',
  faults: faults.map(([faultId, points]) => ({ id: faultId, label: faultId, points })),
});
export const timeItem = (id: string, max: number, mode: 'scored' | 'tiebreak', limitSeconds: number, penalty = 0): Item => ({
  id,
  name: id,
  max,
  kind: 'time',
  mode,
  limitSeconds,
  overtimePenaltyPerMinute: penalty,
});

export function moduleOf(id: string, items: Item[], options: Partial<Omit<Module, 'id' | 'items'>> = {}): Module {
  const max = items.reduce((sum, item) => sum + Math.round(item.max * 100), 0) / 100;
  return {
    id,
    name: id,
    max,
    aggregation: 'mean',
    minJudgesToTrim: 5,
    safetyVeto: 'none',
    disagreementShare: 0.3,
    items,
    ...options,
  };
}

export function rubricOf(
  parts: { id: string; weightPercent: number; practical?: boolean; modules: Module[] }[],
  options: { tieBreak?: TieBreakRule[]; awardRule?: AwardRule } = {},
): Rubric {
  return rubricSchema.parse({
    parts: parts.map((p) => ({ name: p.id, practical: false, ...p })),
    ...options,
  });
}

/** A one-part rubric with one module of items; the part's maximum is the module's. */
export function singleModuleRubric(items: Item[], options: Partial<Omit<Module, 'id' | 'items'>> = {}, rubricOptions = {}): Rubric {
  return rubricOf([{ id: 'P', weightPercent: 100, practical: true, modules: [moduleOf('M', items, options)] }], rubricOptions);
}

export const level = (l: 0 | 1 | 2 | 3): MarkValue => ({ kind: 'level', level: l });
export const pts = (points: number): MarkValue => ({ kind: 'points', points });

export function mark(subject: string, itemId: string, judgeId: string, value: MarkValue, safetyVeto = false): ScoringMark {
  return { subject, itemId, judgeId, value, ...(safetyVeto ? { safetyVeto } : {}) };
}
