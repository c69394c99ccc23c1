/**
 * Multi-round competitions (preliminary → final). Each round is its own competition (own rubric, draw, judges and
 * sealing); the next round names the round it came from (`previousRoundId`) and the rule its entrants advanced by.
 * Who advances comes from the scoring engine's `advanceToNextRound` over the preliminary's official results: the
 * latest publication snapshot when there is one, otherwise the locked results computed from its marks.
 *
 * Rules return codes with parameters; the renderer turns them into words.
 */
import type { AdvanceRuleRecord, Competition, Publication } from '../../domain';
import { advanceToNextRound, type Hundredths, publishedTotal, type ResultRow } from '../../scoring';

/** One entrant of the preliminary as the advance rule sees it. */
export interface RoundResultRow {
  readonly key: string;
  readonly rank: number | undefined;
  readonly total: Hundredths;
}

/** The official rows of a round: the snapshot's when published, else the computed (locked) results. */
export function roundResultRows(
  publication: Pick<Publication, 'results'> | undefined,
  computed: readonly Pick<ResultRow, 'key' | 'rank' | 'total'>[] | undefined,
): RoundResultRow[] {
  if (publication) {
    return publication.results.map((r) => ({
      key: r.entryId,
      rank: r.rank,
      total: publishedTotal(r),
    }));
  }
  return (computed ?? []).map((r) => ({ key: r.key, rank: r.rank, total: r.total }));
}

export const NEXT_ROUND_REASON_CODES = [
  /** Results are not locked yet: marks are locked from review on. params: { status } */
  'results_not_locked',
  /** No ranked entrant in the round's results. */
  'no_ranked_results',
  /** The round already has its next round. params: { competitionId, name } */
  'next_round_exists',
] as const;
export type NextRoundReasonCode = (typeof NEXT_ROUND_REASON_CODES)[number];
export interface NextRoundReason {
  readonly code: NextRoundReasonCode;
  readonly params?: Readonly<Record<string, string | number>>;
}

const LOCKED_STATUSES: readonly Competition['status'][] = ['review', 'published', 'archived'];

/** Marks are locked from review on: only then can a next round be created from a round's results. */
export function resultsLocked(status: Competition['status']): boolean {
  return LOCKED_STATUSES.includes(status);
}

/** Whether the next round can be created from this round now; the reasons when not. */
export function nextRoundCheck(
  competition: Pick<Competition, 'status'>,
  rows: readonly RoundResultRow[],
  existingNext: Pick<Competition, 'id' | 'name'> | undefined,
): NextRoundReason[] {
  const reasons: NextRoundReason[] = [];
  if (!resultsLocked(competition.status)) reasons.push({ code: 'results_not_locked', params: { status: competition.status } });
  else if (!rows.some((r) => r.rank !== undefined)) reasons.push({ code: 'no_ranked_results' });
  if (existingNext) reasons.push({ code: 'next_round_exists', params: { competitionId: existingNext.id, name: existingNext.name } });
  return reasons;
}

export interface Advancement {
  readonly rule: AdvanceRuleRecord;
  /** The rows that advance, in ranking order. */
  readonly advancing: readonly RoundResultRow[];
  readonly rankedCount: number;
  /**
   * Top N only: more than N advance because entrants share the rank at the boundary (everyone tied there goes
   * through): the shared rank, their total, how many share it and how many places were added.
   */
  readonly boundaryTie: { readonly rank: number; readonly total: Hundredths; readonly tied: number; readonly extra: number } | undefined;
}

/** Who advances under `rule`, with the tie at the boundary explained. */
export function planAdvancement(rows: readonly RoundResultRow[], rule: AdvanceRuleRecord): Advancement {
  const keys = advanceToNextRound(rows, rule);
  const byKey = new Map(rows.map((r) => [r.key, r]));
  const advancing = keys.map((k) => byKey.get(k)!);
  const rankedCount = rows.filter((r) => r.rank !== undefined).length;
  let boundaryTie: Advancement['boundaryTie'];
  if (rule.mode === 'top' && advancing.length > rule.count) {
    const last = advancing[advancing.length - 1]!;
    const tied = advancing.filter((r) => r.rank === last.rank).length;
    boundaryTie = { rank: last.rank!, total: last.total, tied, extra: advancing.length - rule.count };
  }
  return { rule, advancing, rankedCount, boundaryTie };
}
