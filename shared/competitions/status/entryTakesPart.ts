import type { EntryStatus } from '../../domain';

/**
 * Entries that take part: scored by the judges and ranked (DESIGN §3.7). Absent, withdrawn and disqualified
 * entries are listed apart and never ranked. The one place this rule lives.
 */
export const RANKED_ENTRY_STATUSES: ReadonlySet<EntryStatus> = new Set(['registered', 'checked_in']);

export function entryTakesPart(status: EntryStatus): boolean {
  return RANKED_ENTRY_STATUSES.has(status);
}
