/**
 * Marks the chief judge must look at before locking (DESIGN §3.3, §3.8): judgement marks too far apart (more than
 * one level on the 0–3 scale; a spread over the module's share of the item maximum on points), and measurement
 * items entered differently by two judges — a conflict that blocks locking until resolved.
 */
import { canonicalJson } from '../competitions/package/canonicalJson';
import type { Mark, MarkValue, Rubric } from '../domain';

export interface Disagreement {
  readonly moduleId: string;
  readonly itemId: string;
  readonly subjectRef: string;
  readonly scale: 'levels' | 'points';
  /** Levels apart, or points apart in hundredths. */
  readonly spread: number;
  readonly assignmentIds: readonly string[];
}

export interface MeasurementConflict {
  readonly moduleId: string;
  readonly itemId: string;
  readonly subjectRef: string;
  readonly values: readonly { readonly assignmentId: string; readonly value: MarkValue }[];
}

const toHundredths = (points: number) => Math.round(points * 100);

function groupBySubjectItem(marks: readonly Mark[]): Map<string, Mark[]> {
  const groups = new Map<string, Mark[]>();
  for (const mark of marks) {
    const key = `${mark.moduleId}|${mark.itemId}|${mark.subjectRef}`;
    const group = groups.get(key);
    if (group) group.push(mark);
    else groups.set(key, [mark]);
  }
  return groups;
}

function itemsById(rubric: Rubric) {
  const out = new Map<string, { item: Rubric['parts'][number]['modules'][number]['items'][number]; share: number }>();
  for (const part of rubric.parts) for (const module of part.modules) for (const item of module.items) out.set(item.id, { item, share: module.disagreementShare });
  return out;
}

export function findDisagreements(rubric: Rubric, marks: readonly Mark[]): Disagreement[] {
  const items = itemsById(rubric);
  const out: Disagreement[] = [];
  for (const group of groupBySubjectItem(marks).values()) {
    const first = group[0]!;
    const found = items.get(first.itemId);
    if (!found || found.item.kind !== 'judgement' || group.length < 2) continue;
    const { item, share } = found;
    const numbers = group.map((m) => (m.value.kind === 'level' ? m.value.level : m.value.kind === 'points' ? toHundredths(m.value.points) : undefined));
    if (numbers.some((n) => n === undefined)) continue;
    const spread = Math.max(...(numbers as number[])) - Math.min(...(numbers as number[]));
    const flagged =
      item.scale === 'levels' ? spread > 1 : spread * 1000 > Math.round(share * 1000) * toHundredths(item.max);
    if (flagged) {
      out.push({
        moduleId: first.moduleId,
        itemId: first.itemId,
        subjectRef: first.subjectRef,
        scale: item.scale,
        spread,
        assignmentIds: group.map((m) => m.assignmentId).sort(),
      });
    }
  }
  return out.sort(bySubject);
}

export function findMeasurementConflicts(rubric: Rubric, marks: readonly Mark[]): MeasurementConflict[] {
  const items = itemsById(rubric);
  const out: MeasurementConflict[] = [];
  for (const group of groupBySubjectItem(marks).values()) {
    const first = group[0]!;
    if (items.get(first.itemId)?.item.kind !== 'measurement' || group.length < 2) continue;
    const distinct = new Set(group.map((m) => canonicalJson(m.value)));
    if (distinct.size > 1) {
      out.push({
        moduleId: first.moduleId,
        itemId: first.itemId,
        subjectRef: first.subjectRef,
        values: group.map((m) => ({ assignmentId: m.assignmentId, value: m.value })).sort((a, b) => (a.assignmentId < b.assignmentId ? -1 : 1)),
      });
    }
  }
  return out.sort(bySubject);
}

function bySubject(a: { moduleId: string; subjectRef: string; itemId: string }, b: { moduleId: string; subjectRef: string; itemId: string }): number {
  const ka = `${a.moduleId}|${a.subjectRef}|${a.itemId}`;
  const kb = `${b.moduleId}|${b.subjectRef}|${b.itemId}`;
  return ka < kb ? -1 : ka > kb ? 1 : 0;
}
