/**
 * The draw result as posted at the venue (抽签结果公示): order, station and entrant, in draw order. The anonymous
 * codes are not on it: order → code beside this public order → name would unseal the code map.
 */
import type { SheetEntry } from './sheetEntries';

export interface DrawListRow {
  readonly order: number;
  readonly station?: number;
  /** Team name, or the members' names. */
  readonly entrant: string;
}

export type DrawListEntry = Pick<SheetEntry, 'drawOrder' | 'station'> & { readonly entrant: string };

/** Every entry the draw placed, whatever happened to it since: the posted list is the draw as it was made. */
export function drawListRows(entries: readonly DrawListEntry[]): DrawListRow[] {
  return entries
    .filter((e): e is DrawListEntry & { drawOrder: number } => e.drawOrder !== undefined)
    .sort((a, b) => a.drawOrder - b.drawOrder)
    .map((e) => ({ order: e.drawOrder, ...(e.station === undefined ? {} : { station: e.station }), entrant: e.entrant }));
}
