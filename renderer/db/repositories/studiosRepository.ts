import type { JiangxinDatabase } from '../database';
import { createRecordStore } from './recordStore';

/** Studios with their activities; projects and achievements have repositories of their own. */
export function createStudiosRepository(db: JiangxinDatabase) {
  return {
    ...createRecordStore(db.studios),
    activities: createRecordStore(db.activities),
  };
}

export type StudiosRepository = ReturnType<typeof createStudiosRepository>;
