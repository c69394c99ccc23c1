/**
 * The public draw as the tab handles it: when it may be run, the placements a draw result writes, the recorded
 * draw rebuilt from the entries (what verifyDraw checks against the seed), and the public result rows. Anonymous
 * codes are not part of it (the encryption officer's secret draw, sealed apart).
 *
 * Only the seed is stored on the competition; the rest of a draw lives on its entries. The station count is read
 * back from them when the competition does not record it: with S stations and N drawn entrants the largest station is min(S, N),
 * and re-running with min(S, N) stations gives every entrant the same station, so nothing is lost.
 */
import { DRAW_ALGORITHM, type DrawResult } from '../../../../shared/competitions/draw/drawCompetition';
import type { CompetitionStatus, Entry } from '../../../../shared/domain';
import type { DrawPlacement } from '../../../db/repositories/competitionsRepository';

export type DrawPermission =
  | { ok: true; redraw: boolean }
  | { ok: false; reason: 'registration_not_open' | 'no_active_entries' | 'locked' };

/**
 * The draw is run during registration, with at least one entrant taking part, and may be run again (after a
 * confirmation, since it replaces the codes) until scoring starts; from then on it is locked.
 */
export function drawPermission(status: CompetitionStatus, activeEntries: number, hasDraw: boolean): DrawPermission {
  switch (status) {
    case 'draft':
      return { ok: false, reason: 'registration_not_open' };
    case 'registration':
    case 'drawn':
      return activeEntries > 0 ? { ok: true, redraw: hasDraw } : { ok: false, reason: 'no_active_entries' };
    default:
      return { ok: false, reason: 'locked' };
  }
}

export function placementsOf(result: Pick<DrawResult, 'assignments'>): DrawPlacement[] {
  return result.assignments.map(({ entryId, drawOrder, station }) => ({
    entryId,
    drawOrder,
    ...(station === undefined ? {} : { station }),
  }));
}

type DrawnFields = Pick<Entry, 'id' | 'drawOrder' | 'station'>;

function isDrawn<T extends DrawnFields>(entry: T): entry is T & { drawOrder: number } {
  return entry.drawOrder !== undefined;
}

/** Stations used by a recorded draw (0 when it had none). */
export function recordedStations(entries: readonly DrawnFields[]): number {
  return entries.reduce((max, e) => Math.max(max, e.station ?? 0), 0);
}

/** The draw recorded on the entries, in the shape verifyDraw compares with a fresh run from the seed. */
export function recordedDraw(
  seed: string,
  entries: readonly DrawnFields[],
  /** The draw settings stored on the competition; older draws without them are inferred from the entries. */
  stored: { readonly stations?: number | undefined } = {},
): Pick<DrawResult, 'algorithm' | 'seed' | 'stations' | 'assignments'> {
  const drawn = entries.filter(isDrawn).sort((a, b) => a.drawOrder - b.drawOrder);
  return {
    algorithm: DRAW_ALGORITHM,
    seed,
    stations: stored.stations ?? recordedStations(drawn),
    assignments: drawn.map((e) => ({
      entryId: e.id,
      drawOrder: e.drawOrder,
      ...(e.station === undefined ? {} : { station: e.station }),
    })),
  };
}

export interface DrawTableRow {
  readonly entryId: string;
  readonly drawOrder: number;
  readonly station?: number;
  /** 场次: the group of entrants who compete at the same time, one per station. */
  readonly session?: number;
}

/** The public draw result: order, session and station of every drawn entry. */
export function drawTableRows(entries: readonly DrawnFields[]): DrawTableRow[] {
  const stations = recordedStations(entries);
  return entries
    .filter(isDrawn)
    .sort((a, b) => a.drawOrder - b.drawOrder)
    .map((e) => ({
      entryId: e.id,
      drawOrder: e.drawOrder,
      ...(e.station === undefined ? {} : { station: e.station }),
      ...(stations > 0 ? { session: Math.floor((e.drawOrder - 1) / stations) + 1 } : {}),
    }));
}

/** Stations offered for a new draw: the last draw's, else one per entrant up to 8. */
export function suggestedStations(entries: readonly (DrawnFields & Pick<Entry, 'status'>)[]): number {
  const recorded = recordedStations(entries);
  if (recorded > 0) return recorded;
  const active = entries.filter((e) => e.status === 'registered' || e.status === 'checked_in').length;
  return Math.min(8, active);
}
