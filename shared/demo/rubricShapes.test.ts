import { describe, expect, it } from 'vitest';
import { validateRubric } from '../competitions/rubric/validateRubric';
import { rubricSchema } from '../domain';
import { RUBRIC_SHAPES, buildRubric } from './rubricShapes';

describe('buildRubric', () => {
  for (const shape of RUBRIC_SHAPES) {
    describe(shape, () => {
      const rubric = buildRubric(shape, 'comp-2024-001', '信号工');

      it('is a valid rubric, for the schema and for the rubric builder’s checks', () => {
        expect(rubricSchema.parse(rubric)).toEqual(rubric);
        expect(validateRubric(rubric)).toEqual([]);
      });

      it('has part weights summing to 100 and item maxima adding up to each module maximum', () => {
        expect(rubric.parts.reduce((sum, p) => sum + p.weightPercent, 0)).toBe(100);
        for (const module of rubric.parts.flatMap((p) => p.modules)) {
          expect(module.items.reduce((sum, i) => sum + i.max, 0)).toBe(module.max);
        }
      });

      it('gives judgement items on the level scale four descriptors and measurement bands a full-marks band', () => {
        for (const item of rubric.parts.flatMap((p) => p.modules.flatMap((m) => m.items))) {
          if (item.kind === 'judgement' && item.scale === 'levels') expect(item.descriptors).toHaveLength(4);
          if (item.kind === 'measurement' && item.mode === 'bands') expect(Math.max(...item.bands.map((b) => b.points))).toBe(item.max);
          if (item.kind === 'deduction') expect(item.faults.length).toBeGreaterThan(0);
        }
      });

      it('breaks ties by the practical part, then by time', () => {
        const practical = rubric.parts.find((p) => p.practical);
        expect(rubric.tieBreak).toEqual([{ kind: 'part_score', partId: practical?.id }, { kind: 'total_time' }]);
      });
    });
  }

  it('names practical modules after the trade’s tasks and keeps ids unique under the competition', () => {
    const rubric = buildRubric('theory30Practical70', 'comp-2024-009', '接触网工');
    const modules = rubric.parts.flatMap((p) => p.modules);
    expect(modules.map((m) => m.name)).toContain('接触网悬挂调整');
    const ids = [...modules.map((m) => m.id), ...modules.flatMap((m) => m.items.map((i) => i.id))];
    expect(new Set(ids).size).toBe(ids.length);
    expect(ids.every((id) => id.startsWith('comp-2024-009-'))).toBe(true);
  });
});
