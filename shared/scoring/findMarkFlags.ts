/**
 * Marks that need the chief judge's attention (DESIGN §3.3, §3.8), as codes with parameters:
 * - `measurement_conflict`: a measurement item entered differently by two judges; blocks locking until resolved.
 * - `levels_apart`: on the 0–3 scale, judges more than one level apart on an item; flagged for discussion.
 * - `points_spread`: on a points item, a spread over the module's share of the item maximum (default 30 %).
 * Comparisons are on integers (hundredths and basis points), never floats.
 */
import type { MarkValue, Rubric } from '../domain';
import { compileRubric } from './compileRubric';
import { type Hundredths, percentToBasisPoints, pointsToHundredths } from './hundredths';
import type { ScoringMark } from './types';

export type MarkFlag =
  | {
      readonly code: 'measurement_conflict';
      readonly subject: string;
      readonly itemId: string;
      readonly moduleId: string;
      readonly params: { readonly values: readonly { readonly judgeId: string; readonly value: MarkValue }[] };
    }
  | {
      readonly code: 'levels_apart';
      readonly subject: string;
      readonly itemId: string;
      readonly moduleId: string;
      readonly params: { readonly lowest: number; readonly highest: number; readonly judgeIds: readonly string[] };
    }
  | {
      readonly code: 'points_spread';
      readonly subject: string;
      readonly itemId: string;
      readonly moduleId: string;
      readonly params: {
        readonly lowest: Hundredths;
        readonly highest: Hundredths;
        readonly max: Hundredths;
        /** The share of the item maximum allowed, in whole basis points (3000 = 30 %). */
        readonly shareBasisPoints: number;
        readonly judgeIds: readonly string[];
      };
    };

export type MarkFlagCode = MarkFlag['code'];

function measurementKey(value: MarkValue): string {
  return value.kind === 'met' ? `met:${value.met}` : value.kind === 'band' ? `band:${value.bandId}` : `other:${value.kind}`;
}

/** Every flag, in subject then rubric order. */
export function findMarkFlags(rubric: Pick<Rubric, 'parts'>, marks: readonly ScoringMark[]): MarkFlag[] {
  const compiled = compileRubric(rubric);
  const modules = rubric.parts.flatMap((p) => p.modules);
  const groups = new Map<string, ScoringMark[]>();
  for (const mark of marks) {
    if (!compiled.itemIndex.has(mark.itemId)) continue;
    const key = `${mark.subject}\u0000${mark.itemId}`;
    const group = groups.get(key);
    if (group) group.push(mark);
    else groups.set(key, [mark]);
  }
  const flags: { order: number; flag: MarkFlag }[] = [];
  for (const group of groups.values()) {
    if (group.length < 2) continue;
    const first = group[0] as ScoringMark;
    const itemOrder = compiled.itemIndex.get(first.itemId) as number;
    const compiledItem = compiled.itemTable[itemOrder];
    const module = compiledItem && modules[compiledItem.moduleIndex];
    if (!compiledItem || !module) continue;
    const item = compiledItem.item;
    const judgeIds = group.map((m) => m.judgeId).sort();
    const base = { subject: first.subject, itemId: item.id, moduleId: module.id };
    if (item.kind === 'measurement') {
      if (new Set(group.map((m) => measurementKey(m.value))).size > 1) {
        const values = [...group].sort((a, b) => (a.judgeId < b.judgeId ? -1 : 1)).map((m) => ({ judgeId: m.judgeId, value: m.value }));
        flags.push({ order: itemOrder, flag: { code: 'measurement_conflict', ...base, params: { values } } });
      }
    } else if (item.kind === 'judgement' && item.scale === 'levels') {
      const levels = group.flatMap((m) => (m.value.kind === 'level' ? [m.value.level] : []));
      const lowest = Math.min(...levels);
      const highest = Math.max(...levels);
      if (highest - lowest > 1) flags.push({ order: itemOrder, flag: { code: 'levels_apart', ...base, params: { lowest, highest, judgeIds } } });
    } else if (item.kind === 'judgement') {
      const points = group.flatMap((m) => (m.value.kind === 'points' ? [pointsToHundredths(m.value.points)] : []));
      const lowest = Math.min(...points) as Hundredths;
      const highest = Math.max(...points) as Hundredths;
      const max = pointsToHundredths(item.max);
      const shareBasisPoints = percentToBasisPoints((module.disagreementShare ?? 0.3) * 100);
      if ((highest - lowest) * 10000 > shareBasisPoints * max) {
        flags.push({ order: itemOrder, flag: { code: 'points_spread', ...base, params: { lowest, highest, max, shareBasisPoints, judgeIds } } });
      }
    }
  }
  return flags
    .sort((a, b) => (a.flag.subject < b.flag.subject ? -1 : a.flag.subject > b.flag.subject ? 1 : a.order - b.order))
    .map((f) => f.flag);
}
