/**
 * The draw (抽签): running order, station (工位) and anonymous code (加密号) for every active entry, derived only
 * from the recorded seed and the set of entries, so anyone can re-run it and get the same result (verifyDraw).
 *
 * Algorithm `jx-draw-1` (frozen; see seededRandom.ts):
 * 1. Entries taking part are those registered or checked in, sorted by id (UTF-16 code unit order), so the
 *    order in which they are passed in does not matter.
 * 2. Running order: a Fisher–Yates shuffle driven by the generator seeded with `${seed}|order`; position i gets
 *    drawOrder i + 1. With S stations, entrants run in sessions (场次) of S: station = (drawOrder − 1) mod S + 1,
 *    session = ⌊(drawOrder − 1) / S⌋ + 1.
 * 3. Anonymous codes come from a separate generator seeded with `${seed}|code`, so they say nothing about the
 *    order: the prefix letter is drawn first (A–Z without I and O; a given prefix replaces it), then distinct
 *    numbers are drawn from 100–999 (1000–9999 above 900 entrants, and so on) for the entries in id order.
 */
import type { Entry, EntryStatus } from '../../domain';
import { createSeededRandom, shuffled, type SeededRandom } from './seededRandom';

export const DRAW_ALGORITHM = 'jx-draw-1';
/** Statuses that take part in the draw. */
export const DRAWN_STATUSES: readonly EntryStatus[] = ['registered', 'checked_in'];
/** Letters an anonymous code may start with (no I or O, which read as 1 and 0). */
export const CODE_PREFIX_LETTERS = 'ABCDEFGHJKLMNPQRSTUVWXYZ';

export interface DrawInput {
  /** The recorded seed (createDrawSeed). */
  seed: string;
  entries: readonly Pick<Entry, 'id' | 'status'>[];
  /** Number of stations (工位); 0 or absent when the competition has none. */
  stations?: number;
  /** Fixed prefix letter for the codes; by default it is drawn from the seed. */
  codePrefix?: string;
}

export interface DrawAssignment {
  entryId: string;
  /** Running order from 1. */
  drawOrder: number;
  /** Station from 1, when there are stations. */
  station?: number;
  /** Session (场次) from 1, when there are stations. */
  session?: number;
  /** Anonymous code, e.g. "K407". */
  anonCode: string;
}

export interface DrawResult {
  algorithm: typeof DRAW_ALGORITHM;
  seed: string;
  stations: number;
  codePrefix: string;
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
  return { ...drawParticipants(input.seed, participants, input.stations ?? 0, input.codePrefix), excluded };
}

/** The draw over a given set of entry ids, whatever their status now (verifyDraw re-runs a past draw this way). */
export function drawParticipants(
  seed: string,
  entryIds: readonly string[],
  stations: number,
  codePrefix?: string,
): Omit<DrawResult, 'excluded'> {
  if (!Number.isInteger(stations) || stations < 0) {
    throw new RangeError(`stations must be a whole number ≥ 0: ${stations}`);
  }
  if (new Set(entryIds).size !== entryIds.length) throw new RangeError('duplicate entry id in the draw');
  const ids = [...entryIds].sort(compareIds);

  const order = shuffled(ids, createSeededRandom(`${seed}|order`));
  const codeRandom = createSeededRandom(`${seed}|code`);
  // The letter is always drawn, so a fixed prefix leaves the numbers exactly as they would be otherwise.
  const drawnLetter = CODE_PREFIX_LETTERS[codeRandom.nextInt(CODE_PREFIX_LETTERS.length)]!;
  const prefix = codePrefix ?? drawnLetter;
  const numbers = drawCodeNumbers(ids.length, codeRandom);
  const codeOf = new Map(ids.map((id, i) => [id, `${prefix}${numbers[i]}`]));

  const assignments = order.map((entryId, i) => {
    const drawOrder = i + 1;
    const anonCode = codeOf.get(entryId)!;
    if (stations === 0) return { entryId, drawOrder, anonCode };
    const station = ((drawOrder - 1) % stations) + 1;
    const session = Math.floor((drawOrder - 1) / stations) + 1;
    return { entryId, drawOrder, station, session, anonCode };
  });
  return { algorithm: DRAW_ALGORITHM, seed, stations, codePrefix: prefix, assignments };
}

/** `count` distinct numbers of the smallest width ≥ 3 digits that has room for them (a partial shuffle). */
function drawCodeNumbers(count: number, random: SeededRandom): number[] {
  let digits = 3;
  while (9 * 10 ** (digits - 1) < count) digits++;
  const low = 10 ** (digits - 1);
  const size = 9 * low;
  // Sparse Fisher–Yates: only the swapped positions are stored, so 5 digits do not allocate 90,000 numbers.
  const swapped = new Map<number, number>();
  const at = (i: number) => swapped.get(i) ?? i;
  const out: number[] = [];
  for (let i = 0; i < count; i++) {
    const j = i + random.nextInt(size - i);
    const picked = at(j);
    swapped.set(j, at(i));
    out.push(low + picked);
  }
  return out;
}

/** Plain code unit order, the same in every runtime and locale (localeCompare is not). */
export function compareIds(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}
