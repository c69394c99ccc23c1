/** The ledger's filters (year, kind, status, source) and the sum of what the filtered rows pay. */
import type { Incentive, IncentiveStatus } from '../domain';
import { incentiveStatusOf } from './incentiveStatusOf';

export interface IncentiveFilter {
  readonly year?: number;
  readonly kind?: Incentive['kind'];
  readonly status?: IncentiveStatus;
  readonly sourceKind?: Incentive['sourceKind'];
}

type Row = Pick<Incentive, 'year' | 'kind' | 'status' | 'sourceKind'>;

export function filterIncentives<T extends Row>(rows: readonly T[], filter: IncentiveFilter): T[] {
  return rows.filter(
    (r) =>
      (filter.year === undefined || r.year === filter.year) &&
      (filter.kind === undefined || r.kind === filter.kind) &&
      (filter.status === undefined || incentiveStatusOf(r) === filter.status) &&
      (filter.sourceKind === undefined || r.sourceKind === filter.sourceKind),
  );
}

export interface IncentiveTotals {
  readonly count: number;
  /** Sum of every row's money, in fen. */
  readonly totalFen: number;
  /** Sum of the approved rows' money, in fen: what is actually paid. */
  readonly approvedFen: number;
  readonly pending: number;
}

export function incentiveTotals(rows: readonly Pick<Incentive, 'amountFen' | 'status'>[]): IncentiveTotals {
  let totalFen = 0;
  let approvedFen = 0;
  let pending = 0;
  for (const r of rows) {
    totalFen += r.amountFen;
    const status = incentiveStatusOf(r);
    if (status === 'approved') approvedFen += r.amountFen;
    if (status === 'pending') pending += 1;
  }
  return { count: rows.length, totalFen, approvedFen, pending };
}
