/**
 * What importing a verified score package would change on the master, worked out before anything is written.
 * A chain that is already stored must be a prefix of the incoming one (same event ids seq by seq): re-importing
 * the same package adds nothing, a newer one adds only its new tail, and a fork — the same seq with different
 * content — is refused. The report counts the package's marks as new, unchanged, or in conflict (the master
 * holds another, later value for the same mark, e.g. the chief judge's amendment).
 */
import { canonicalJson } from '../competitions/package/canonicalJson';
import type { Mark, MarkEvent } from '../domain';
import { groupChains } from './markChain';
import { replayMarkEvents } from './replayMarkEvents';

export interface ScoreMergePlan {
  readonly newEvents: readonly MarkEvent[];
  /** The marks view of the whole competition after the merge. */
  readonly marksAfter: readonly Mark[];
  readonly report: { readonly newMarks: number; readonly unchangedMarks: number; readonly conflictMarks: number; readonly newEvents: number };
}

export type ScoreMergeResult =
  | { readonly ok: true; readonly plan: ScoreMergePlan }
  | { readonly ok: false; readonly code: 'chain_forked'; readonly params: { readonly chain: string; readonly seq: number } };

/** `stored`: every event of the competition already on the master; `incoming`: the verified package's events. */
export function planScoreMerge(stored: readonly MarkEvent[], incoming: readonly MarkEvent[]): ScoreMergeResult {
  const storedChains = groupChains(stored);
  const newEvents: MarkEvent[] = [];
  for (const [key, chain] of groupChains(incoming)) {
    const have = storedChains.get(key) ?? [];
    for (const event of chain) {
      const existing = have[event.seq - 1];
      if (existing === undefined) newEvents.push(event);
      else if (existing.id !== event.id) return { ok: false, code: 'chain_forked', params: { chain: key, seq: event.seq } };
    }
    // A stored chain longer than the package (the package is older) adds nothing and is not a conflict.
  }
  const before = indexMarks(replayMarkEvents(stored).marks);
  const after = replayMarkEvents(newEvents.length > 0 ? [...stored, ...newEvents] : stored).marks;
  const afterById = indexMarks(after);
  let newMarks = 0;
  let unchangedMarks = 0;
  let conflictMarks = 0;
  for (const mark of replayMarkEvents(incoming).marks) {
    if (sameMark(before.get(mark.id), mark)) unchangedMarks++;
    else if (afterById.get(mark.id)?.eventId === mark.eventId) newMarks++;
    else conflictMarks++;
  }
  return { ok: true, plan: { newEvents, marksAfter: after, report: { newMarks, unchangedMarks, conflictMarks, newEvents: newEvents.length } } };
}

function indexMarks(marks: readonly Mark[]): Map<string, Mark> {
  return new Map(marks.map((m) => [m.id, m]));
}

function sameMark(a: Mark | undefined, b: Mark): boolean {
  return a !== undefined && a.eventId === b.eventId && canonicalJson(a.value) === canonicalJson(b.value);
}

