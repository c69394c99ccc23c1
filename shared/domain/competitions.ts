/**
 * Competitions: the rubric (parts → modules → items), entries, judges, marks and their event log, appeals and
 * publications (DESIGN §2 "Competitions", scoring rules in §3).
 *
 * Points in a rubric are decimal numbers with at most two decimals (validated by `pointsSchema`); the scoring
 * engine converts them to scaled integers before any arithmetic (DESIGN §3.1).
 */
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

/** A non-negative number of points with at most two decimals. */
export const pointsSchema = z
  .number()
  .min(0)
  .max(100000)
  .refine((n) => Math.abs(n * 100 - Math.round(n * 100)) < 1e-6, 'at most two decimals');

export const COMPETITION_STATUSES = [
  'draft',
  'registration',
  'drawn',
  'scoring',
  'review',
  'published',
  'archived',
] as const;
export const competitionStatusSchema = z.enum(COMPETITION_STATUSES);
export type CompetitionStatus = z.infer<typeof competitionStatusSchema>;

// ---- items -------------------------------------------------------------------------------------------------

const itemBase = {
  id: idSchema,
  name: z.string().min(1).max(200),
  /** Maximum points of the item. */
  max: pointsSchema,
  /** Guidance shown to judges under the item name. */
  description: z.string().max(2000).optional(),
};

/** Subjective item scored by several judges, on the 0–3 scale (one descriptor per level) or in points. */
export const judgementItemSchema = z.discriminatedUnion('scale', [
  z.object({
    ...itemBase,
    kind: z.literal('judgement'),
    scale: z.literal('levels'),
    /** Descriptors for levels 0, 1, 2 and 3. */
    descriptors: z.tuple([z.string(), z.string(), z.string(), z.string()]),
  }),
  z.object({ ...itemBase, kind: z.literal('judgement'), scale: z.literal('points') }),
]);

export const measurementBandSchema = z.object({
  id: idSchema,
  label: z.string().min(1).max(200),
  points: pointsSchema,
});
export type MeasurementBand = z.infer<typeof measurementBandSchema>;

/** Objective item decided once by consensus: met / not met, or the band the measured value falls in. */
export const measurementItemSchema = z.object({
  ...itemBase,
  kind: z.literal('measurement'),
  mode: z.enum(['met', 'bands']),
  /** For `bands`: the bands to choose from; for `met`, empty (met gives max, not met gives 0). */
  bands: z.array(measurementBandSchema).default([]),
});

export const faultSchema = z.object({
  id: idSchema,
  label: z.string().min(1).max(200),
  /** Points deducted each time the fault is recorded. */
  points: pointsSchema,
});
export type Fault = z.infer<typeof faultSchema>;

/** Deduction item: starts at max, listed faults subtract, floor at zero (扣完为止). */
export const deductionItemSchema = z.object({
  ...itemBase,
  kind: z.literal('deduction'),
  faults: z.array(faultSchema).min(1),
});

/** Time taken. `scored`: full points within the limit, bands after it; `tiebreak`: no points, used to break ties. */
export const timeItemSchema = z.object({
  ...itemBase,
  kind: z.literal('time'),
  mode: z.enum(['scored', 'tiebreak']),
  /** Time limit in seconds (完成时限). */
  limitSeconds: z.number().int().positive(),
  /** Points lost per started minute over the limit, for `scored`. */
  overtimePenaltyPerMinute: pointsSchema.default(0),
});

/** Score imported from another system, e.g. a theory exam. */
export const importedItemSchema = z.object({
  ...itemBase,
  kind: z.literal('imported'),
  source: z.string().max(200).optional(),
});

export const itemSchema = z.union([
  judgementItemSchema,
  measurementItemSchema,
  deductionItemSchema,
  timeItemSchema,
  importedItemSchema,
]);
export type Item = z.infer<typeof itemSchema>;
export type ItemKind = Item['kind'];
export const ITEM_KINDS: readonly ItemKind[] = ['judgement', 'measurement', 'deduction', 'time', 'imported'];

// ---- modules and parts -------------------------------------------------------------------------------------

export const AGGREGATIONS = ['mean', 'median', 'trimmed'] as const;
export const aggregationSchema = z.enum(AGGREGATIONS);
export type Aggregation = z.infer<typeof aggregationSchema>;

/** What a safety veto (安全一票否决) does to the entrant. */
export const SAFETY_VETO_EFFECTS = ['none', 'zero_module', 'disqualify'] as const;
export const safetyVetoSchema = z.enum(SAFETY_VETO_EFFECTS);
export type SafetyVetoEffect = z.infer<typeof safetyVetoSchema>;

/**
 * How a module's judges see the entrant (二次加密, DESIGN §4): `live` — they watch the entrant work at a station
 * and need station and running order; `sealed` — they score something handed in (work pieces, written answers)
 * and see only the anonymous code from the encryption officer's secret draw.
 */
export const JUDGING_MODES = ['live', 'sealed'] as const;
export const judgingModeSchema = z.enum(JUDGING_MODES);
export type JudgingMode = z.infer<typeof judgingModeSchema>;

export const moduleSchema = z.object({
  id: idSchema,
  name: z.string().min(1).max(200),
  max: pointsSchema,
  judging: judgingModeSchema.default('live'),
  aggregation: aggregationSchema.default('mean'),
  /** `trimmed` applies only when at least this many judges scored the item (DESIGN §3.3). */
  minJudgesToTrim: z.number().int().min(3).default(5),
  safetyVeto: safetyVetoSchema.default('none'),
  /** Spread on a points item above this share of its maximum is flagged (DESIGN §3.8). */
  disagreementShare: z.number().min(0).max(1).default(0.3),
  items: z.array(itemSchema),
});
export type Module = z.infer<typeof moduleSchema>;

export const partSchema = z.object({
  id: idSchema,
  name: z.string().min(1).max(100),
  /** Weight in whole percent; the weights of a competition's parts sum to 100. */
  weightPercent: z.number().int().min(0).max(100),
  /** Practical parts are preferred by the default tie-break. */
  practical: z.boolean().default(false),
  modules: z.array(moduleSchema),
});
export type Part = z.infer<typeof partSchema>;

// ---- tie-break and awards ------------------------------------------------------------------------------------

export const tieBreakRuleSchema = z.discriminatedUnion('kind', [
  /** Higher score in the part (default: the practical part). */
  z.object({ kind: z.literal('part_score'), partId: idSchema }),
  /** Shorter total time over all time items. */
  z.object({ kind: z.literal('total_time') }),
  /** Higher score in a given module. */
  z.object({ kind: z.literal('module_score'), moduleId: idSchema }),
]);
export type TieBreakRule = z.infer<typeof tieBreakRuleSchema>;

export const AWARD_KEYS = ['first', 'second', 'third'] as const;
export const awardKeySchema = z.enum(AWARD_KEYS);
export type AwardKey = z.infer<typeof awardKeySchema>;

export const awardRuleSchema = z.discriminatedUnion('mode', [
  /** Shares of ranked entrants, e.g. 10 / 20 / 30 %, counts rounded down by default. */
  z.object({
    mode: z.literal('ratio'),
    percents: z.tuple([z.number().min(0).max(100), z.number().min(0).max(100), z.number().min(0).max(100)]),
    rounding: z.enum(['down', 'nearest', 'up']).default('down'),
    minTotal: pointsSchema.optional(),
  }),
  z.object({
    mode: z.literal('count'),
    counts: z.tuple([z.number().int().min(0), z.number().int().min(0), z.number().int().min(0)]),
    minTotal: pointsSchema.optional(),
  }),
  /** Totals at or above each threshold. */
  z.object({
    mode: z.literal('threshold'),
    thresholds: z.tuple([pointsSchema, pointsSchema, pointsSchema]),
    minTotal: pointsSchema.optional(),
  }),
]);
export type AwardRule = z.infer<typeof awardRuleSchema>;

export const rubricSchema = z.object({
  parts: z.array(partSchema),
  tieBreak: z.array(tieBreakRuleSchema).default([]),
  awardRule: awardRuleSchema.default({ mode: 'ratio', percents: [10, 20, 30], rounding: 'down' }),
});
export type Rubric = z.infer<typeof rubricSchema>;

// ---- team events and rounds ----------------------------------------------------------------------------------

/**
 * How a team event's teams are scored (DESIGN §2 "Entry"): `unit` — each team is one entry listing its members,
 * marked and ranked as one entrant; `sum` / `mean` — members enter as individual entries sharing a team name, are
 * ranked as individuals, and each team scores the sum / the mean of its members' totals (shared/scoring/teamTotals).
 */
export const TEAM_SCORINGS = ['unit', 'sum', 'mean'] as const;
export const teamScoringSchema = z.enum(TEAM_SCORINGS);
export type TeamScoring = z.infer<typeof teamScoringSchema>;

/** Who of a round's ranked entrants advance to the next round: the top N (ties at the boundary included) or a minimum total. */
export const advanceRuleSchema = z.discriminatedUnion('mode', [
  z.object({ mode: z.literal('top'), count: z.number().int().min(1).max(100000) }),
  z.object({ mode: z.literal('threshold'), minTotal: pointsSchema.max(100) }),
]);
export type AdvanceRuleRecord = z.infer<typeof advanceRuleSchema>;

// ---- competition ---------------------------------------------------------------------------------------------

export const competitionSchema = recordMetaSchema.extend({
  name: z.string().min(1).max(200),
  year: yearSchema,
  level: levelSchema,
  trade: z.string().max(50),
  startDate: isoDateSchema,
  endDate: isoDateSchema,
  venue: z.string().max(200).default(''),
  organiser: z.string().max(200).default(''),
  /** Department that runs it, if it is one of the workspace's own. */
  organiserDepartmentId: idSchema.optional(),
  status: competitionStatusSchema,
  teamBased: z.boolean().default(false),
  /**
   * For a team event: how a team is scored (see TEAM_SCORINGS). Absent on records made before the setting existed,
   * which means `unit` (read it through `teamScoringOf`).
   */
  teamScoring: teamScoringSchema.optional(),
  /** With `sum` / `mean`: the award rule also gives awards to the team ranking. Absent = no team awards. */
  teamAwards: z.boolean().optional(),
  /**
   * Multi-round competitions: each round is its own competition; the next round (e.g. the final) names the round
   * its entrants advanced from, and the rule they advanced by.
   */
  previousRoundId: idSchema.optional(),
  advanceRule: advanceRuleSchema.optional(),
  rubric: rubricSchema,
  /**
   * Seed of the public draw (抽签: running order and station), recorded so anyone can re-derive it. Anonymous
   * codes do not come from it: they come from the encryption officer's secret draw and are kept only sealed.
   */
  drawSeed: z.string().optional(),
  drawnAt: isoDateTimeSchema.optional(),
  /** Station count (0 = none) used by the draw, so it can be re-run from stored data. */
  drawStations: z.number().int().min(0).optional(),
  /** Prize money paid per award, used by the incentives ledger. */
  prizeFen: z.object({ first: fenSchema, second: fenSchema, third: fenSchema }).optional(),
});
export type Competition = z.infer<typeof competitionSchema>;

// ---- entries and judges ------------------------------------------------------------------------------------

export const ENTRY_STATUSES = ['registered', 'checked_in', 'absent', 'withdrawn', 'disqualified'] as const;
export const entryStatusSchema = z.enum(ENTRY_STATUSES);
export type EntryStatus = z.infer<typeof entryStatusSchema>;

export const entrySchema = recordMetaSchema.extend({
  competitionId: idSchema,
  /** One person for an individual entry, several for a team. */
  memberIds: z.array(idSchema).min(1),
  teamName: z.string().max(100).optional(),
  /** Department the entry represents. */
  departmentId: idSchema,
  /** People who coached this entrant: a hard conflict of interest for judges (DESIGN §2). */
  coachIds: z.array(idSchema).default([]),
  status: entryStatusSchema,
  drawOrder: z.number().int().positive().optional(),
  station: z.number().int().positive().optional(),
  // No anonymous code here: the code → entry map exists only sealed under the encryption officer's passphrase
  // (renderer/db sealedMaps), so a copy of the database cannot link a code to a name.
});
export type Entry = z.infer<typeof entrySchema>;

export const JUDGE_ROLES = ['chief', 'judge', 'scorer', 'encryption', 'arbitration'] as const;
export const judgeRoleSchema = z.enum(JUDGE_ROLES);
export type JudgeRole = z.infer<typeof judgeRoleSchema>;

export const judgeAssignmentSchema = recordMetaSchema.extend({
  competitionId: idSchema,
  personId: idSchema,
  role: judgeRoleSchema,
  moduleIds: z.array(idSchema).default([]),
  stations: z.array(z.number().int().positive()).default([]),
  /** PBKDF2 hash of the judge's PIN, hex; the PIN itself is never stored. */
  pinHash: z.string().optional(),
  pinSalt: z.string().optional(),
  /** KDF parameters of `pinHash`; absent on hashes made before they were recorded (600,000 iterations). */
  pinKdf: z.object({ algorithm: z.literal('PBKDF2-HMAC-SHA256'), iterations: z.number().int().positive() }).optional(),
});
export type JudgeAssignment = z.infer<typeof judgeAssignmentSchema>;

// ---- marks and their event log -------------------------------------------------------------------------------

export const markValueSchema = z.discriminatedUnion('kind', [
  z.object({ kind: z.literal('level'), level: z.number().int().min(0).max(3) }),
  z.object({ kind: z.literal('points'), points: pointsSchema }),
  z.object({ kind: z.literal('met'), met: z.boolean() }),
  z.object({ kind: z.literal('band'), bandId: idSchema }),
  z.object({ kind: z.literal('faults'), faultCounts: z.record(idSchema, z.number().int().min(0)) }),
  z.object({ kind: z.literal('seconds'), seconds: z.number().int().min(0) }),
]);
export type MarkValue = z.infer<typeof markValueSchema>;

/**
 * What a mark scores (cross-team contract): for a sealed module the anonymous code (e.g. `K137`), for a live module
 * `order:<drawOrder>` (e.g. `order:7`). Codes never contain `:`.
 */
export const subjectRefSchema = z.string().min(1).max(40);

/**
 * A judge's current mark on one item for one subject: a view rebuilt from the mark event log (never edited on its
 * own). `id` is `assignmentId|moduleId|itemId|subjectRef`; `version` counts the events that shaped it.
 */
export const markSchema = recordMetaSchema.extend({
  competitionId: idSchema,
  /** The judge assignment whose mark it is. */
  assignmentId: idSchema,
  moduleId: idSchema,
  itemId: idSchema,
  subjectRef: subjectRefSchema,
  value: markValueSchema,
  note: z.string().max(1000).optional(),
  /**
   * The judge recorded a safety violation (安全一票否决) with this mark: the module's `safetyVeto` rule applies to
   * the subject (its module scores 0, or it is disqualified). Always given with a note saying what happened.
   */
  safetyVeto: z.literal(true).optional(),
  /** Device and event that last changed it. */
  deviceId: z.string().max(100),
  eventId: z.string().length(64),
  /** Set once the judge submitted the module or the chief judge signed off. */
  lockedAt: isoDateTimeSchema.optional(),
});
export type Mark = z.infer<typeof markSchema>;

export const MARK_EVENT_TYPES = ['set', 'clear', 'submit_module', 'reopen_module', 'sign_off'] as const;
export type MarkEventType = (typeof MARK_EVENT_TYPES)[number];

/**
 * One entry in the append-only, hash-chained log of mark changes (DESIGN §2 "Mark", §4). One chain per
 * [competitionId + assignmentId + deviceId], `seq` from 1 without gaps; `id` is the event's own SHA-256 over the
 * canonical JSON of every other field, so it doubles as the unique hash.
 */
export const markEventSchema = z.strictObject({
  /** SHA-256 (hex) of the canonical JSON of this event without `id`. */
  id: z.string().regex(/^[0-9a-f]{64}$/),
  competitionId: idSchema,
  /** The assignment whose marks the event changes (for `sign_off`: the chief judge's). */
  assignmentId: idSchema,
  deviceId: z.string().min(1).max(100),
  /** Position in this chain, from 1. */
  seq: z.number().int().positive(),
  at: isoDateTimeSchema,
  type: z.enum(MARK_EVENT_TYPES),
  moduleId: idSchema.optional(),
  itemId: idSchema.optional(),
  subjectRef: subjectRefSchema.optional(),
  value: markValueSchema.optional(),
  note: z.string().max(1000).optional(),
  /** On a `set`: the mark records a safety violation (see the mark's `safetyVeto`). */
  safetyVeto: z.literal(true).optional(),
  /** Why: required for changes after a submit or a sign-off, and for reopening a module. */
  reason: z.string().max(1000).optional(),
  /** The assignment that made the change when it is not the judge: the chief judge amending after a lock. */
  byAssignmentId: idSchema.optional(),
  /** `id` of the previous event in the chain, or 64 zeros for the first. */
  prevHash: z.string().regex(/^[0-9a-f]{64}$/),
});
export type MarkEvent = z.infer<typeof markEventSchema>;

/**
 * A mark changed by an appeal's ruling: what it was, what it became and why. The change itself is a `set` event in
 * the mark log (chained on the master, `byAssignmentId` = the arbitration or chief judge assignment).
 */
export const appealMarkChangeSchema = z.object({
  /** The mark's id (`assignmentId|moduleId|itemId|subjectRef`). */
  markId: z.string().min(1).max(200),
  itemId: idSchema,
  /** The judge assignment whose mark it is. */
  assignmentId: idSchema,
  from: markValueSchema,
  to: markValueSchema,
  reason: z.string().min(1).max(1000),
});
export type AppealMarkChange = z.infer<typeof appealMarkChangeSchema>;

export const appealSchema = recordMetaSchema.extend({
  competitionId: idSchema,
  entryId: idSchema,
  filedAt: isoDateTimeSchema,
  reason: z.string().min(1).max(4000),
  status: z.enum(['open', 'upheld', 'rejected']),
  ruling: z.string().max(4000).optional(),
  ruledAt: isoDateTimeSchema.optional(),
  /** Who filed it (the entrant, their team leader or their unit), as written on the appeal form. */
  filedBy: z.string().max(200).optional(),
  /** Last moment for a ruling. */
  deadline: isoDateTimeSchema.optional(),
  /** The arbitration group member(s) who ruled. */
  ruledBy: z.string().max(200).optional(),
  markChanges: z.array(appealMarkChangeSchema).optional(),
});
export type Appeal = z.infer<typeof appealSchema>;

/** One entrant's frozen result inside a publication. Scores are decimals with two places. */
export const publishedResultSchema = z.object({
  entryId: idSchema,
  total: z.number().min(0).max(100),
  /** Absent for entries that are not ranked (absent, withdrawn, disqualified). */
  rank: z.number().int().positive().optional(),
  award: awardKeySchema.optional(),
  /** The anonymous code (加密号), when the entry had one. */
  anonCode: z.string().max(20).optional(),
  status: entryStatusSchema.optional(),
  /**
   * The exact scores behind the rank, as decimal text with exactly two decimals (shared/scoring formats them), so
   * every rank can be explained later: total, part and module scores by id, and the tie-break values in chain
   * order (hundredths of a second for time; null when missing).
   */
  scores: z
    .object({
      total: z.string(),
      parts: z.record(idSchema, z.string()),
      modules: z.record(idSchema, z.string()),
      tieBreak: z.array(z.string().nullable()),
    })
    .optional(),
});
export type PublishedResult = z.infer<typeof publishedResultSchema>;

/**
 * The team ranking frozen with a publication (team events scored from their members' totals, see TEAM_SCORINGS):
 * each team's rank, exact score as two-decimal text, award (when the award rule applies to teams) and members.
 */
export const publishedTeamsSchema = z.object({
  scoring: z.enum(['sum', 'mean']),
  /** The award rule applied to teams. */
  awards: z.boolean(),
  rows: z.array(
    z.object({
      teamName: z.string().min(1).max(100),
      rank: z.number().int().positive(),
      total: z.string(),
      award: awardKeySchema.optional(),
      memberEntryIds: z.array(idSchema),
    }),
  ),
});
export type PublishedTeams = z.infer<typeof publishedTeamsSchema>;

/** Published results (公示): frozen, with a hash over their canonical form. */
export const publicationSchema = recordMetaSchema.extend({
  competitionId: idSchema,
  publishedAt: isoDateTimeSchema,
  results: z.array(publishedResultSchema),
  /**
   * SHA-256 (hex) of the canonical JSON of `results`; with `teams`, of `{ results, teams }` (snapshot format 2,
   * docs/formats.md).
   */
  hash: z.string().length(64),
  /** The team ranking, for a team event scored from its members' totals (snapshot format 2). */
  teams: publishedTeamsSchema.optional(),
  /** 1 (or absent) for the first snapshot; each later one (after an appeal) counts up and names the one it replaces. */
  sequence: z.number().int().positive().optional(),
  supersedesId: idSchema.optional(),
  /** Appeals whose rulings changed marks since the previous snapshot. */
  appealIds: z.array(idSchema).optional(),
});
export type Publication = z.infer<typeof publicationSchema>;

/** A rubric saved by the user as a template for later competitions. */
export const rubricTemplateRecordSchema = recordMetaSchema.extend({
  name: z.string().min(1).max(200),
  trade: z.string().max(50).default(''),
  rubric: rubricSchema,
});
export type RubricTemplateRecord = z.infer<typeof rubricTemplateRecordSchema>;
