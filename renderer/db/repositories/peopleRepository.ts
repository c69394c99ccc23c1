/**
 * People and the department tree. Employee numbers are unique (`&employeeNo`): a save or an import that
 * brings a known employee number under another id is matched to the stored person instead of failing on the
 * index (see `saveOrMatch` and `importPeople`).
 */
import type { Department, Entry, Person, Publication } from '../../../shared/domain';
import type { ArticleSummary } from '../../../shared/knowledge/articleFacets';
import type { JiangxinDatabase } from '../database';
import { stamp, type Draft } from './recordMeta';
import { createRecordStore } from './recordStore';
import { removeWithTombstone } from './tombstones';

/** What a confirmed people import writes: new departments, new people, and changes to known people. */
export interface PeopleImport {
  readonly newDepartments: readonly Draft<Department>[];
  readonly newPeople: readonly Draft<Person>[];
  readonly updatedPeople: readonly Draft<Person>[];
}

export type SaveOrMatch = { readonly kind: 'saved'; readonly person: Person } | { readonly kind: 'matched'; readonly person: Person };

export function createPeopleRepository(db: JiangxinDatabase) {
  return {
    ...createRecordStore(db.people),
    remove: removeWithTombstone(db, db.people),
    departments: { ...createRecordStore(db.departments), remove: removeWithTombstone(db, db.departments), children: (parentId: string) => db.departments.where('parentId').equals(parentId).toArray() },
    /** The people with these ids that exist, in no particular order. */
    byIds: async (ids: readonly string[]): Promise<Person[]> => (await db.people.bulkGet([...new Set(ids)])).filter((p): p is Person => p !== undefined),
    byEmployeeNo: (employeeNo: string) => db.people.where('employeeNo').equals(employeeNo).first(),
    byEmployeeNos: (employeeNos: readonly string[]) => db.people.where('employeeNo').anyOf([...employeeNos]).toArray(),
    /** People whose employee number is this one, ignoring case (the unique index allows e.g. "a01" and "A01"). */
    byEmployeeNoIgnoringCase: (employeeNo: string): Promise<Person[]> => db.people.where('employeeNo').equalsIgnoreCase(employeeNo).toArray(),
    /** Up to `limit` people whose name or employee number starts with `query`, through the two indexes. */
    async search(query: string, limit = 20): Promise<Person[]> {
      const q = query.trim();
      if (q === '') return db.people.orderBy('employeeNo').limit(limit).toArray();
      const [byName, byNo] = await Promise.all([db.people.where('name').startsWith(q).limit(limit).toArray(), db.people.where('employeeNo').startsWithIgnoreCase(q).limit(limit).toArray()]);
      return [...new Map([...byName, ...byNo].map((p) => [p.id, p])).values()].slice(0, limit);
    },
    inDepartment: (departmentId: string) => db.people.where('departmentId').equals(departmentId).toArray(),

    /** Competition entries a person is a member of. */
    entriesOf: (personId: string): Promise<Entry[]> => db.entries.where('memberIds').equals(personId).toArray(),
    publicationsOf: (competitionIds: readonly string[]): Promise<Publication[]> => db.publications.where('competitionId').anyOf([...competitionIds]).toArray(),
    /** Articles a person wrote (summaries, no bodies), through the `*authorIds` index. */
    articlesBy: (personId: string): Promise<ArticleSummary[]> => db.articles.where('authorIds').equals(personId).toArray(),

    /**
     * Saves a person; when another stored person already has the employee number, nothing is written and that
     * person is returned as `matched`, so the caller can link to them.
     */
    async saveOrMatch(draft: Draft<Person>): Promise<SaveOrMatch> {
      return db.transaction('rw', db.people, async () => {
        const holder = await db.people.where('employeeNo').equals(draft.employeeNo).first();
        if (holder && holder.id !== draft.id) return { kind: 'matched', person: holder };
        const stored = await db.people.get(draft.id);
        const person = stamp<Person>(draft, stored);
        await db.people.put(person);
        return { kind: 'saved', person };
      });
    },

    /** Writes a confirmed people import whole or not at all. */
    async importPeople({ newDepartments, newPeople, updatedPeople }: PeopleImport): Promise<void> {
      const at = new Date();
      await db.transaction('rw', [db.departments, db.people], async () => {
        await db.departments.bulkAdd(newDepartments.map((d) => stamp<Department>(d, undefined, at)));
        await db.people.bulkAdd(newPeople.map((p) => stamp<Person>(p, undefined, at)));
        const stored = await db.people.bulkGet(updatedPeople.map((p) => p.id));
        await db.people.bulkPut(updatedPeople.map((p, i) => stamp<Person>(p, stored[i], at)));
      });
    },
  };
}

export type PeopleRepository = ReturnType<typeof createPeopleRepository>;
