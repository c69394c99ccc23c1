/**
 * The public draw (抽签): running order and station (工位) for every active entry, derived only from the recorded
 * seed and the set of entries, so anyone can re-run it and get the same result (verifyDraw).
 *
 * Algorithm `jx-draw-2` (frozen; see seededRandom.ts):
 * 1. Entries taking part are those registered or checked in, sorted by id (UTF-16 code unit order), so the
 *    order in which they are passed in does not matter.
 * 2. Running order: a Fisher–Yates shuffle driven by the generator seeded with `${seed}|order`; position i gets
 *    drawOrder i + 1. With S stations, entrants run in sessions (场次) of S: station = (drawOrder − 1) mod S + 1,
 *    session = ⌊(drawOrder − 1) / S⌋ + 1.
 * Steps 1–2 are exactly those of `jx-draw-1`, whose third step also drew anonymous codes from the public seed —
 * so anyone who saw the seed could re-derive every code. Codes now come from the encryption officer's secret
 * draw (sealing/drawAnonymousCodes.ts), from crypto-random bytes, and are never derivable from this seed.
 */
import type { Entry, EntryStatus } from '../../domain';
import { createSeededRandom, shuffled } from './seededRandom';

export const DRAW_ALGORITHM = 'jx-draw-2';
/** Algorithms whose order and station verifyDraw can still check (jx-draw-1 drew codes too; they are ignored). */
export const VERIFIABLE_DRAW_ALGORITHMS: readonly string[] = ['jx-draw-1', DRAW_ALGORITHM];
/** Statuses that take part in the draw. */
export const DRAWN_STATUSES: readonly EntryStatus[] = ['registered', 'checked_in'];

export interface DrawInput {
  /** The recorded seed (createDrawSeed). */
  seed: string;
  entries: readonly Pick<Entry, 'id' | 'status'>[];
  /** Number of stations (工位); 0 or absent when the competition has none. */
  stations?: number;
}

export interface DrawAssignment {
  entryId: string;
  /** Running order from 1. */
  drawOrder: number;
  /** Station from 1, when there are stations. */
  station?: number;
  /** Session (场次) from 1, when there are stations. */
  session?: number;
}

export interface DrawResult {
  algorithm: string;
  seed: string;
  stations: number;
  /** One per entry taking part, by drawOrder. */
  assignments: DrawAssignment[];
  /** Entries left out because of their status (absent, withdrawn, disqualified). */
  excluded: { entryId: string; status: EntryStatus }[];
}

export function drawCompetition(input: DrawInput): DrawResult {
  const participants = input.entries
    .filter((e) => DRAWN_STATUSES.includes(e.status))
    .map((e) => e.id);
  const excluded = input.entries
    .filter((e) => !DRAWN_STATUSES.includes(e.status))
    .map((e) => ({ entryId: e.id, status: e.status }))
    .sort((a, b) => compareIds(a.entryId, b.entryId));
  return { ...drawParticipants(input.seed, participants, input.stations ?? 0), excluded };
}

/** The draw over a given set of entry ids, whatever their status now (verifyDraw re-runs a past draw this way). */
export function drawParticipants(seed: string, entryIds: readonly string[], stations: number): Omit<DrawResult, 'excluded'> {
  if (!Number.isInteger(stations) || stations < 0) {
    throw new RangeError(`stations must be a whole number ≥ 0: ${stations}`);
  }
  if (new Set(entryIds).size !== entryIds.length) throw new RangeError('duplicate entry id in the draw');
  const ids = [...entryIds].sort(compareIds);

  const order = shuffled(ids, createSeededRandom(`${seed}|order`));
  const assignments = order.map((entryId, i) => {
    const drawOrder = i + 1;
    if (stations === 0) return { entryId, drawOrder };
    const station = ((drawOrder - 1) % stations) + 1;
    const session = Math.floor((drawOrder - 1) / stations) + 1;
    return { entryId, drawOrder, station, session };
  });
  return { algorithm: DRAW_ALGORITHM, seed, stations, assignments };
}

/** Plain code unit order, the same in every runtime and locale (localeCompare is not). */
export function compareIds(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}
