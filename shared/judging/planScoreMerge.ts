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
  /** The marks view after the merge, of the marks `stored` events can shape (the whole competition's when all were given). */
  readonly marksAfter: readonly Mark[];
  /** What the marks view must change: marks new or changed (value, version or lock), and marks cleared. */
  readonly marksToPut: readonly Mark[];
  readonly markIdsToDelete: readonly string[];
  readonly report: { readonly newMarks: number; readonly unchangedMarks: number; readonly conflictMarks: number; readonly newEvents: number };
}

export type ScoreMergeResult =
  | { readonly ok: true; readonly plan: ScoreMergePlan }
  | { readonly ok: false; readonly code: 'chain_forked'; readonly params: { readonly chain: string; readonly seq: number } };

/**
 * Which stored events a merge must see: those of the package's judge assignments and every sign-off (a mark's
 * value, version and submit lock come from its own assignment's events; only a sign-off locks other marks), or
 * everything when the package itself carries a sign-off. Reading just these keeps an import from re-reading the
 * whole competition.
 */
export function mergeScopeOf(incoming: readonly MarkEvent[]): { readonly assignmentIds: readonly string[]; readonly everything: boolean } {
  return { assignmentIds: [...new Set(incoming.map((e) => e.assignmentId))], everything: incoming.some((e) => e.type === 'sign_off') };
}

/**
 * `stored`: the master's events in the merge's scope (mergeScopeOf), or every event of the competition;
 * `incoming`: the verified package's events; `incomingMarks`: the marks they give, when already known.
 */
export function planScoreMerge(
  stored: readonly MarkEvent[],
  incoming: readonly MarkEvent[],
  incomingMarks: readonly Mark[] = replayMarkEvents(incoming).marks,
): ScoreMergeResult {
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
  const beforeMarks = stored.length > 0 ? replayMarkEvents(stored).marks : [];
  const before = indexMarks(beforeMarks);
  // Into an empty master the whole package is new: its marks are the view after.
  const after =
    stored.length === 0 && newEvents.length === incoming.length ? incomingMarks : newEvents.length > 0 ? replayMarkEvents([...stored, ...newEvents]).marks : beforeMarks;
  const afterById = indexMarks(after);
  let newMarks = 0;
  let unchangedMarks = 0;
  let conflictMarks = 0;
  for (const mark of incomingMarks) {
    if (sameMark(before.get(mark.id), mark)) unchangedMarks++;
    else if (afterById.get(mark.id)?.eventId === mark.eventId) newMarks++;
    else conflictMarks++;
  }
  const marksToPut = after.filter((mark) => {
    const was = before.get(mark.id);
    return !was || was.eventId !== mark.eventId || was.version !== mark.version || was.lockedAt !== mark.lockedAt;
  });
  const markIdsToDelete = beforeMarks.filter((mark) => !afterById.has(mark.id)).map((mark) => mark.id);
  return {
    ok: true,
    plan: { newEvents, marksAfter: after, marksToPut, markIdsToDelete, report: { newMarks, unchangedMarks, conflictMarks, newEvents: newEvents.length } },
  };
}

function indexMarks(marks: readonly Mark[]): Map<string, Mark> {
  return new Map(marks.map((m) => [m.id, m]));
}

function sameMark(a: Mark | undefined, b: Mark): boolean {
  return a !== undefined && a.eventId === b.eventId && canonicalJson(a.value) === canonicalJson(b.value);
}

