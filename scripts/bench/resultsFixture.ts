/**
 * The benchmark field of DESIGN §7: 2,000 entrants × 60 items × 5 judges (600,000 marks), with a realistic mix
 * of item kinds (0–3 levels, points, deductions, measurements), marks grouped by judge as they arrive in score
 * packages.
 */
import { rubricSchema, type Item, type MarkValue, type Rubric } from '../../shared/domain';
import type { ScoringEntrant, ScoringMark } from '../../shared/scoring';

export function benchField(entrantCount = 2000, judges = 5) {
  const items = (module: number, count: number): Item[] =>
    Array.from({ length: count }, (_, i): Item => {
      const id = `m${module}i${i}`;
      switch (i % 4) {
        case 0:
          return { id, name: id, max: 2, kind: 'judgement', scale: 'levels', descriptors: ['0', '1', '2', '3'] };
        case 1:
          return { id, name: id, max: 1.5, kind: 'judgement', scale: 'points' };
        case 2:
          return { id, name: id, max: 1, kind: 'deduction', faults: [{ id: 'f1', label: 'f1', points: 0.5 }, { id: 'f2', label: 'f2', points: 0.25 }] };
        default:
          return { id, name: id, max: 1, kind: 'measurement', mode: 'met', bands: [] };
      }
    });
  const module = (m: number, count: number, aggregation: 'mean' | 'median' | 'trimmed') => {
    const list = items(m, count);
    const max = list.reduce((s, it) => s + Math.round(it.max * 100), 0) / 100;
    return { id: `m${m}`, name: `m${m}`, max, aggregation, minJudgesToTrim: 5, items: list };
  };
  const rubric: Rubric = rubricSchema.parse({
    parts: [
      { id: 'theory', name: 'theory', weightPercent: 30, modules: [module(0, 12, 'mean')] },
      {
        id: 'practice',
        name: 'practice',
        weightPercent: 70,
        practical: true,
        modules: [module(1, 12, 'trimmed'), module(2, 12, 'median'), module(3, 12, 'mean'), module(4, 12, 'trimmed')],
      },
    ],
  });
  const entrants: ScoringEntrant[] = Array.from({ length: entrantCount }, (_, e) => ({ key: `K${String(e).padStart(4, '0')}`, status: 'checked_in' }));
  const allItems = rubric.parts.flatMap((p) => p.modules.flatMap((m) => m.items));
  let seed = 12345;
  const next = () => (seed = (seed * 1103515245 + 12345) % 2147483648);
  const marks: ScoringMark[] = [];
  for (let j = 0; j < judges; j++) {
    for (const entrant of entrants) {
      for (const item of allItems) {
        const r = next();
        let value: MarkValue;
        if (item.kind === 'judgement' && item.scale === 'levels') value = { kind: 'level', level: (r % 4) as 0 | 1 | 2 | 3 };
        else if (item.kind === 'judgement') value = { kind: 'points', points: (r % 151) / 100 };
        else if (item.kind === 'deduction') value = { kind: 'faults', faultCounts: r % 3 === 0 ? {} : { f1: r % 2, f2: r % 3 } };
        else value = { kind: 'met', met: r % 5 !== 0 };
        marks.push({ subject: entrant.key, itemId: item.id, judgeId: `J${j}`, value });
      }
    }
  }
  return { rubric, entrants, marks };
}

/** The baseline: a plain grouped sum of the same marks per entrant (one map lookup and one add per mark). */
export function groupedSum(marks: readonly ScoringMark[]): Map<string, number> {
  const sums = new Map<string, number>();
  for (const m of marks) {
    const v = m.value;
    const points = v.kind === 'level' ? v.level : v.kind === 'points' ? v.points : v.kind === 'met' ? (v.met ? 1 : 0) : 1;
    sums.set(m.subject, (sums.get(m.subject) ?? 0) + points);
  }
  return sums;
}
