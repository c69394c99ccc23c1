import type { Incentive, IncentiveStatus } from '../domain';

/**
 * A reward's approval status. Rewards written before the ledger had approval (the demo's, those given on
 * publishing results) carry none: they were granted by their rule, so they read as approved.
 */
export function incentiveStatusOf(incentive: Pick<Incentive, 'status'>): IncentiveStatus {
  return incentive.status ?? 'approved';
}
