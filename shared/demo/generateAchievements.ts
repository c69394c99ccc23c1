/**
 * The studios' achievements: 105 registered in the demo year (24 of them utility-model patents) and some from
 * the two years before. The year's annual savings add up to about 1.8 亿 yuan — at least 180,000,000 and below
 * 185,000,000 yuan — spread the way such ledgers are: a handful of large items (in-house repair of modules that
 * used to go back to the manufacturer), a dozen medium ones and many small ones.
 */
import type { Achievement, AchievementKind, Patent, Project, Studio } from '../domain';
import type { Random } from '../util/random';
import { type DemoContext, seq } from './context';
import {
  AWARDS,
  DESIGN_PATENTS,
  INVENTION_PATENTS,
  SOFTWARE_COPYRIGHTS,
  STANDARDS,
  TRADE_INNOVATIONS,
  type TradeTitle,
} from './data/innovationCatalog';
import { addDays, daysBetween, isoDate, maxDate, minDate } from './dates';
import type { DemoOrganisation } from './generateOrganisation';
import { patentNumber } from './patentNumbers';

/** Achievements registered in the demo year, by kind (105 in all). */
export const ACHIEVEMENTS_THIS_YEAR: Readonly<Record<AchievementKind, number>> = {
  utility_model: 24,
  invention_patent: 4,
  design_patent: 1,
  software_copyright: 2,
  paper: 12,
  standard: 2,
  award: 6,
  operating_method: 10,
  five_small: 25,
  rationalisation: 19,
};

/** Achievements of the two previous years, for history (not counted in the year's figures). */
const ACHIEVEMENTS_EARLIER: Readonly<Partial<Record<AchievementKind, number>>> = {
  utility_model: 8,
  invention_patent: 2,
  software_copyright: 1,
  paper: 5,
  standard: 1,
  award: 1,
  operating_method: 2,
  five_small: 6,
  rationalisation: 3,
};

/** The year's total savings lie in [SAVINGS_FLOOR_FEN, SAVINGS_FLOOR_FEN + 4.5 million yuan]. */
const SAVINGS_FLOOR_FEN = 18_000_000_000;

/** Share of each kind that reports savings. */
const SAVINGS_SHARE: Readonly<Record<AchievementKind, number>> = {
  utility_model: 1,
  invention_patent: 0.5,
  design_patent: 0,
  software_copyright: 0.5,
  paper: 0,
  standard: 0,
  award: 1,
  operating_method: 0.8,
  five_small: 0.9,
  rationalisation: 0.8,
};

const EFFICIENCY_GAINS = [
  '单次作业时间缩短约{p}%',
  '故障处理时间缩短约{p}%',
  '检修效率提高约{p}%',
  '同类故障重复发生率下降约{p}%',
  '作业人员由3人减为2人，效率提高约{p}%',
];

interface Draft {
  readonly kind: AchievementKind;
  readonly title: string;
  readonly trade: string;
  readonly year: number;
}

export function generateAchievements(
  ctx: DemoContext,
  org: DemoOrganisation,
  studios: readonly Studio[],
  projects: readonly Project[],
): Achievement[] {
  const rng = ctx.random('achievements');
  const drafts = planTitles(ctx, rng);
  const studiosOfTrade = (trade: string): readonly Studio[] => {
    const own = studios.filter((s) => s.trade === trade);
    return own.length > 0 ? own : studios;
  };
  const rotation = new Map<string, number>();
  const perYear = new Map<number, number>();
  const achievements = drafts.map((draft): Achievement => {
    const n = (perYear.get(draft.year) ?? 0) + 1;
    perYear.set(draft.year, n);
    const candidates = studiosOfTrade(draft.trade);
    const turn = rotation.get(draft.trade) ?? 0;
    rotation.set(draft.trade, turn + 1);
    const studio = candidates[turn % candidates.length] as Studio;
    return buildAchievement(ctx, rng, org, draft, studio, projects, `ach-${draft.year}-${seq(n, 3)}`);
  });
  allocateSavings(
    ctx,
    rng,
    achievements.flatMap((achievement, i) =>
      achievement.year === ctx.year ? [{ achievement, trade: (drafts[i] as Draft).trade }] : [],
    ),
  );
  return achievements;
}

function planTitles(ctx: DemoContext, rng: Random): Draft[] {
  const byKind = new Map<AchievementKind, TradeTitle[]>();
  const add = (kind: AchievementKind, items: readonly TradeTitle[]): void => {
    byKind.set(kind, [...(byKind.get(kind) ?? []), ...items]);
  };
  for (const [trade, catalogue] of Object.entries(TRADE_INNOVATIONS)) {
    add('utility_model', catalogue.utilityModels.map((title) => ({ title, trade })));
    add('five_small', catalogue.fiveSmall.map((title) => ({ title, trade })));
    add('rationalisation', catalogue.rationalisations.map((title) => ({ title, trade })));
    add('paper', catalogue.papers.map((title) => ({ title, trade })));
    add('operating_method', [{ title: catalogue.operatingMethod, trade }]);
  }
  add('invention_patent', INVENTION_PATENTS);
  add('design_patent', DESIGN_PATENTS);
  add('software_copyright', SOFTWARE_COPYRIGHTS);
  add('standard', STANDARDS);
  add('award', AWARDS);

  const drafts: Draft[] = [];
  for (const [kind, count] of Object.entries(ACHIEVEMENTS_THIS_YEAR) as [AchievementKind, number][]) {
    const titles = rng.shuffle(byKind.get(kind) ?? []);
    const earlier = ACHIEVEMENTS_EARLIER[kind] ?? 0;
    if (titles.length < count) throw new Error(`demo: only ${titles.length} titles for ${count} ${kind}`);
    titles.slice(0, count).forEach(({ title, trade }) => drafts.push({ kind, title, trade, year: ctx.year }));
    titles
      .slice(count, count + earlier)
      .forEach(({ title, trade }, i) => drafts.push({ kind, title, trade, year: ctx.year - 1 - (i % 2) }));
  }
  // Ids are numbered per year.
  return drafts.sort((a, b) => a.year - b.year);
}

function buildAchievement(
  ctx: DemoContext,
  rng: Random,
  org: DemoOrganisation,
  draft: Draft,
  studio: Studio,
  projects: readonly Project[],
  id: string,
): Achievement {
  const thisYear = draft.year === ctx.year;
  const lastDay = thisYear ? addDays(ctx.today, -3) : isoDate(draft.year, 12, 28);
  let date = addDays(isoDate(draft.year, 1, 10), rng.int(0, Math.max(0, daysBetween(isoDate(draft.year, 1, 10), lastDay))));
  // Results come from projects that reached trial or later; link one when the studio has it in time.
  const ripe = projects.filter(
    (p) => p.studioId === studio.id && ['trial', 'completed', 'rolled_out'].includes(p.stage) && p.startDate < date,
  );
  const project = draft.kind !== 'rationalisation' && draft.kind !== 'paper' && ripe.length > 0 && rng.chance(0.75) ? rng.pick(ripe) : undefined;
  if (project) date = minDate(maxDate(date, addDays(project.startDate, 60)), lastDay);
  const team = project ? project.memberIds : [studio.leadId, ...studio.memberIds];
  const ownerIds = [team[0] ?? studio.leadId, ...rng.sample(team.slice(1), rng.int(0, 2))];
  const firstOwner = org.personById.get(ownerIds[0] as string);
  const patent = patentFor(rng, draft.kind, date, lastDay);
  const trade = TRADE_INNOVATIONS[draft.trade];

  return {
    id,
    version: 1,
    updatedAt: ctx.at(date, '15:00'),
    title: draft.title.replace('{name}', firstOwner?.name ?? ''),
    kind: draft.kind,
    studioId: studio.id,
    ...(project ? { projectId: project.id } : {}),
    ownerIds,
    year: draft.year,
    date,
    ...(patent ? { patent } : {}),
    annualSavingsFen: thisYear ? 0 : earlierSavings(rng, draft.kind),
    savingsBasis: '',
    efficiencyGain:
      draft.kind === 'paper' || draft.kind === 'standard' || draft.kind === 'design_patent'
        ? ''
        : rng.pick(EFFICIENCY_GAINS).replace('{p}', String(rng.int(10, 45))),
    rolledOutTo: project?.stage === 'rolled_out' || draft.kind === 'award' ? rng.sample(trade?.rollOutTargets ?? [], rng.int(1, 3)) : [],
  };
}

function patentFor(rng: Random, kind: AchievementKind, registered: string, lastDay: string): Patent | undefined {
  const type = kind === 'utility_model' ? 'utility_model' : kind === 'invention_patent' ? 'invention' : kind === 'design_patent' ? 'design' : undefined;
  if (!type) return undefined;
  const filedOn = addDays(registered, -rng.int(20, 320));
  const filedYear = Number(filedOn.slice(0, 4));
  // Utility models and designs are granted in six to ten months; inventions take years (still applied).
  const grantedOn = type === 'invention' ? undefined : addDays(filedOn, rng.int(180, 300));
  const granted = grantedOn !== undefined && grantedOn <= lastDay;
  return {
    number: patentNumber(filedYear, type, rng.int(0, 9_999_999), granted),
    filedOn,
    ...(granted ? { grantedOn } : {}),
    status: granted ? 'granted' : 'applied',
    // Annual fee of the first years (600 yuan), shown by the fee reminder.
    ...(granted ? { annualFeeFen: 60_000 } : {}),
  };
}

function earlierSavings(rng: Random, kind: AchievementKind): number {
  return rng.chance(SAVINGS_SHARE[kind]) ? rng.int(5, 300) * 1_000_000 : 0;
}

/**
 * Maintenance trades save money mainly by repairing in house what used to go back to the manufacturer; their
 * patents and awarded results carry the large savings. Operating trades (drivers, stations, dispatch) save
 * through fewer delays and working hours: modest sums.
 */
const MAINTENANCE_TRADES: ReadonlySet<string> = new Set([
  '电客车检修工',
  '车辆电工',
  '信号工',
  '通信工',
  '变电检修工',
  '接触网工',
  '线路工',
  '机电设备检修工',
  '自动售检票设备检修工',
  '焊工',
]);

/**
 * Gives the year's achievements their savings: a few large, a dozen medium, many small, scaled so the total is a
 * round figure just over 1.8 亿 yuan, each amount a whole number of hundreds of yuan.
 */
function allocateSavings(ctx: DemoContext, rng: Random, items: readonly { achievement: Achievement; trade: string }[]): void {
  const withSavings = items.filter(({ achievement }) => rng.chance(SAVINGS_SHARE[achievement.kind]));
  const maintenance = (item: { trade: string }): boolean => MAINTENANCE_TRADES.has(item.trade);
  const big = new Set(
    rng
      .shuffle(withSavings.filter((item) => maintenance(item) && ['utility_model', 'invention_patent', 'award'].includes(item.achievement.kind)))
      .slice(0, 5),
  );
  const medium = new Set(rng.shuffle(withSavings.filter((item) => maintenance(item) && !big.has(item))).slice(0, 14));
  const raw = withSavings.map((item) =>
    big.has(item) ? rng.int(12_000_000, 38_000_000) : medium.has(item) ? rng.int(1_200_000, 8_000_000) : rng.int(20_000, 900_000),
  );
  const target = SAVINGS_FLOOR_FEN + rng.int(20, 450) * 1_000_000; // fen
  const rawTotal = raw.reduce((s, x) => s + x, 0);
  // Scale to the target in units of 100 yuan (10,000 fen), then put the rounding remainder on the largest item.
  const amounts = raw.map((x) => Math.max(1, Math.round(((x / rawTotal) * target) / 10_000)) * 10_000);
  const remainder = target - amounts.reduce((s, x) => s + x, 0);
  const largest = amounts.indexOf(Math.max(...amounts));
  amounts[largest] = (amounts[largest] as number) + remainder;
  withSavings.forEach((item, i) => {
    const fen = amounts[i] as number;
    item.achievement.annualSavingsFen = fen;
    item.achievement.savingsBasis = savingsBasis(rng, ctx.year, item.achievement.kind, maintenance(item), fen);
  });
}

function wan(fen: number): string {
  return (fen / 1_000_000).toFixed(2);
}

function savingsBasis(rng: Random, year: number, kind: AchievementKind, maintenance: boolean, fen: number): string {
  if (kind === 'rationalisation') {
    return `建议实施后年减少相关费用约${wan(fen)}万元（计划财务部按${year}年实际发生额核算）。`;
  }
  if (!maintenance || kind === 'operating_method') {
    return `减少故障延误、人工工时和材料消耗，按${year}年实际应用情况折算年创效约${wan(fen)}万元。`;
  }
  const units = fen >= 100_000_000 ? rng.int(12, 60) : rng.int(2, 30);
  return `自主修复（检测）替代委外：年处理约${units}台（件）次，单台（件）次节约委外维修及备件费用约${wan(fen / units)}万元，合计年节约约${wan(fen)}万元；数据经计划财务部核定。`;
}
