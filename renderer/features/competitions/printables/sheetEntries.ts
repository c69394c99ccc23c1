/**
 * What the printables may know about an entry. Score sheets and the posted draw list show anonymous codes only,
 * so their data is cut down to these fields where it is read: nothing naming the entrant (members, department,
 * team name, coaches) ever reaches those pages, not even as hidden data.
 */
import type { Entry } from '../../../../shared/domain';

export type SheetEntry = Readonly<Pick<Entry, 'anonCode' | 'drawOrder' | 'station' | 'status'>>;

export function toSheetEntry({ anonCode, drawOrder, station, status }: Entry): SheetEntry {
  return { anonCode, drawOrder, station, status };
}

/** Entrants who sit the competition: registered or checked in (absent, withdrawn and disqualified do not). */
export function takesPart(entry: Pick<Entry, 'status'>): boolean {
  return entry.status === 'registered' || entry.status === 'checked_in';
}

/** By anonymous code; never by draw order, which is public and would link codes to entrants. */
export function byCode(a: SheetEntry, b: SheetEntry): number {
  return (a.anonCode ?? '').localeCompare(b.anonCode ?? '', 'en', { numeric: true });
}
