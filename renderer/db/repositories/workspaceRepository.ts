/**
 * Whole-workspace operations: counting, reading several tables at once, and replacing everything in one
 * transaction (demo load, and later backup restore) so a replacement lands whole or not at all.
 */
import { WORKSPACE_TABLES, type WorkspaceRecords, type WorkspaceTable } from '../../../shared/domain';
import type { JiangxinDatabase, SealedMapRow } from '../database';

export type WorkspaceCounts = Readonly<Record<WorkspaceTable, number>>;

export function createWorkspaceRepository(db: JiangxinDatabase) {
  const tables = () => WORKSPACE_TABLES.map((name) => db.table(name));

  return {
    async counts(): Promise<WorkspaceCounts> {
      const values = await Promise.all(WORKSPACE_TABLES.map((name) => db.table(name).count()));
      return Object.fromEntries(WORKSPACE_TABLES.map((name, i) => [name, values[i] ?? 0])) as WorkspaceCounts;
    },

    async totalRecords(): Promise<number> {
      const counts = await this.counts();
      return Object.values(counts).reduce((sum, n) => sum + n, 0);
    },

    async isEmpty(): Promise<boolean> {
      return (await this.totalRecords()) === 0;
    },

    /** Reads the named tables in one read transaction, so the figures computed from them are consistent. */
    async read<T extends WorkspaceTable>(names: readonly T[]): Promise<Pick<WorkspaceRecords, T>> {
      return db.transaction('r', names.map((name) => db.table(name)), async () => {
        const rows = await Promise.all(names.map((name) => db.table(name).toArray()));
        return Object.fromEntries(names.map((name, i) => [name, rows[i]])) as unknown as Pick<WorkspaceRecords, T>;
      });
    },

    /**
     * Replaces every workspace table with `records`, atomically, with the sealed code maps that go with them
     * (they belong to the competitions replaced). Settings, attachments and this device's keys are kept.
     */
    async replaceWith(records: WorkspaceRecords, sealedMaps: readonly SealedMapRow[] = []): Promise<void> {
      await db.transaction('rw', [...tables(), db.sealedMaps], async () => {
        for (const name of WORKSPACE_TABLES) {
          const table = db.table(name);
          await table.clear();
          await table.bulkAdd([...records[name]]);
        }
        await db.sealedMaps.clear();
        await db.sealedMaps.bulkAdd([...sealedMaps]);
      });
    },
  };
}

export type WorkspaceRepository = ReturnType<typeof createWorkspaceRepository>;
