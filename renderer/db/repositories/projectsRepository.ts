import type { JiangxinDatabase } from '../database';
import { createRecordStore } from './recordStore';

/** Innovation projects; queries by studio, stage and origin come with the studios work. */
export function createProjectsRepository(db: JiangxinDatabase) {
  return createRecordStore(db.projects);
}

export type ProjectsRepository = ReturnType<typeof createProjectsRepository>;
