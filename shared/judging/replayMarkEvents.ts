/**
 * The `marks` view: the current value of every mark, rebuilt from the event log. The log is the single source of
 * truth; the view is recomputed from it (in the same transaction that appends events), never edited on its own.
 */
import type { Mark, MarkEvent } from '../domain';

export function markIdOf(m: { assignmentId: string; moduleId: string; itemId: string; subjectRef: string }): string {
  return `${m.assignmentId}|${m.moduleId}|${m.itemId}|${m.subjectRef}`;
}

export function submittedKeyOf(assignmentId: string, moduleId: string): string {
  return `${assignmentId}|${moduleId}`;
}

export interface MarkState {
  readonly marks: Mark[];
  /** `assignmentId|moduleId` of every module submitted and not reopened, with the time it was submitted. */
  readonly submitted: ReadonlyMap<string, string>;
  /** When the chief judge signed off, if they did. */
  readonly signedOffAt: string | undefined;
}

/**
 * Order across chains: by time, then device and seq. Within one chain seq order is the chain's own order, and
 * `at` never goes backwards there (chainMarkEvent callers pass the clock), so the two agree.
 */
export function compareMarkEvents(a: MarkEvent, b: MarkEvent): number {
  if (a.at !== b.at) return Date.parse(a.at) - Date.parse(b.at) || (a.at < b.at ? -1 : 1);
  if (a.deviceId !== b.deviceId) return a.deviceId < b.deviceId ? -1 : 1;
  if (a.assignmentId !== b.assignmentId) return a.assignmentId < b.assignmentId ? -1 : 1;
  return a.seq - b.seq;
}

/**
 * The mark a `set` or `clear` event leaves (undefined once cleared), given the mark it changes. Lock state is not
 * its business: the caller keeps `lockedAt`.
 */
export function markAfterEvent(before: Mark | undefined, event: MarkEvent): Mark | undefined {
  if (event.type === 'clear' || !event.moduleId || !event.itemId || !event.subjectRef || !event.value) return undefined;
  const id = markIdOf({ assignmentId: event.assignmentId, moduleId: event.moduleId, itemId: event.itemId, subjectRef: event.subjectRef });
  return {
    id,
    version: (before?.version ?? 0) + 1,
    updatedAt: event.at,
    competitionId: event.competitionId,
    assignmentId: event.assignmentId,
    moduleId: event.moduleId,
    itemId: event.itemId,
    subjectRef: event.subjectRef,
    value: event.value,
    ...(event.note ? { note: event.note } : {}),
    ...(event.safetyVeto ? { safetyVeto: true as const } : {}),
    deviceId: event.deviceId,
    eventId: event.id,
    ...(before?.lockedAt ? { lockedAt: before.lockedAt } : {}),
  };
}

/** Replays events (any order, one competition) into marks and lock state. */
export function replayMarkEvents(events: readonly MarkEvent[]): MarkState {
  const ordered = [...events].sort(compareMarkEvents);
  const marks = new Map<string, Mark>();
  const submitted = new Map<string, string>();
  let signedOffAt: string | undefined;
  for (const event of ordered) {
    switch (event.type) {
      case 'set':
      case 'clear': {
        if (!event.moduleId || !event.itemId || !event.subjectRef) break;
        const id = markIdOf({ assignmentId: event.assignmentId, moduleId: event.moduleId, itemId: event.itemId, subjectRef: event.subjectRef });
        const after = markAfterEvent(marks.get(id), event);
        if (after) marks.set(id, after);
        else marks.delete(id);
        break;
      }
      case 'submit_module':
        if (event.moduleId) submitted.set(submittedKeyOf(event.assignmentId, event.moduleId), event.at);
        break;
      case 'reopen_module':
        if (event.moduleId) submitted.delete(submittedKeyOf(event.assignmentId, event.moduleId));
        break;
      case 'sign_off':
        signedOffAt = event.at;
        break;
    }
  }
  const out = [...marks.values()].map((mark) => {
    const lockedAt = signedOffAt ?? submitted.get(submittedKeyOf(mark.assignmentId, mark.moduleId));
    return lockedAt ? { ...mark, lockedAt } : mark;
  });
  out.sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
  return { marks: out, submitted, signedOffAt };
}
