/** One repository per aggregate, all built on the same database. */
import type { JiangxinDatabase } from '../database';
import { createAchievementsRepository } from './achievementsRepository';
import { createBackupRepository } from './backupRepository';
import { createDashboardRepository } from './dashboardRepository';
import { createIncentivesRepository } from './incentivesRepository';
import { createSynergyRepository } from './synergyRepository';
import { createCompetitionsRepository } from './competitionsRepository';
import { createJudgingRepository } from './judgingRepository';
import { createMarksRepository } from './marksRepository';
import { createKnowledgeRepository } from './knowledgeRepository';
import { createPaperSheetsRepository } from './paperSheetsRepository';
import { createPeopleRepository } from './peopleRepository';
import { createPipelineRepository } from './pipelineRepository';
import { createProjectsRepository } from './projectsRepository';
import { createSealingRepository } from './sealingRepository';
import { createResultsRepository } from './resultsRepository';
import { createSettingsRepository } from './settingsRepository';
import { createStudiosRepository } from './studiosRepository';
import { createWorkspaceRepository } from './workspaceRepository';

export function createRepositories(db: JiangxinDatabase) {
  return {
    workspace: createWorkspaceRepository(db),
    settings: createSettingsRepository(db),
    people: createPeopleRepository(db),
    competitions: createCompetitionsRepository(db),
    studios: createStudiosRepository(db),
    projects: createProjectsRepository(db),
    achievements: createAchievementsRepository(db),
    knowledge: createKnowledgeRepository(db),
    judging: createJudgingRepository(db),
    sealing: createSealingRepository(db),
    backup: createBackupRepository(db),
    results: createResultsRepository(db),
    dashboard: createDashboardRepository(db),
    synergy: createSynergyRepository(db),
    marks: createMarksRepository(db),
    // The studios repository is stateless: the pipeline gets its own to add members through its code.
    pipeline: createPipelineRepository(db, createStudiosRepository(db)),
    paperSheets: createPaperSheetsRepository(db),
    incentives: createIncentivesRepository(db),
  };
}

export type Repositories = ReturnType<typeof createRepositories>;
export { SETTING_KEYS } from './settingsRepository';
export { newId } from './recordMeta';
export type {
  CompetitionPackageRow,
  DeviceKeyRow,
  FrozenRubricRow,
  PinnedDeviceKeyRow,
  ReviewRow,
  SealedMapRow,
  ScorePackageRow,
} from '../database';
