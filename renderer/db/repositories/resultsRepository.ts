/**
 * Results, appeals and publication of a competition (the results tabs). Reads are indexed by competition; a ruling
 * that changes marks writes the appeal, the marks and their `set` events in one transaction, and publishing writes
 * the snapshot, the status, the incentives and the honours in one transaction.
 */
import Dexie from 'dexie';
import type { Appeal, AppealMarkChange, Competition, Honour, Incentive, Person, Publication } from '../../../shared/domain';
import { chainMarkEvent } from '../../../shared/judging/markChain';
import { markAfterEvent } from '../../../shared/judging/replayMarkEvents';
import { appealMarkEventDraft, appealRulerOf } from '../../../shared/results/appeals/appealMarkEvent';
import { loadOrCreateDeviceKey } from './deviceKey';
import type { IncentiveDraft } from '../../../shared/results/publication/publicationRewards';
import type { JiangxinDatabase } from '../database';
import { newId, stamp, type Draft } from './recordMeta';

export interface AppealRuling {
  readonly status: 'upheld' | 'rejected';
  readonly ruling: string;
  readonly ruledBy: string;
  readonly ruledAt: string;
  readonly markChanges: readonly AppealMarkChange[];
}

export function createResultsRepository(db: JiangxinDatabase) {
  const marksOf = (competitionId: string) => db.marks.where('competitionId').equals(competitionId).toArray();
  return {
    /** Everything the results of one competition are computed from, through indexes only. */
    async inputsOf(competitionId: string) {
      const [entries, judges, marks, appeals, publications] = await Promise.all([
        db.entries.where('competitionId').equals(competitionId).toArray(),
        db.judges.where('competitionId').equals(competitionId).toArray(),
        marksOf(competitionId),
        db.appeals.where('competitionId').equals(competitionId).toArray(),
        db.publications.where('competitionId').equals(competitionId).toArray(),
      ]);
      const personIds = [...new Set([...entries.flatMap((e) => e.memberIds), ...judges.map((j) => j.personId)])];
      const people = (await db.people.bulkGet(personIds)).filter((p): p is Person => p !== undefined);
      const departmentIds = [...new Set(entries.map((e) => e.departmentId))];
      const departments = (await db.departments.bulkGet(departmentIds)).filter((d) => d !== undefined);
      return { competitionId, entries, judges, marks, appeals, publications, people, departments };
    },

    async fileAppeal(draft: Omit<Draft<Appeal>, 'id' | 'status'>): Promise<string> {
      const id = newId();
      await db.appeals.add(stamp<Appeal>({ ...draft, id, status: 'open' }, undefined));
      return id;
    },

    /**
     * Records the arbitration group's ruling; each mark change is a `set` event in the mark log (judging's chain
     * format, on this device's chain for the judge's assignment, made by the arbitration or chief judge assignment,
     * with the reason), and the marks view follows it.
     */
    async ruleAppeal(appealId: string, ruling: AppealRuling): Promise<void> {
      // The device key may have to be made (WebCrypto): before the transaction, which must not await other work.
      const { deviceId } = ruling.markChanges.length > 0 ? await loadOrCreateDeviceKey(db) : { deviceId: '' };
      await db.transaction('rw', [db.appeals, db.marks, db.markEvents, db.judges], async () => {
        const appeal = await db.appeals.get(appealId);
        if (!appeal) throw new Error(`appeal ${appealId} not found`);
        const byAssignmentId = ruling.markChanges.length > 0 ? appealRulerOf(await db.judges.where('competitionId').equals(appeal.competitionId).toArray()) : undefined;
        if (ruling.markChanges.length > 0 && !byAssignmentId) throw new Error('no arbitration or chief judge assignment to record the change');
        for (const change of ruling.markChanges) {
          const mark = await db.marks.get(change.markId);
          if (!mark) throw new Error(`mark ${change.markId} not found`);
          const draft = appealMarkEventDraft(mark, change, { deviceId, byAssignmentId: byAssignmentId!, at: ruling.ruledAt });
          const last = await db.markEvents
            .where('[competitionId+assignmentId+deviceId+seq]')
            .between([draft.competitionId, draft.assignmentId, deviceId, Dexie.minKey], [draft.competitionId, draft.assignmentId, deviceId, Dexie.maxKey])
            .last();
          const event = chainMarkEvent(last, draft);
          await db.markEvents.add(event);
          const after = markAfterEvent(mark, event);
          if (after) await db.marks.put(after);
        }
        await db.appeals.put(
          stamp<Appeal>(
            { ...appeal, status: ruling.status, ruling: ruling.ruling, ruledBy: ruling.ruledBy, ruledAt: ruling.ruledAt, markChanges: [...ruling.markChanges] },
            appeal,
          ),
        );
      });
    },

    /**
     * Publishes a snapshot (公示): stores it, moves the competition to published (if it was in review), and adds the
     * winners' incentives and honours — all or nothing.
     */
    async publish(
      publication: Omit<Publication, 'version' | 'updatedAt'>,
      rewards: { incentives: readonly IncentiveDraft[]; honours: ReadonlyMap<string, Honour> },
    ): Promise<void> {
      await db.transaction('rw', [db.publications, db.competitions, db.incentives, db.people], async () => {
        await db.publications.add(stamp<Publication>(publication, undefined));
        const competition = await db.competitions.get(publication.competitionId);
        if (competition && competition.status === 'review') await db.competitions.put(stamp<Competition>({ ...competition, status: 'published' }, competition));
        await db.incentives.bulkAdd(rewards.incentives.map((i) => stamp<Incentive>({ ...i, id: newId() }, undefined)));
        for (const [personId, honour] of rewards.honours) {
          const person = await db.people.get(personId);
          if (!person) continue;
          const has = person.honours.some((h) => h.kind === honour.kind && h.level === honour.level && h.year === honour.year);
          if (!has) await db.people.put(stamp<Person>({ ...person, honours: [...person.honours, honour] }, person));
        }
      });
    },

    incentivesOf: (competitionId: string) => db.incentives.where('[sourceKind+sourceId]').equals(['competition', competitionId]).toArray(),
  };
}

export type ResultsRepository = ReturnType<typeof createResultsRepository>;
