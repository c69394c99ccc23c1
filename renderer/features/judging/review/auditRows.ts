/** The audit log as rows: every mark event in time order with the value it replaced. */
import type { MarkEvent, MarkValue } from '../../../../shared/domain';
import { compareMarkEvents, markIdOf } from '../../../../shared/judging';

export interface AuditRow {
  readonly event: MarkEvent;
  readonly before: MarkValue | undefined;
}

export function auditRows(events: readonly MarkEvent[]): AuditRow[] {
  const current = new Map<string, MarkValue>();
  return [...events].sort(compareMarkEvents).map((event) => {
    if ((event.type !== 'set' && event.type !== 'clear') || !event.moduleId || !event.itemId || !event.subjectRef) return { event, before: undefined };
    const id = markIdOf({ assignmentId: event.assignmentId, moduleId: event.moduleId, itemId: event.itemId, subjectRef: event.subjectRef });
    const before = current.get(id);
    if (event.type === 'set' && event.value) current.set(id, event.value);
    else current.delete(id);
    return { event, before };
  });
}
