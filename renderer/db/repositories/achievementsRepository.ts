/**
 * Achievements and the incentives ledger. A studio's achievements of a year come through `[studioId+year]`,
 * a person's through `*ownerIds`.
 */
import type { Achievement, Incentive } from '../../../shared/domain';
import type { JiangxinDatabase } from '../database';
import { createRecordStore } from './recordStore';
import { suggestByName } from './suggestByName';
import { createOwnedAttachments } from './ownedAttachments';
import { removeWithTombstone } from './tombstones';

export function createAchievementsRepository(db: JiangxinDatabase) {
  return {
    ...createRecordStore(db.achievements),
    remove: removeWithTombstone(db, db.achievements),
    /** Up to `limit` achievements whose title starts with, then contains, `text` (for pickers). */
    suggest: (text: string, limit = 20) => suggestByName(db.achievements, 'title', text, limit),
    /** Files attached to a record (documents, evidence). */
    files: createOwnedAttachments(db),
    ofStudio: (studioId: string, year?: number): Promise<Achievement[]> =>
      year === undefined ? db.achievements.where('studioId').equals(studioId).toArray() : db.achievements.where('[studioId+year]').equals([studioId, year]).toArray(),
    ofProject: (projectId: string): Promise<Achievement[]> => db.achievements.where('projectId').equals(projectId).toArray(),
    ofOwner: (personId: string): Promise<Achievement[]> => db.achievements.where('ownerIds').equals(personId).toArray(),
    incentives: createRecordStore(db.incentives),
    incentivesOf: (personId: string): Promise<Incentive[]> => db.incentives.where('personId').equals(personId).toArray(),
  };
}

export type AchievementsRepository = ReturnType<typeof createAchievementsRepository>;
