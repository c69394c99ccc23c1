/**
 * The whole database as plain rows, and back. Generic over the schema: `db.tables` lists every table of the
 * current version, so tables that later versions add are backed up and restored without a change here.
 */
import Dexie from 'dexie';
import type { DatabaseSnapshot } from '../../../shared/backup/backupFormat';
import { JiangxinDatabase } from '../database';

/** Every table of `db`, read in one transaction so the snapshot is consistent. */
export async function readSnapshot(db: Dexie): Promise<DatabaseSnapshot> {
  if (!db.isOpen()) await db.open();
  return db.transaction('r', db.tables, async () => {
    const rows = await Promise.all(db.tables.map((table) => table.toArray()));
    return { schemaVersion: db.verno, tables: Object.fromEntries(db.tables.map((table, i) => [table.name, rows[i]!])) };
  });
}

export type RestoreRefusal =
  /** The backup was made by a newer app (its schema is newer than this one's). params: { backup, app } */
  | { readonly code: 'newer_schema'; readonly params: { backup: number; app: number } }
  /** The backup has a table this schema does not know. params: { table } */
  | { readonly code: 'unknown_table'; readonly params: { table: string } };

export class RestoreRefusedError extends Error {
  constructor(readonly refusal: RestoreRefusal) {
    super(refusal.code);
    this.name = 'RestoreRefusedError';
  }
}

/**
 * Replaces every table of `db` with the snapshot's rows in one transaction: it lands whole or not at all.
 * A snapshot from an older schema is first written into a scratch database of that version and brought forward
 * by the same upgrades a user's database goes through, so the rows restored always fit the current schema.
 */
export async function restoreSnapshot(db: JiangxinDatabase, snapshot: DatabaseSnapshot): Promise<void> {
  if (!db.isOpen()) await db.open();
  if (snapshot.schemaVersion > db.verno) {
    throw new RestoreRefusedError({ code: 'newer_schema', params: { backup: snapshot.schemaVersion, app: db.verno } });
  }
  const current = snapshot.schemaVersion < db.verno ? await upgradeSnapshot(snapshot) : snapshot;
  const names = new Set(db.tables.map((t) => t.name));
  const unknown = Object.keys(current.tables).find((name) => !names.has(name));
  if (unknown) throw new RestoreRefusedError({ code: 'unknown_table', params: { table: unknown } });

  await db.transaction('rw', db.tables, async () => {
    for (const table of db.tables) {
      await table.clear();
      const rows = current.tables[table.name];
      if (rows && rows.length > 0) await table.bulkAdd([...rows]);
    }
  });
}

async function upgradeSnapshot(snapshot: DatabaseSnapshot): Promise<DatabaseSnapshot> {
  const scratchName = `jiangxin-restore-${crypto.randomUUID()}`;
  const old = new JiangxinDatabase(scratchName, { upToVersion: snapshot.schemaVersion });
  try {
    await old.open();
    const names = new Set(old.tables.map((t) => t.name));
    const unknown = Object.keys(snapshot.tables).find((name) => !names.has(name));
    if (unknown) throw new RestoreRefusedError({ code: 'unknown_table', params: { table: unknown } });
    await old.transaction('rw', old.tables, async () => {
      for (const table of old.tables) {
        const rows = snapshot.tables[table.name];
        if (rows && rows.length > 0) await table.bulkAdd([...rows]);
      }
    });
    old.close();
    const upgraded = new JiangxinDatabase(scratchName);
    try {
      return await readSnapshot(upgraded);
    } finally {
      upgraded.close();
    }
  } finally {
    old.close();
    await Dexie.delete(scratchName);
  }
}
