import type { JiangxinDatabase } from '../database';
import { createRecordStore } from './recordStore';

/** A competition with its entries, judges, marks, appeals and publications. */
export function createCompetitionsRepository(db: JiangxinDatabase) {
  return {
    ...createRecordStore(db.competitions),
    entries: createRecordStore(db.entries),
    judges: createRecordStore(db.judges),
    publications: createRecordStore(db.publications),
    appeals: createRecordStore(db.appeals),
    entriesOf: (competitionId: string) => db.entries.where('competitionId').equals(competitionId).toArray(),
    judgesOf: (competitionId: string) => db.judges.where('competitionId').equals(competitionId).toArray(),
    publicationOf: (competitionId: string) => db.publications.where('competitionId').equals(competitionId).last(),
    /** Number of entries per competition id, for list views. */
    async entryCounts(): Promise<Map<string, number>> {
      const counts = new Map<string, number>();
      await db.entries.orderBy('competitionId').eachKey((key) => {
        const id = String(key);
        counts.set(id, (counts.get(id) ?? 0) + 1);
      });
      return counts;
    },
  };
}

export type CompetitionsRepository = ReturnType<typeof createCompetitionsRepository>;
