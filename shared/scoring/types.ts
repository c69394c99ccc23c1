/**
 * Inputs and results of the scoring engine. Entrants are identified by any string key (a `subjectRef` such as
 * an anonymous code or `order:7` before unsealing, an entry id after it), so the same engine scores both.
 * Every score is integer hundredths (see hundredths.ts); results carry the evidence behind each rank and award.
 */
import type { AwardKey, AwardRule, EntryStatus, MarkValue, TieBreakRule } from '../domain';
import type { Hundredths } from './hundredths';

/** One judge's mark on one item of one entrant, as the engine needs it. */
export interface ScoringMark {
  /** The entrant's key: a subjectRef (code or `order:n`) before unsealing, an entry id after it. */
  readonly subject: string;
  readonly itemId: string;
  readonly judgeId: string;
  readonly value: MarkValue;
  /** A safety veto raised with this mark on the item's module. */
  readonly safetyVeto?: boolean;
}

export interface ScoringEntrant {
  readonly key: string;
  /** registered / checked_in entrants are ranked; absent, withdrawn and disqualified are listed apart (§3.7). */
  readonly status: EntryStatus;
}

/** Why an entrant is not ranked. */
export type UnrankedReason = 'absent' | 'withdrawn' | 'disqualified' | 'safety_veto';

/** One entrant's scores, in rubric order. */
export interface EntrantScore {
  readonly key: string;
  readonly status: EntryStatus;
  /** Item aggregates (rounded half-up, §3.1), in the order of `ScoredRubric.items`. */
  readonly items: Int32Array;
  /** How many judges marked each item, in the same order. */
  readonly judgeCounts: Uint16Array;
  /** Module scores after the cap and any safety veto, in the order of `ScoredRubric.modules`. */
  readonly modules: Int32Array;
  /** Part scores (sum of modules), in the order of `ScoredRubric.parts`. */
  readonly parts: Int32Array;
  /** Weighted total out of 100 (§3.5), rounded half-up once. */
  readonly total: Hundredths;
  /**
   * Total time over all time items in hundredths of a second (each item: its judges' mean, rounded half-up),
   * or undefined when a time item has no mark.
   */
  readonly timeHundredthsOfSecond: number | undefined;
  /** Module ids zeroed by a safety veto. */
  readonly vetoedModuleIds: readonly string[];
  /** A safety veto that disqualifies. */
  readonly disqualifiedByVeto: boolean;
  /** Items with no mark at all (scored 0). */
  readonly missingItemCount: number;
}

/** The rubric flattened in the order the engine reports scores. */
export interface ScoredRubric {
  readonly parts: readonly { readonly id: string; readonly max: Hundredths; readonly weightPercent: number }[];
  readonly modules: readonly { readonly id: string; readonly partIndex: number; readonly max: Hundredths }[];
  readonly items: readonly { readonly id: string; readonly moduleIndex: number; readonly max: Hundredths }[];
}

export interface EntrantScores {
  readonly rubric: ScoredRubric;
  readonly entrants: readonly EntrantScore[];
  /** Marks whose subject is no entrant, whose item is not in the rubric, or whose value does not fit the item. */
  readonly ignoredMarks: number;
}

/** A tie-break value of one entrant for one rule of the chain; `undefined` ranks last (e.g. no time recorded). */
export interface TieBreakValue {
  readonly rule: TieBreakRule;
  /** Hundredths of a point for score rules, hundredths of a second for `total_time`. */
  readonly value: number | undefined;
}

/** What separated two entrants with the same total, next to each other in the ranking. */
export interface TieDecision {
  readonly above: string;
  readonly below: string;
  readonly total: Hundredths;
  /** Index in the tie-break chain of the rule that decided, or undefined when still tied (shared rank). */
  readonly decidedBy: number | undefined;
  readonly rule: TieBreakRule | undefined;
  readonly aboveValue: number | undefined;
  readonly belowValue: number | undefined;
}

export interface ResultRow {
  readonly key: string;
  readonly status: EntryStatus;
  /** Undefined for entrants that are not ranked. */
  readonly rank: number | undefined;
  readonly unrankedReason: UnrankedReason | undefined;
  readonly award: AwardKey | undefined;
  readonly total: Hundredths;
  readonly score: EntrantScore;
  readonly tieBreakValues: readonly TieBreakValue[];
}

/** How awards were allocated (§3.7), for the award list's "rule" line. */
export interface AwardEvidence {
  readonly rule: AwardRule;
  readonly rankedCount: number;
  /** Entrants per award before cumulation (ratio / count rules). */
  readonly counts: readonly [number, number, number] | undefined;
  /** Cumulative rank limits: award k goes to rank ≤ limits[k] with no better award (ratio / count rules). */
  readonly limits: readonly [number, number, number] | undefined;
  readonly thresholds: readonly [Hundredths, Hundredths, Hundredths] | undefined;
  readonly minTotal: Hundredths | undefined;
  /** How many entrants received each award. */
  readonly given: Readonly<Record<AwardKey, number>>;
}

export interface Results {
  readonly rubric: ScoredRubric;
  /** Ranked entrants first, by rank (ties in key order), then the unranked in key order. */
  readonly rows: readonly ResultRow[];
  readonly tieBreakChain: readonly TieBreakRule[];
  readonly tieDecisions: readonly TieDecision[];
  readonly awards: AwardEvidence;
  readonly ignoredMarks: number;
}
