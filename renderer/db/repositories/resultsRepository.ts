/**
 * Results, appeals and publication of a competition (the results tabs). Reads are indexed by competition; a ruling
 * that changes marks writes the appeal, the marks and their `amend` events in one transaction, and publishing writes
 * the snapshot, the status, the incentives and the honours in one transaction.
 */
import type { Appeal, AppealMarkChange, Competition, Honour, Incentive, Mark, MarkEvent, Person, Publication } from '../../../shared/domain';
import { amendMarkEvent, MASTER_DEVICE_ID } from '../../../shared/results/appeals/amendMarkEvent';
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
  const marksOf = (competitionId: string) => db.marks.where('[competitionId+entryId]').between([competitionId, ''], [competitionId, '\uffff']).toArray();
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

    /** Records the arbitration group's ruling; each mark change updates the mark and appends an `amend` event. */
    async ruleAppeal(appealId: string, ruling: AppealRuling): Promise<void> {
      await db.transaction('rw', [db.appeals, db.marks, db.markEvents], async () => {
        const appeal = await db.appeals.get(appealId);
        if (!appeal) throw new Error(`appeal ${appealId} not found`);
        for (const change of ruling.markChanges) {
          const mark = await db.marks.get(change.markId);
          if (!mark) throw new Error(`mark ${change.markId} not found`);
          await db.marks.put(stamp<Mark>({ ...mark, value: change.to }, mark, new Date(ruling.ruledAt)));
          const chain = await db.markEvents
            .where('[competitionId+judgeId+seq]')
            .between([appeal.competitionId, mark.judgeId, 0], [appeal.competitionId, mark.judgeId, Infinity])
            .filter((e) => e.deviceId === MASTER_DEVICE_ID)
            .last();
          const event: MarkEvent = amendMarkEvent(chain, {
            id: newId(),
            competitionId: appeal.competitionId,
            judgeId: mark.judgeId,
            markId: mark.id,
            value: change.to,
            reason: change.reason,
            at: ruling.ruledAt,
          });
          await db.markEvents.add(event);
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
