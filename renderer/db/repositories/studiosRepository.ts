/**
 * Studios with their activities; projects and achievements have repositories of their own. Queries go through
 * indexes: a person's studios by `*memberIds` and `leadId`, a studio's activities of a year by `[studioId+date]`.
 */
import Dexie from 'dexie';
import type { Activity, Studio } from '../../../shared/domain';
import type { JiangxinDatabase } from '../database';
import { createRecordStore } from './recordStore';
import { suggestByName } from './suggestByName';
import { createStudioPackages } from './studioPackages';
import { removeWithTombstone } from './tombstones';

export function createStudiosRepository(db: JiangxinDatabase) {
  const store = createRecordStore(db.studios);
  return {
    ...store,
    remove: removeWithTombstone(db, db.studios),
    /** Up to `limit` studios whose name starts with, then contains, `text` (for pickers). */
    suggest: (text: string, limit = 20) => suggestByName(db.studios, 'name', text, limit),
    /** Studio data packages: export, plan a merge, apply it. */
    packages: createStudioPackages(db),

    /** Studios a person leads or belongs to. */
    async ofPerson(personId: string): Promise<Studio[]> {
      const [member, led] = await Promise.all([db.studios.where('memberIds').equals(personId).toArray(), db.studios.where('leadId').equals(personId).toArray()]);
      const byId = new Map([...led, ...member].map((s) => [s.id, s]));
      return [...byId.values()];
    },

    /**
     * Adds a person to a studio's members, as one versioned change of the studio (nothing changes when they
     * already lead or belong to it). An accepted invitation of the talent pipeline goes through here.
     */
    async addMember(studioId: string, personId: string): Promise<Studio> {
      return db.transaction('rw', db.studios, async () => {
        const studio = await db.studios.get(studioId);
        if (!studio) throw new Error(`studio_missing: ${studioId}`);
        if (studio.leadId === personId || studio.memberIds.includes(personId)) return studio;
        return store.save({ ...studio, memberIds: [...studio.memberIds, personId] });
      });
    },

    /** Studios of any of these trades (index `trade`, version 7). */
    ofTrades: (trades: readonly string[]): Promise<Studio[]> => db.studios.where('trade').anyOf([...trades]).toArray(),

    activities: {
      ...createRecordStore(db.activities),
      remove: removeWithTombstone(db, db.activities),
      /** A studio's activities, of one year when given, newest first. */
      async ofStudio(studioId: string, year?: number): Promise<Activity[]> {
        const lower = year === undefined ? Dexie.minKey : `${year}-01-01`;
        const upper = year === undefined ? Dexie.maxKey : `${year}-12-31`;
        const rows = await db.activities.where('[studioId+date]').between([studioId, lower], [studioId, upper], true, true).toArray();
        return rows.reverse();
      },
      attendedBy: (personId: string): Promise<Activity[]> => db.activities.where('attendeeIds').equals(personId).toArray(),
    },
  };
}

export type StudiosRepository = ReturnType<typeof createStudiosRepository>;
