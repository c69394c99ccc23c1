/**
 * The demo year's 83 competitions: schedule, status as seen from `now`, rubric and prize money.
 *
 * Status follows the calendar: results are published a few days after a competition ends; those that ended in
 * the last week are in review, those under way are being scored, and the ones still ahead are drawn,
 * open for registration or drafts, depending on how far ahead they are.
 */
import type { Competition, CompetitionStatus, Level } from '../domain';
import { DRAW_SEED_MIN_BYTES, createDrawSeed } from '../competitions/draw/createDrawSeed';
import { type DemoContext, seq, compareText } from './context';
import { COMPETITION_SPECS, type CompetitionSpec } from './data/competitionCatalog';
import { addDays, daysBetween, daysInMonth, isoDate, nextWorkday } from './dates';
import type { DemoOrganisation } from './generateOrganisation';
import { buildRubric } from './rubricShapes';

export interface DemoCompetition {
  readonly record: Competition;
  readonly spec: CompetitionSpec;
  /** Date the results are published, for published competitions. */
  readonly publishedOn?: string;
}

/** Grassroots competitions cluster in spring and autumn (竞赛月); few in January, February and December. */
const MONTH_WEIGHTS = [2, 1, 6, 9, 10, 9, 5, 4, 9, 8, 9, 3];

/** Prize money per award (fen), by level. National and provincial prizes are the group's own matching bonus. */
const PRIZE_FEN: Readonly<Record<Level, Competition['prizeFen']>> = {
  national: { first: 2_000_000, second: 1_000_000, third: 500_000 },
  provincial: { first: 1_000_000, second: 600_000, third: 300_000 },
  municipal: { first: 600_000, second: 400_000, third: 200_000 },
  company: { first: 300_000, second: 200_000, third: 100_000 },
  grassroots: { first: 100_000, second: 60_000, third: 30_000 },
};

const LEVEL_ORDER: readonly Level[] = ['national', 'provincial', 'municipal', 'company', 'grassroots'];

export function statusOn(startDate: string, endDate: string, today: string): CompetitionStatus {
  const sinceEnd = daysBetween(endDate, today);
  if (sinceEnd >= 7) return 'published';
  if (sinceEnd >= 3) return 'review';
  if (startDate <= today) return 'scoring';
  const untilStart = daysBetween(today, startDate);
  if (untilStart <= 4) return 'drawn';
  if (untilStart <= 9) return 'registration';
  return 'draft';
}

export function generateCompetitions(ctx: DemoContext, org: DemoOrganisation): DemoCompetition[] {
  const rng = ctx.random('competitions');
  const months = MONTH_WEIGHTS.map((_, i) => i + 1);

  const scheduled = COMPETITION_SPECS.map((spec) => {
    let startDate: string;
    if (spec.fixed) {
      startDate = `${ctx.year}-${spec.fixed}`;
    } else {
      const month = spec.month ?? rng.weightedPick(months, MONTH_WEIGHTS);
      // Random dates stay clear of the late-December slots kept for the competitions still under way.
      const lastDay = month === 12 ? 5 : daysInMonth(ctx.year, month);
      startDate = nextWorkday(isoDate(ctx.year, month, rng.int(1, lastDay)));
    }
    // Every competition draws its seed (stored only once it is drawn), so the random stream, and with it every
    // other record, stays the same whatever `now` is.
    const drawSeed = createDrawSeed(Uint8Array.from({ length: DRAW_SEED_MIN_BYTES }, () => rng.int(0, 255)));
    return { spec, startDate, endDate: addDays(startDate, spec.days - 1), drawSeed };
  });

  scheduled.sort(
    (a, b) =>
      compareText(a.startDate, b.startDate) ||
      LEVEL_ORDER.indexOf(a.spec.level) - LEVEL_ORDER.indexOf(b.spec.level) ||
      compareText(a.spec.name, b.spec.name),
  );

  return scheduled.map(({ spec, startDate, endDate, drawSeed }, index): DemoCompetition => {
    const id = `comp-${ctx.year}-${seq(index + 1, 3)}`;
    const status = statusOn(startDate, endDate, ctx.today);
    const drawn = status !== 'draft' && status !== 'registration';
    const publishedOn = status === 'published' ? addDays(endDate, 5) : undefined;
    const organiserDepartmentId = spec.organiserCode ? org.departmentByCode.get(spec.organiserCode)?.id : undefined;
    const lastChange =
      publishedOn ??
      (status === 'review' ? addDays(endDate, 1) : drawn ? addDays(startDate, -2) : addDays(startDate, -20));
    const record: Competition = {
      id,
      version: 1,
      updatedAt: ctx.at(lastChange, status === 'published' ? '16:00' : '10:00'),
      name: spec.name.replace('{year}', String(ctx.year)),
      year: ctx.year,
      level: spec.level,
      trade: spec.trade,
      startDate,
      endDate,
      venue: spec.venue,
      organiser: spec.organiser,
      ...(organiserDepartmentId ? { organiserDepartmentId } : {}),
      status,
      teamBased: spec.teamBased ?? false,
      rubric: buildRubric(spec.shape, id, spec.trade),
      ...(drawn ? { drawSeed, drawnAt: ctx.at(addDays(startDate, -2), '15:00') } : {}),
      prizeFen: PRIZE_FEN[spec.level],
    };
    return { record, spec, ...(publishedOn ? { publishedOn } : {}) };
  });
}
