/**
 * The incentives ledger (奖励激励台账): a year's rewards through the `year` index, entry of new rewards (pending
 * approval), and the approval decision recorded with who and when. A reward is decided once; the rule is
 * shared/incentives/checkIncentiveDecision.ts, checked again inside the write so two windows cannot both decide.
 */
import type { Incentive } from '../../../shared/domain';
import { checkIncentiveDecision, type IncentiveDecision, type IncentiveDecisionProblem } from '../../../shared/incentives/checkIncentiveDecision';
import type { JiangxinDatabase } from '../database';
import { newId, stamp } from './recordMeta';
import { createRecordStore } from './recordStore';

export type IncentiveDraft = Omit<Incentive, 'id' | 'version' | 'updatedAt'>;

export class IncentiveDecisionError extends Error {
  constructor(readonly code: IncentiveDecisionProblem | 'not_found') {
    super(code);
    this.name = 'IncentiveDecisionError';
  }
}

export function createIncentivesRepository(db: JiangxinDatabase) {
  return {
    ...createRecordStore(db.incentives),
    ofYear: (year: number): Promise<Incentive[]> => db.incentives.where('year').equals(year).toArray(),
    /** Years that have rewards, newest first. */
    years: async (): Promise<number[]> => ((await db.incentives.orderBy('year').uniqueKeys()) as number[]).reverse(),
    /** Rewards for one source record (a competition, a project, a collaboration project). */
    ofSource: (sourceKind: Incentive['sourceKind'], sourceId: string): Promise<Incentive[]> => db.incentives.where('[sourceKind+sourceId]').equals([sourceKind, sourceId]).toArray(),
    /** Rewards already given for collaboration on these projects (any year). */
    ofCollaborations: (projectIds: readonly string[]): Promise<Incentive[]> =>
      db.incentives.where('[sourceKind+sourceId]').anyOf(projectIds.map((id) => ['collaboration', id])).toArray(),
    /** What a reward can come from, for the entry form: the year's competitions (by index) or the projects. */
    async sourceOptions(sourceKind: Incentive['sourceKind'], year: number): Promise<{ id: string; name: string }[]> {
      if (sourceKind === 'competition') return (await db.competitions.where('year').equals(year).toArray()).map((c) => ({ id: c.id, name: c.name }));
      // Projects have no year: a few hundred at most, read once when the form opens (not a live query).
      return (await db.projects.toArray()).map((p) => ({ id: p.id, name: p.title }));
    },
    /** Adds rewards as pending approval, all or none; returns them. */
    async addPending(drafts: readonly IncentiveDraft[]): Promise<Incentive[]> {
      const rows = drafts.map((d) => stamp<Incentive>({ ...d, id: newId(), status: 'pending' }, undefined));
      await db.incentives.bulkAdd(rows);
      return rows;
    },
    /** Approves or rejects a pending reward, recording who decided, when and why. */
    async decide(id: string, decision: IncentiveDecision, decidedBy: string, note = '', now = new Date()): Promise<Incentive> {
      return db.transaction('rw', db.incentives, async () => {
        const stored = await db.incentives.get(id);
        if (!stored) throw new IncentiveDecisionError('not_found');
        const problem = checkIncentiveDecision(stored, decision, decidedBy, note);
        if (problem) throw new IncentiveDecisionError(problem);
        const at = now.toISOString();
        const record = stamp<Incentive>(
          {
            ...stored,
            status: decision,
            decidedBy: decidedBy.trim(),
            decidedAt: at,
            ...(note.trim() ? { decisionNote: note.trim() } : {}),
            ...(decision === 'approved' && !stored.grantedAt ? { grantedAt: at } : {}),
          },
          stored,
          now,
        );
        await db.incentives.put(record);
        return record;
      });
    },
  };
}

export type IncentivesRepository = ReturnType<typeof createIncentivesRepository>;
