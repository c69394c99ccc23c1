import type { Rubric, TieBreakRule } from '../../domain';

/**
 * A copy of a rubric in which every part, module, item, band and fault has a new id, with tie-break rules
 * pointing at the new ids. Used when a saved template starts a new competition, so that two competitions never
 * share ids (marks and packages refer to items by id).
 */
export function cloneRubricWithNewIds(rubric: Rubric, newId: () => string): Rubric {
  const partIds = new Map<string, string>();
  const moduleIds = new Map<string, string>();
  const parts = rubric.parts.map((part) => {
    const partId = newId();
    partIds.set(part.id, partId);
    return {
      ...part,
      id: partId,
      modules: part.modules.map((module) => {
        const moduleId = newId();
        moduleIds.set(module.id, moduleId);
        return {
          ...module,
          id: moduleId,
          items: module.items.map((item) => {
            switch (item.kind) {
              case 'measurement':
                return { ...item, id: newId(), bands: item.bands.map((band) => ({ ...band, id: newId() })) };
              case 'deduction':
                return { ...item, id: newId(), faults: item.faults.map((fault) => ({ ...fault, id: newId() })) };
              default:
                return { ...item, id: newId() };
            }
          }),
        };
      }),
    };
  });
  const tieBreak = rubric.tieBreak.flatMap((rule): TieBreakRule[] => {
    if (rule.kind === 'part_score') {
      const partId = partIds.get(rule.partId);
      return partId ? [{ kind: 'part_score', partId }] : [];
    }
    if (rule.kind === 'module_score') {
      const moduleId = moduleIds.get(rule.moduleId);
      return moduleId ? [{ kind: 'module_score', moduleId }] : [];
    }
    return [rule];
  });
  return { ...rubric, parts, tieBreak };
}
