/** Reads and versioned writes common to every aggregate's table; repositories add their own queries on top. */
import type { Table } from 'dexie';
import type { RecordMeta } from '../../../shared/domain';
import { stamp, type Draft } from './recordMeta';

export function createRecordStore<T extends RecordMeta>(table: Table<T, string>) {
  return {
    get: (id: string): Promise<T | undefined> => table.get(id),
    list: (): Promise<T[]> => table.toArray(),
    count: (): Promise<number> => table.count(),
    /** The records with these ids, in the same order, skipping ids that no longer exist. */
    async byIds(ids: readonly string[]): Promise<T[]> {
      const rows = await table.bulkGet([...ids]);
      return rows.filter((row): row is T => row !== undefined);
    },
    /** Saves a record with its version bumped; returns the stored record. */
    async save(draft: Draft<T>): Promise<T> {
      return table.db.transaction('rw', table, async () => {
        const stored = await table.get(draft.id);
        const record = stamp<T>(draft, stored);
        await table.put(record);
        return record;
      });
    },
    remove: (id: string): Promise<void> => table.delete(id),
  };
}
