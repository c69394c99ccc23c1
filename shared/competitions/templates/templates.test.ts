import { describe, expect, it } from 'vitest';
import { rubricSchema, type Rubric } from '../../domain';
import { rubricMax } from '../rubric/rubricMax';
import { validateRubric } from '../rubric/validateRubric';
import { counterIds } from '../testing/ids';
import { findRubricTemplate, RUBRIC_TEMPLATES } from './index';

function allIds(rubric: Rubric): string[] {
  return rubric.parts.flatMap((p) => [
    p.id,
    ...p.modules.flatMap((m) => [
      m.id,
      ...m.items.flatMap((i) => [
        i.id,
        ...(i.kind === 'measurement' ? i.bands.map((b) => b.id) : []),
        ...(i.kind === 'deduction' ? i.faults.map((f) => f.id) : []),
      ]),
    ]),
  ]);
}

describe('rubric templates', () => {
  it('offers at least three templates with a key and names in both languages', () => {
    expect(RUBRIC_TEMPLATES.length).toBeGreaterThanOrEqual(3);
    for (const t of RUBRIC_TEMPLATES) {
      expect(t.key).toMatch(/^[a-z0-9_]+$/);
      expect(t.nameZh).toMatch(/[\u4e00-\u9fff]/);
      expect(t.nameEn).toMatch(/^[\x20-\x7e]+$/);
      expect(findRubricTemplate(t.key)).toBe(t);
    }
  });

  for (const template of RUBRIC_TEMPLATES) {
    describe(template.nameZh, () => {
      const rubric = template.build(counterIds(template.key));

      it('passes validateRubric with no issues', () => {
        expect(validateRubric(rubric)).toEqual([]);
      });

      it('is a valid rubric record worth 100 points in total', () => {
        expect(rubricSchema.parse(rubric)).toEqual(rubric);
        expect(rubricMax(rubric).weightTotalPercent).toBe(100);
      });

      it('gives fresh, unique ids from the factory on every build', () => {
        const ids = allIds(rubric);
        expect(new Set(ids).size).toBe(ids.length);
        const again = allIds(template.build(counterIds('other')));
        expect(again.some((id) => ids.includes(id))).toBe(false);
      });
    });
  }

  it('covers every item kind and both safety veto effects', () => {
    const rubrics = RUBRIC_TEMPLATES.map((t) => t.build(counterIds()));
    const modules = rubrics.flatMap((r) => r.parts.flatMap((p) => p.modules));
    const kinds = new Set(modules.flatMap((m) => m.items.map((i) => i.kind)));
    expect([...kinds].sort()).toEqual(['deduction', 'imported', 'judgement', 'measurement', 'time']);
    expect(new Set(modules.map((m) => m.safetyVeto))).toEqual(new Set(['none', 'zero_module', 'disqualify']));
  });

  it('has a theory part of 30 holding one imported item out of 100, and a practical part of 70', () => {
    const rubric = findRubricTemplate('theory_practical_30_70')!.build(counterIds());
    const [theory, practical] = rubric.parts;
    expect(theory!.weightPercent).toBe(30);
    expect(theory!.modules).toHaveLength(1);
    expect(theory!.modules[0]!.items).toMatchObject([{ kind: 'imported', max: 100 }]);
    expect(practical!).toMatchObject({ weightPercent: 70, practical: true });
  });
});
