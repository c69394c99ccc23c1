import { describe, expect, it } from 'vitest';
import { RUBRIC_TEMPLATES } from '../templates';
import { cloneRubricWithNewIds } from './cloneRubricWithNewIds';

function counter(prefix: string) {
  let n = 0;
  return () => `${prefix}-${++n}`;
}

function allIds(value: unknown): string[] {
  if (Array.isArray(value)) return value.flatMap(allIds);
  if (value && typeof value === 'object') {
    return Object.entries(value).flatMap(([k, v]) => (k === 'id' && typeof v === 'string' ? [v] : allIds(v)));
  }
  return [];
}

describe('cloneRubricWithNewIds', () => {
  for (const template of RUBRIC_TEMPLATES) {
    it(`gives every part, module, item, band and fault of "${template.nameEn}" a new id and keeps the content`, () => {
      const original = template.build(counter('a'));
      const copy = cloneRubricWithNewIds(original, counter('b'));
      const before = allIds(original);
      const after = allIds(copy);
      expect(after).toHaveLength(before.length);
      expect(after.filter((id) => before.includes(id))).toEqual([]);
      expect(JSON.stringify(copy).replace(/"b-\d+"/g, '"x"')).toBe(JSON.stringify(original).replace(/"a-\d+"/g, '"x"'));
    });
  }

  it('points tie-break rules at the copied parts and modules', () => {
    const original = RUBRIC_TEMPLATES[0]!.build(counter('a'));
    const part = original.parts[0]!;
    const module = part.modules[0]!;
    const withRules = { ...original, tieBreak: [{ kind: 'part_score' as const, partId: part.id }, { kind: 'module_score' as const, moduleId: module.id }, { kind: 'total_time' as const }] };
    const copy = cloneRubricWithNewIds(withRules, counter('b'));
    expect(copy.tieBreak).toEqual([
      { kind: 'part_score', partId: copy.parts[0]!.id },
      { kind: 'module_score', moduleId: copy.parts[0]!.modules[0]!.id },
      { kind: 'total_time' },
    ]);
  });
});
