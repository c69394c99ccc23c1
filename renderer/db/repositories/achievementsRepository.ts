import type { JiangxinDatabase } from '../database';
import { createRecordStore } from './recordStore';

/** Achievements and the incentives ledger. */
export function createAchievementsRepository(db: JiangxinDatabase) {
  return {
    ...createRecordStore(db.achievements),
    incentives: createRecordStore(db.incentives),
    ofYear: (year: number) => db.achievements.where('year').equals(year).toArray(),
  };
}

export type AchievementsRepository = ReturnType<typeof createAchievementsRepository>;
