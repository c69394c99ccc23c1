/** The incentives ledger in IndexedDB: a reward entered is pending, decided once with who and when, and counted by the dashboard only once approved. */
import 'fake-indexeddb/auto';
import { beforeEach, describe, expect, it } from 'vitest';
import { computeYearFigures } from '../../../shared/dashboard/computeYearFigures';
import { dashboardRecordsOf } from '../../../shared/dashboard/dashboardFacts';
import { testDatabases } from '../testing/testDatabases';
import type { Repositories } from './index';
import { IncentiveDecisionError } from './incentivesRepository';

const databases = testDatabases();
let repos: Repositories;

beforeEach(async () => {
  ({ repos } = await databases.open());
});

const draft = { personId: 'p1', kind: 'bonus' as const, year: 2024, amountFen: 150_000, description: '岗位练兵奖励', sourceKind: 'competition' as const, sourceId: 'c1' };

/** The dashboard's figure as the page reads it: the stored snapshot plus the journal of changes (no rebuild). */
async function dashboardIncentives(year: number) {
  const { facts } = await repos.dashboard.slice();
  return computeYearFigures(dashboardRecordsOf(facts!), year).synergy.incentivesFen;
}

describe('incentives repository', () => {
  it('enters a reward as pending and approves it once, recording who and when', async () => {
    const [added] = await repos.incentives.addPending([draft]);
    expect(added!.status).toBe('pending');
    expect((await repos.incentives.ofYear(2024)).map((i) => i.id)).toEqual([added!.id]);
    expect((await dashboardIncentives(2024)).value).toBe(0);

    const approved = await repos.incentives.decide(added!.id, 'approved', '王主席', '', new Date('2024-07-01T08:00:00Z'));
    expect(approved).toMatchObject({ status: 'approved', decidedBy: '王主席', decidedAt: '2024-07-01T08:00:00.000Z', grantedAt: '2024-07-01T08:00:00.000Z', version: 2 });
    expect((await dashboardIncentives(2024)).value).toBe(150_000);

    await expect(repos.incentives.decide(added!.id, 'rejected', '李', '重复')).rejects.toEqual(new IncentiveDecisionError('already_decided'));
    expect(await repos.incentives.years()).toEqual([2024]);
  });

  it('refuses a rejection without a reason and keeps the reward pending', async () => {
    const [added] = await repos.incentives.addPending([draft]);
    await expect(repos.incentives.decide(added!.id, 'rejected', '王主席')).rejects.toEqual(new IncentiveDecisionError('note_required'));
    expect((await repos.incentives.get(added!.id))!.status).toBe('pending');
  });
});
