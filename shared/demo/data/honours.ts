/**
 * Honours in the demo.
 *
 * `HONOURED_PEOPLE` lists the 25 people who hold a municipal-or-higher 劳动模范 or 五一劳动奖章 — the figure the
 * org dashboard shows as "honoured people". Each row becomes one person of the given trade (the strongest not yet
 * chosen), so the count is exact by construction. Keys let the studio catalogue name its leads.
 *
 * `LESSER_HONOURS` are spread over other people: company-level 劳模, 技术能手, 首席技师 and so on, which the
 * dashboard must not count.
 */
import type { HonourKind, Level } from '../../domain';

export interface HonourSpec {
  readonly kind: HonourKind;
  readonly level: Level;
  /** Years before the demo year (0 = the demo year itself). */
  readonly yearsAgo: number;
}

export interface HonouredPersonSpec {
  readonly key: string;
  readonly trade: string;
  readonly honours: readonly HonourSpec[];
}

const h = (kind: HonourKind, level: Level, yearsAgo: number): HonourSpec => ({ kind, level, yearsAgo });

export const HONOURED_PEOPLE: readonly HonouredPersonSpec[] = [
  // Leads of the four 劳模创新工作室 and of the national 技能大师工作室.
  { key: 'mw-signal', trade: '信号工', honours: [h('model_worker', 'company', 8), h('model_worker', 'municipal', 5)] },
  { key: 'mw-vehicle', trade: '电客车检修工', honours: [h('may_day_medal', 'municipal', 7), h('model_worker', 'municipal', 3)] },
  { key: 'mw-catenary', trade: '接触网工', honours: [h('technical_expert', 'municipal', 6), h('model_worker', 'municipal', 2)] },
  { key: 'mw-driver', trade: '电客车司机', honours: [h('model_worker', 'municipal', 8), h('model_worker', 'provincial', 4)] },
  { key: 'master-power', trade: '变电检修工', honours: [h('chief_technician', 'company', 6), h('may_day_medal', 'national', 3)] },
  // Other holders, spread over the trades.
  { key: 'comm-1', trade: '通信工', honours: [h('may_day_medal', 'municipal', 1)] },
  { key: 'comm-2', trade: '通信工', honours: [h('model_worker', 'municipal', 7)] },
  { key: 'power-1', trade: '变电检修工', honours: [h('model_worker', 'municipal', 6)] },
  { key: 'track-1', trade: '线路工', honours: [h('may_day_medal', 'municipal', 4)] },
  { key: 'dispatch-1', trade: '行车调度员', honours: [h('may_day_medal', 'provincial', 2)] },
  { key: 'dispatch-2', trade: '行车调度员', honours: [h('model_worker', 'municipal', 1)] },
  { key: 'station-1', trade: '车站值班员', honours: [h('model_worker', 'municipal', 0)] },
  { key: 'station-2', trade: '车站值班员', honours: [h('may_day_medal', 'municipal', 8)] },
  { key: 'service-1', trade: '客运值班员', honours: [h('model_worker', 'municipal', 4)] },
  { key: 'mep-1', trade: '机电设备检修工', honours: [h('may_day_medal', 'municipal', 5)] },
  { key: 'afc-1', trade: '自动售检票设备检修工', honours: [h('may_day_medal', 'municipal', 0)] },
  { key: 'driver-1', trade: '电客车司机', honours: [h('may_day_medal', 'municipal', 9)] },
  { key: 'driver-2', trade: '电客车司机', honours: [h('technical_expert', 'company', 15), h('model_worker', 'municipal', 12)] },
  { key: 'signal-1', trade: '信号工', honours: [h('may_day_medal', 'provincial', 1)] },
  { key: 'catenary-1', trade: '接触网工', honours: [h('may_day_medal', 'municipal', 3)] },
  { key: 'vehicle-1', trade: '电客车检修工', honours: [h('may_day_medal', 'municipal', 1)] },
  { key: 'tunnel-1', trade: '桥隧工', honours: [h('may_day_medal', 'municipal', 10)] },
  { key: 'welder-1', trade: '焊工', honours: [h('craftsman', 'municipal', 4), h('may_day_medal', 'municipal', 2)] },
  { key: 'power-dispatch-1', trade: '电力调度员', honours: [h('may_day_medal', 'municipal', 6)] },
  { key: 'engineering-1', trade: '工程车司机', honours: [h('model_worker', 'municipal', 13)] },
];

export interface LesserHonourSpec {
  readonly honour: Omit<HonourSpec, 'yearsAgo'>;
  /** How many people hold it. */
  readonly count: number;
  /** Latest year it was given, in years before the demo year, and how far back it goes. */
  readonly newestYearsAgo: number;
  readonly oldestYearsAgo: number;
}

/** Honours below the dashboard's bar: company-level 劳模 and 五一, and the other kinds at any level. */
export const LESSER_HONOURS: readonly LesserHonourSpec[] = [
  { honour: { kind: 'model_worker', level: 'company' }, count: 48, newestYearsAgo: 0, oldestYearsAgo: 12 },
  { honour: { kind: 'may_day_medal', level: 'company' }, count: 30, newestYearsAgo: 0, oldestYearsAgo: 8 },
  { honour: { kind: 'technical_expert', level: 'municipal' }, count: 22, newestYearsAgo: 0, oldestYearsAgo: 10 },
  { honour: { kind: 'technical_expert', level: 'company' }, count: 70, newestYearsAgo: 1, oldestYearsAgo: 10 },
  { honour: { kind: 'chief_technician', level: 'company' }, count: 14, newestYearsAgo: 0, oldestYearsAgo: 6 },
  { honour: { kind: 'craftsman', level: 'company' }, count: 10, newestYearsAgo: 0, oldestYearsAgo: 4 },
  { honour: { kind: 'youth_post_expert', level: 'company' }, count: 36, newestYearsAgo: 0, oldestYearsAgo: 5 },
  { honour: { kind: 'youth_post_expert', level: 'municipal' }, count: 8, newestYearsAgo: 0, oldestYearsAgo: 5 },
];
