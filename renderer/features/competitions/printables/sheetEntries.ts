/**
 * What the printables may know about an entry: running order, station and status. Nothing naming the entrant
 * (members, department, team name, coaches) reaches those pages, not even as hidden data; anonymous codes are
 * not on entries at all (they are sealed, see buildScoreSheets for how sealed modules get them).
 */
import type { Entry } from '../../../../shared/domain';

export type SheetEntry = Readonly<Pick<Entry, 'drawOrder' | 'station' | 'status'>>;

export function toSheetEntry({ drawOrder, station, status }: Entry): SheetEntry {
  return { drawOrder, station, status };
}

/** Entrants who sit the competition: registered or checked in (absent, withdrawn and disqualified do not). */
export function takesPart(entry: Pick<Entry, 'status'>): boolean {
  return entry.status === 'registered' || entry.status === 'checked_in';
}

export function byOrder(a: SheetEntry, b: SheetEntry): number {
  return (a.drawOrder ?? Number.MAX_SAFE_INTEGER) - (b.drawOrder ?? Number.MAX_SAFE_INTEGER);
}
