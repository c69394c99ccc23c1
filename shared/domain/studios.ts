/** Studios, their innovation projects, achievements and activities (DESIGN §2 "Studios"). */
import { z } from 'zod';
import {
  fenSchema,
  idSchema,
  isoDateSchema,
  isoDateTimeSchema,
  levelSchema,
  recordMetaSchema,
  yearSchema,
} from './common';

export const STUDIO_KINDS = [
  'model_worker', // 劳模创新工作室
  'staff', // 职工创新工作室
  'skill_master', // 技能大师工作室
  'craftsman', // 工匠创新工作室
] as const;
export const studioKindSchema = z.enum(STUDIO_KINDS);
export type StudioKind = z.infer<typeof studioKindSchema>;

export const studioRatingSchema = z.object({ level: levelSchema, year: yearSchema });
export type StudioRating = z.infer<typeof studioRatingSchema>;

export const studioSchema = recordMetaSchema.extend({
  name: z.string().min(1).max(200),
  kind: studioKindSchema,
  /** Lead (领衔人). */
  leadId: idSchema,
  memberIds: z.array(idSchema).default([]),
  /** Department that hosts the studio. */
  departmentId: idSchema,
  /** Trade the studio works in; the talent pipeline proposes award winners of the same trade. */
  trade: z.string().max(50).default(''),
  focus: z.string().max(2000).default(''),
  foundedYear: yearSchema,
  /** Rating history, e.g. company 2019 then municipal 2022. The highest (latest on ties) is the current one. */
  ratings: z.array(studioRatingSchema).default([]),
  /** Absent on records written before the studios work: read as 'active'. */
  status: z.enum(['active', 'suspended', 'closed']).optional(),
  /** The studio's yearly budget from the innovation fund (专项创新基金), one entry per year. */
  fundBudgets: z.array(z.object({ year: yearSchema, budgetFen: fenSchema })).optional(),
});
export type Studio = z.infer<typeof studioSchema>;

export const PROJECT_STAGES = [
  'proposal', // 申报
  'review', // 评审
  'approved', // 立项
  'in_progress', // 研制
  'trial', // 试用
  'completed', // 成果
  'rolled_out', // 转化推广
  'rejected',
  'on_hold',
] as const;
export const projectStageSchema = z.enum(PROJECT_STAGES);
export type ProjectStage = z.infer<typeof projectStageSchema>;

export const gateDecisionSchema = z.object({
  from: projectStageSchema,
  to: projectStageSchema,
  decision: z.enum(['go', 'kill', 'hold', 'recycle']),
  at: isoDateSchema,
  note: z.string().max(4000).default(''),
  /** Who decided (a name as written, e.g. the review panel's chair); absent on older records. */
  by: z.string().max(100).optional(),
});
export type GateDecision = z.infer<typeof gateDecisionSchema>;

export const milestoneSchema = z.object({
  id: idSchema,
  title: z.string().min(1).max(200),
  due: isoDateSchema,
  doneOn: isoDateSchema.optional(),
});

export const progressNoteSchema = z.object({
  id: idSchema,
  at: isoDateSchema,
  text: z.string().max(8000),
  /** A lesson learned (经验教训) rather than a plain progress note. */
  lesson: z.boolean().default(false),
});

export const fundAllocationSchema = z.object({ id: idSchema, year: yearSchema, amountFen: fenSchema, note: z.string().max(1000).default('') });
export type FundAllocation = z.infer<typeof fundAllocationSchema>;
export const spendingEntrySchema = z.object({ id: idSchema, date: isoDateSchema, amountFen: fenSchema, note: z.string().max(1000).default('') });
export type SpendingEntry = z.infer<typeof spendingEntrySchema>;

/** One criterion of a project review scorecard: `weight` in whole percent, scored 0..`max` whole points. */
export const reviewCriterionSchema = z.object({
  id: idSchema,
  label: z.string().min(1).max(200),
  weight: z.number().int().min(1).max(100),
  max: z.number().int().min(1).max(100),
});
export type ReviewCriterion = z.infer<typeof reviewCriterionSchema>;
export const reviewerScoresSchema = z.object({
  id: idSchema,
  /** The reviewer's name as written (reviewers are often from outside the workspace). */
  name: z.string().min(1).max(50),
  personId: idSchema.optional(),
  /** Whole points per criterion id. */
  scores: z.record(z.string(), z.number().int().min(0).max(100)),
  comment: z.string().max(4000).default(''),
});
export type ReviewerScores = z.infer<typeof reviewerScoresSchema>;
export const reviewScorecardSchema = z.object({
  criteria: z.array(reviewCriterionSchema).min(1),
  /** Lowest total (0..100) that passes. */
  passMark: z.number().int().min(0).max(100),
  minReviewers: z.number().int().min(1).max(20).default(3),
  reviewers: z.array(reviewerScoresSchema).default([]),
});
export type ReviewScorecard = z.infer<typeof reviewScorecardSchema>;

export const projectSchema = recordMetaSchema.extend({
  studioId: idSchema,
  title: z.string().min(1).max(200),
  summary: z.string().max(8000).default(''),
  stage: projectStageSchema,
  gates: z.array(gateDecisionSchema).default([]),
  memberIds: z.array(idSchema).default([]),
  startDate: isoDateSchema,
  /** Budget granted from the innovation fund (专项创新基金) and money spent. */
  budgetFen: fenSchema.default(0),
  spentFen: fenSchema.default(0),
  milestones: z.array(milestoneSchema).default([]),
  notes: z.array(progressNoteSchema).default([]),
  /** The competition a project grew out of (竞赛-工作室联动项目). */
  originCompetitionId: idSchema.optional(),
  /** Planned end, for the timeline. */
  plannedEndDate: isoDateSchema.optional(),
  /**
   * Allocations from the innovation fund by year; `budgetFen` is their sum. Older records have only
   * `budgetFen` (read as one allocation in the start year, see shared/studios/fundLedger.ts).
   */
  allocations: z.array(fundAllocationSchema).optional(),
  /** Spending entries; `spentFen` is their sum. Older records have only `spentFen`. */
  spending: z.array(spendingEntrySchema).optional(),
  /** The review scorecard used at the 评审 gate. */
  review: reviewScorecardSchema.optional(),
});
export type Project = z.infer<typeof projectSchema>;

export const ACHIEVEMENT_KINDS = [
  'invention_patent', // 发明专利
  'utility_model', // 实用新型专利
  'design_patent', // 外观设计专利
  'software_copyright', // 软件著作权
  'paper', // 论文
  'standard', // 标准
  'award', // 获奖成果
  'operating_method', // 先进操作法
  'five_small', // 五小成果
  'rationalisation', // 合理化建议
] as const;
export const achievementKindSchema = z.enum(ACHIEVEMENT_KINDS);
export type AchievementKind = z.infer<typeof achievementKindSchema>;

export const patentSchema = z.object({
  number: z.string().max(50).optional(),
  filedOn: isoDateSchema,
  grantedOn: isoDateSchema.optional(),
  status: z.enum(['applied', 'granted', 'lapsed']),
  /** Annual fee paid, for the fee reminder. */
  annualFeeFen: fenSchema.optional(),
  /** Last year of the term whose annual fee is paid (1 = the first year from filing). */
  feesPaidThroughYear: z.number().int().min(0).max(20).optional(),
});
export type Patent = z.infer<typeof patentSchema>;

export const achievementSchema = recordMetaSchema.extend({
  title: z.string().min(1).max(200),
  kind: achievementKindSchema,
  studioId: idSchema.optional(),
  projectId: idSchema.optional(),
  ownerIds: z.array(idSchema).default([]),
  /** Year the achievement was registered. */
  year: yearSchema,
  date: isoDateSchema,
  patent: patentSchema.optional(),
  /** Annual economic benefit (年节约/创效) with its basis and evidence. */
  annualSavingsFen: fenSchema.default(0),
  savingsBasis: z.string().max(4000).default(''),
  efficiencyGain: z.string().max(1000).default(''),
  /** Where it has been rolled out (推广应用). */
  rolledOutTo: z.array(z.string().max(200)).default([]),
  /** Contribution share per owner in whole percent, in the same order as `ownerIds` (ranked, largest first). */
  contributionShares: z.array(z.number().int().min(0).max(100)).optional(),
});
export type Achievement = z.infer<typeof achievementSchema>;

/** A deletion kept so a data package can carry it to other copies (DESIGN §4). */
export const tombstoneSchema = z.object({
  /** `${table}:${recordId}` */
  id: z.string().min(3).max(200),
  table: z.string().min(1).max(50),
  recordId: idSchema,
  /** The version the record had when it was deleted. */
  version: z.number().int().min(1),
  deletedAt: isoDateTimeSchema,
});
export type Tombstone = z.infer<typeof tombstoneSchema>;

export const ACTIVITY_KINDS = ['training', 'exchange', 'workshop', 'competition_coaching', 'mentoring'] as const;
export const activityKindSchema = z.enum(ACTIVITY_KINDS);

export const activitySchema = recordMetaSchema.extend({
  studioId: idSchema,
  kind: activityKindSchema,
  title: z.string().min(1).max(200),
  date: isoDateSchema,
  attendeeIds: z.array(idSchema).default([]),
  hours: z.number().min(0).max(1000),
  /** For competition coaching: the competition prepared for. */
  competitionId: idSchema.optional(),
});
export type Activity = z.infer<typeof activitySchema>;

export const INCENTIVE_KINDS = ['bonus', 'promotion_recommendation', 'title'] as const;
export const INCENTIVE_STATUSES = ['pending', 'approved', 'rejected'] as const;
export const INCENTIVE_SOURCE_KINDS = ['competition', 'project', 'collaboration'] as const;

/** A reward in the incentives ledger, from a competition award, a project or cross-department collaboration. */
export const incentiveSchema = recordMetaSchema.extend({
  personId: idSchema,
  kind: z.enum(INCENTIVE_KINDS),
  year: yearSchema,
  amountFen: fenSchema.default(0),
  description: z.string().max(1000).default(''),
  sourceKind: z.enum(INCENTIVE_SOURCE_KINDS),
  sourceId: idSchema,
  grantedAt: isoDateTimeSchema.optional(),
  /**
   * Approval in the incentives ledger. Absent on rewards written before the ledger had approval (the demo's,
   * those given on publishing results): they were granted by their rule and read as 'approved'.
   */
  status: z.enum(INCENTIVE_STATUSES).optional(),
  /** Who approved or rejected the reward, and when (set with the decision). */
  decidedBy: z.string().max(100).optional(),
  decidedAt: isoDateTimeSchema.optional(),
  decisionNote: z.string().max(500).optional(),
});
export type Incentive = z.infer<typeof incentiveSchema>;
export type IncentiveStatus = (typeof INCENTIVE_STATUSES)[number];
