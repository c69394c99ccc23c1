/**
 * Immutable edits of a rubric, each a recipe `rubric → rubric` for `useRubricDraft().update`. Unchanged parts,
 * modules and items keep their object identity, so memoised editors of the untouched rows do not re-render.
 */
import type { Item, ItemKind, Module, Part, Rubric, TieBreakRule } from '../../../../shared/domain';
import { newId } from '../../../db/repositories';

export type RubricRecipe = (rubric: Rubric) => Rubric;

/** The list with the element `id` moved one place up (-1) or down (+1); unchanged at either end. */
export function moveById<T extends { id: string }>(list: readonly T[], id: string, delta: -1 | 1): T[] {
  const from = list.findIndex((x) => x.id === id);
  const to = from + delta;
  if (from < 0 || to < 0 || to >= list.length) return [...list];
  const next = [...list];
  const [moved] = next.splice(from, 1);
  next.splice(to, 0, moved!);
  return next;
}

export const editPart =
  (partId: string, edit: (part: Part) => Part): RubricRecipe =>
  (rubric) => ({ ...rubric, parts: rubric.parts.map((p) => (p.id === partId ? edit(p) : p)) });

export const editModule = (partId: string, moduleId: string, edit: (module: Module) => Module): RubricRecipe =>
  editPart(partId, (part) => ({ ...part, modules: part.modules.map((m) => (m.id === moduleId ? edit(m) : m)) }));

export const editItem = (partId: string, moduleId: string, itemId: string, edit: (item: Item) => Item): RubricRecipe =>
  editModule(partId, moduleId, (module) => ({ ...module, items: module.items.map((i) => (i.id === itemId ? edit(i) : i)) }));

export const addPart =
  (part: Part): RubricRecipe =>
  (rubric) => ({ ...rubric, parts: [...rubric.parts, part] });

/** Removes a part and the tie-break rules that pointed at it or at its modules (they could never apply). */
export const removePart =
  (partId: string): RubricRecipe =>
  (rubric) => {
    const moduleIds = new Set(rubric.parts.find((p) => p.id === partId)?.modules.map((m) => m.id));
    const keep = (rule: TieBreakRule) =>
      !(rule.kind === 'part_score' && rule.partId === partId) && !(rule.kind === 'module_score' && moduleIds.has(rule.moduleId));
    return { ...rubric, parts: rubric.parts.filter((p) => p.id !== partId), tieBreak: rubric.tieBreak.filter(keep) };
  };

export const movePart =
  (partId: string, delta: -1 | 1): RubricRecipe =>
  (rubric) => ({ ...rubric, parts: moveById(rubric.parts, partId, delta) });

export const addModule = (partId: string, module: Module): RubricRecipe =>
  editPart(partId, (part) => ({ ...part, modules: [...part.modules, module] }));

export const removeModule =
  (partId: string, moduleId: string): RubricRecipe =>
  (rubric) => {
    const next = editPart(partId, (part) => ({ ...part, modules: part.modules.filter((m) => m.id !== moduleId) }))(rubric);
    return { ...next, tieBreak: next.tieBreak.filter((rule) => !(rule.kind === 'module_score' && rule.moduleId === moduleId)) };
  };

export const moveModule = (partId: string, moduleId: string, delta: -1 | 1): RubricRecipe =>
  editPart(partId, (part) => ({ ...part, modules: moveById(part.modules, moduleId, delta) }));

export const addItem = (partId: string, moduleId: string, item: Item): RubricRecipe =>
  editModule(partId, moduleId, (module) => ({ ...module, items: [...module.items, item] }));

export const removeItem = (partId: string, moduleId: string, itemId: string): RubricRecipe =>
  editModule(partId, moduleId, (module) => ({ ...module, items: module.items.filter((i) => i.id !== itemId) }));

export const moveItem = (partId: string, moduleId: string, itemId: string, delta: -1 | 1): RubricRecipe =>
  editModule(partId, moduleId, (module) => ({ ...module, items: moveById(module.items, itemId, delta) }));

// ---- new records ---------------------------------------------------------------------------------------------

export function createPart(name: string): Part {
  return { id: newId(), name, weightPercent: 0, practical: false, modules: [] };
}

export function createModule(name: string): Module {
  return { id: newId(), name, max: 0, judging: 'live', aggregation: 'mean', minJudgesToTrim: 5, safetyVeto: 'none', disagreementShare: 0.3, items: [] };
}

export function createItem(kind: ItemKind, name: string, max = 10): Item {
  return changeItemKind({ id: newId(), name, max, kind: 'imported' }, kind);
}

/** The item as another kind, keeping its id, name, maximum and guidance; kind-specific fields start blank. */
export function changeItemKind(item: Item, kind: ItemKind): Item {
  const base = { id: item.id, name: item.name, max: item.max, ...(item.description !== undefined ? { description: item.description } : {}) };
  switch (kind) {
    case 'judgement':
      return { ...base, kind, scale: 'levels', descriptors: ['', '', '', ''] };
    case 'measurement':
      return { ...base, kind, mode: 'met', bands: [] };
    case 'deduction':
      return { ...base, kind, faults: [{ id: newId(), label: '', points: 1 }] };
    case 'time':
      return { ...base, kind, mode: 'scored', limitSeconds: 600, overtimePenaltyPerMinute: 0 };
    case 'imported':
      return { ...base, kind };
  }
}

/** True when the rubric has nothing worth asking about before it is replaced. */
export function isRubricEmpty(rubric: Rubric): boolean {
  return rubric.parts.length === 0;
}

/** Structural equality, for dirty tracking (records read back from IndexedDB keep their key order). */
export function sameRubric(a: Rubric, b: Rubric): boolean {
  return a === b || JSON.stringify(a) === JSON.stringify(b);
}
