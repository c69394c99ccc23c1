/** Stations (工位) written compactly for tables and sheets: [1, 2, 3, 5] → "1–3, 5". */

/** Sorted, de-duplicated runs of consecutive stations, e.g. [3, 1, 2, 5] → [[1, 3], [5, 5]]. */
export function stationRanges(stations: readonly number[]): [number, number][] {
  const sorted = [...new Set(stations)].sort((a, b) => a - b);
  const ranges: [number, number][] = [];
  for (const station of sorted) {
    const last = ranges.at(-1);
    if (last && station === last[1] + 1) last[1] = station;
    else ranges.push([station, station]);
  }
  return ranges;
}

/** "1–3, 5" with the separator of the UI language; empty for no stations (the caller says "all stations"). */
export function formatStations(stations: readonly number[], separator: string): string {
  return stationRanges(stations)
    .map(([from, to]) => (from === to ? String(from) : to === from + 1 ? `${from}${separator}${to}` : `${from}–${to}`))
    .join(separator);
}
