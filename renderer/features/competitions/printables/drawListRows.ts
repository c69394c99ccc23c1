/** The draw result as posted at the venue: order, station and anonymous code, in draw order. No names. */
import { byDrawOrder, type SheetEntry } from './sheetEntries';

export interface DrawListRow {
  readonly order: number;
  readonly station?: number;
  readonly code: string;
}

/** Every entry the draw placed, whatever happened to it since: the posted list is the draw as it was made. */
export function drawListRows(entries: readonly SheetEntry[]): DrawListRow[] {
  return entries
    .filter((e): e is SheetEntry & { drawOrder: number; anonCode: string } => e.drawOrder !== undefined && !!e.anonCode)
    .sort(byDrawOrder)
    .map((e) => ({ order: e.drawOrder, ...(e.station === undefined ? {} : { station: e.station }), code: e.anonCode }));
}
