/**
 * The points one judge's mark gives on one item (DESIGN §3.2), exactly. On the 0–3 scale an item gives
 * max × level / 3, which is not a whole number of hundredths; §3.1 rounds only item aggregates and totals, so
 * per-judge points are kept in thirds of a hundredth ("units", 1/300 of a point) and rounded once, when the
 * item's judges are combined (aggregateItem.ts).
 */
import type { Item, MarkValue } from '../domain';
import { divideHalfUp, type Hundredths, pointsToHundredths } from './hundredths';

/** Units per hundredth of a point: per-judge points are integers in 1/300 of a point. */
export const UNITS_PER_HUNDREDTH = 3;

/**
 * A judge's points on an item in units (1/300 point), or undefined when the value does not fit the item's
 * kind (a level on a points item, an unknown band or fault…). Time items give their points here; a tie-break
 * time item gives 0. See `timeItemSeconds` for the time itself.
 */
export function judgeItemUnits(item: Item, value: MarkValue): number | undefined {
  const max = pointsToHundredths(item.max);
  switch (item.kind) {
    case 'judgement':
      if (item.scale === 'levels') return value.kind === 'level' ? max * value.level : undefined;
      return value.kind === 'points' ? clampPoints(pointsToHundredths(value.points), max) : undefined;
    case 'imported':
      return value.kind === 'points' ? clampPoints(pointsToHundredths(value.points), max) : undefined;
    case 'measurement':
      if (item.mode === 'met') return value.kind === 'met' ? (value.met ? max * UNITS_PER_HUNDREDTH : 0) : undefined;
      if (value.kind !== 'band') return undefined;
      {
        const band = item.bands.find((b) => b.id === value.bandId);
        return band ? Math.min(pointsToHundredths(band.points), max) * UNITS_PER_HUNDREDTH : undefined;
      }
    case 'deduction': {
      if (value.kind !== 'faults') return undefined;
      let deducted = 0;
      for (const [faultId, count] of Object.entries(value.faultCounts)) {
        const fault = item.faults.find((f) => f.id === faultId);
        if (!fault) return undefined;
        deducted += pointsToHundredths(fault.points) * count;
      }
      return Math.max(0, max - deducted) * UNITS_PER_HUNDREDTH; // 扣完为止: floor at zero
    }
    case 'time':
      if (value.kind !== 'seconds') return undefined;
      if (item.mode === 'tiebreak') return 0;
      return timePointsHundredths(max, item.limitSeconds, pointsToHundredths(item.overtimePenaltyPerMinute), value.seconds) * UNITS_PER_HUNDREDTH;
  }
}

/** Points outside 0..max cannot be given; a value above max counts as max (the schema already rejects < 0). */
function clampPoints(points: number, max: number): number {
  return Math.min(Math.max(points, 0), max) * UNITS_PER_HUNDREDTH;
}

/**
 * A scored time item: full points within the limit, then the penalty for every started minute over it, floor
 * at zero.
 */
export function timePointsHundredths(max: number, limitSeconds: number, penaltyPerMinute: number, seconds: number): number {
  if (seconds <= limitSeconds) return max;
  const startedMinutes = Math.ceil((seconds - limitSeconds) / 60);
  return Math.max(0, max - startedMinutes * penaltyPerMinute);
}

/**
 * The points a level gives on the 0–3 scale, rounded half-up to hundredths, FOR DISPLAY ONLY (rubric editor,
 * score sheets): scoring keeps the exact max × level / 3 until the item aggregate.
 */
export function levelPointsHundredths(max: Hundredths, level: 0 | 1 | 2 | 3): Hundredths {
  return divideHalfUp(max * level, 3) as Hundredths;
}
