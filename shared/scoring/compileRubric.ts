/**
 * The rubric flattened once per computation: parts, modules and items in rubric order with their maxima in
 * hundredths, and each item's id → index, so scoring a mark is an array lookup, not a tree walk.
 */
import type { Aggregation, Item, Rubric } from '../domain';
import { DEFAULT_MIN_JUDGES_TO_TRIM } from './aggregateItem';
import { type Hundredths, pointsToHundredths } from './hundredths';
import type { ScoredRubric } from './types';

export interface CompiledModule {
  readonly id: string;
  readonly partIndex: number;
  readonly max: Hundredths;
  readonly aggregation: Aggregation;
  readonly minJudgesToTrim: number;
  readonly safetyVeto: 'none' | 'zero_module' | 'disqualify';
  readonly firstItem: number;
  readonly endItem: number;
}

export interface CompiledItem {
  readonly id: string;
  readonly item: Item;
  readonly moduleIndex: number;
  readonly max: Hundredths;
  /** Fast path: a 0–3 judgement item (units = max × level). */
  readonly levels: boolean;
  readonly isTime: boolean;
}

export interface CompiledRubric extends ScoredRubric {
  readonly moduleTable: readonly CompiledModule[];
  readonly itemTable: readonly CompiledItem[];
  readonly itemIndex: ReadonlyMap<string, number>;
  readonly partIndexById: ReadonlyMap<string, number>;
  readonly moduleIndexById: ReadonlyMap<string, number>;
  readonly hasTimeItems: boolean;
}

export function compileRubric(rubric: Pick<Rubric, 'parts'>): CompiledRubric {
  const parts: { id: string; max: Hundredths; weightPercent: number }[] = [];
  const moduleTable: CompiledModule[] = [];
  const itemTable: CompiledItem[] = [];
  const itemIndex = new Map<string, number>();
  const partIndexById = new Map<string, number>();
  const moduleIndexById = new Map<string, number>();
  rubric.parts.forEach((part, partIndex) => {
    let partMax = 0;
    partIndexById.set(part.id, partIndex);
    for (const module of part.modules) {
      const moduleIndex = moduleTable.length;
      const firstItem = itemTable.length;
      moduleIndexById.set(module.id, moduleIndex);
      for (const item of module.items) {
        itemIndex.set(item.id, itemTable.length);
        itemTable.push({
          id: item.id,
          item,
          moduleIndex,
          max: pointsToHundredths(item.max),
          levels: item.kind === 'judgement' && item.scale === 'levels',
          isTime: item.kind === 'time',
        });
      }
      const max = pointsToHundredths(module.max);
      partMax += max;
      moduleTable.push({
        id: module.id,
        partIndex,
        max,
        aggregation: module.aggregation ?? 'mean',
        minJudgesToTrim: module.minJudgesToTrim ?? DEFAULT_MIN_JUDGES_TO_TRIM,
        safetyVeto: module.safetyVeto ?? 'none',
        firstItem,
        endItem: itemTable.length,
      });
    }
    parts.push({ id: part.id, max: partMax as Hundredths, weightPercent: part.weightPercent });
  });
  return {
    parts,
    modules: moduleTable.map((m) => ({ id: m.id, partIndex: m.partIndex, max: m.max })),
    items: itemTable.map((i) => ({ id: i.id, moduleIndex: i.moduleIndex, max: i.max })),
    moduleTable,
    itemTable,
    itemIndex,
    partIndexById,
    moduleIndexById,
    hasTimeItems: itemTable.some((i) => i.isTime),
  };
}
