/**
 * Team events. A team is either scored as one unit (its entry is the entrant: nothing to combine), or from its
 * members' individual totals: their sum, or their mean rounded half-up (DESIGN §3.1). Rank the team totals with
 * rankAndAward.
 */
import { divideHalfUp, type Hundredths } from './hundredths';

export type TeamScoring = 'unit' | 'sum' | 'mean';

export interface TeamTotal {
  readonly key: string;
  readonly total: Hundredths;
  /** Members with no total (e.g. absent): they count as 0 in the sum and in the mean. */
  readonly missingMembers: readonly string[];
}

export function teamTotals(
  teams: readonly { readonly key: string; readonly memberKeys: readonly string[] }[],
  memberTotals: ReadonlyMap<string, Hundredths>,
  mode: 'sum' | 'mean',
): TeamTotal[] {
  return teams.map((team) => {
    let sum = 0;
    const missingMembers: string[] = [];
    for (const member of team.memberKeys) {
      const total = memberTotals.get(member);
      if (total === undefined) missingMembers.push(member);
      else sum += total;
    }
    const count = team.memberKeys.length;
    const total = mode === 'sum' || count === 0 ? sum : divideHalfUp(sum, count);
    return { key: team.key, total: total as Hundredths, missingMembers };
  });
}
