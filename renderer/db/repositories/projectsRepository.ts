import type { JiangxinDatabase } from '../database';
import { createRecordStore } from './recordStore';

export function createProjectsRepository(db: JiangxinDatabase) {
  return {
    ...createRecordStore(db.projects),
    ofStudio: (studioId: string) => db.projects.where('studioId').equals(studioId).toArray(),
    fromCompetition: (competitionId: string) => db.projects.where('originCompetitionId').equals(competitionId).toArray(),
  };
}

export type ProjectsRepository = ReturnType<typeof createProjectsRepository>;
