/**
 * Maxima of a rubric in integer hundredths of a point (DESIGN §3.1: no arithmetic on binary floats).
 *
 * Rubric points are stored as decimals with at most two places; `toHundredths` turns them into exact integers
 * (12.5 → 1250) and every sum here is an integer sum.
 */
import type { Module, Part, Rubric } from '../../domain';

/** Points → integer hundredths (12.5 → 1250). Inputs with more than two decimals are rounded. */
export function toHundredths(points: number): number {
  return Math.round(points * 100);
}

/** Integer hundredths → points (1250 → 12.5), for display and for issue parameters. */
export function fromHundredths(hundredths: number): number {
  return hundredths / 100;
}

/** True when `points` is a finite number with at most two decimals. */
export function hasAtMostTwoDecimals(points: number): boolean {
  return Number.isFinite(points) && Math.abs(points * 100 - Math.round(points * 100)) < 1e-6;
}

/** Sum of the item maxima of a module, in hundredths. */
export function moduleItemsMax(module: Pick<Module, 'items'>): number {
  return module.items.reduce((sum, item) => sum + toHundredths(item.max), 0);
}

/** Maximum of a part = sum of its module maxima, in hundredths. */
export function partMax(part: Pick<Part, 'modules'>): number {
  return part.modules.reduce((sum, module) => sum + toHundredths(module.max), 0);
}

export interface ModuleMax {
  moduleId: string;
  /** The module's declared maximum, in hundredths. */
  max: number;
  /** Sum of its item maxima, in hundredths; equals `max` in a valid rubric. */
  itemsMax: number;
}

export interface PartMax {
  partId: string;
  weightPercent: number;
  /** Sum of the module maxima, in hundredths. */
  max: number;
  modules: ModuleMax[];
}

export interface RubricMax {
  parts: PartMax[];
  /** Sum of the part weights in whole percent; 100 in a valid rubric. */
  weightTotalPercent: number;
}

/** Every maximum of a rubric at once, in hundredths, for the builder's running totals. */
export function rubricMax(rubric: Pick<Rubric, 'parts'>): RubricMax {
  const parts = rubric.parts.map((part) => ({
    partId: part.id,
    weightPercent: part.weightPercent,
    max: partMax(part),
    modules: part.modules.map((module) => ({
      moduleId: module.id,
      max: toHundredths(module.max),
      itemsMax: moduleItemsMax(module),
    })),
  }));
  return { parts, weightTotalPercent: rubric.parts.reduce((sum, part) => sum + part.weightPercent, 0) };
}
