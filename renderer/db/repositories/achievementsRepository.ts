import type { JiangxinDatabase } from '../database';
import { createRecordStore } from './recordStore';

/** Achievements and the incentives ledger. */
export function createAchievementsRepository(db: JiangxinDatabase) {
  return {
    ...createRecordStore(db.achievements),
    incentives: createRecordStore(db.incentives),
  };
}

export type AchievementsRepository = ReturnType<typeof createAchievementsRepository>;
