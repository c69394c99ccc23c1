/** The whole database as one snapshot, for backups, and its replacement by a restored one. */
import type { DatabaseSnapshot } from '../../../shared/backup/backupFormat';
import { readSnapshot, restoreSnapshot } from '../backup/snapshot';
import type { JiangxinDatabase } from '../database';

export function createBackupRepository(db: JiangxinDatabase) {
  return {
    /** Every table of the current schema, read in one transaction. */
    snapshot: (): Promise<DatabaseSnapshot> => readSnapshot(db),
    /** Replaces every table in one transaction (older snapshots are upgraded first). */
    restore: (snapshot: DatabaseSnapshot): Promise<void> => restoreSnapshot(db, snapshot),
    /** Rows in all tables except settings: zero means there is nothing a backup would protect. */
    async recordCount(): Promise<number> {
      const counts = await Promise.all(db.tables.filter((t) => t.name !== 'settings').map((t) => t.count()));
      return counts.reduce((sum, n) => sum + n, 0);
    },
  };
}

export type BackupRepository = ReturnType<typeof createBackupRepository>;
