/**
 * Deleting a record leaves a tombstone (`${table}:${id}` with the version it had) in the same transaction, so a
 * studio package can carry the deletion to the union office's copy (DESIGN §4).
 */
import type { Table } from 'dexie';
import type { RecordMeta, Tombstone } from '../../../shared/domain';
import type { JiangxinDatabase } from '../database';

export function tombstoneId(table: string, recordId: string): string {
  return `${table}:${recordId}`;
}

/** Deletes the record and records its tombstone; call inside a transaction that includes `db.tombstones`. */
export async function deleteWithTombstone<T extends RecordMeta>(db: JiangxinDatabase, table: Table<T, string>, id: string, at = new Date()): Promise<void> {
  const stored = await table.get(id);
  if (!stored) return;
  await table.delete(id);
  const tombstone: Tombstone = { id: tombstoneId(table.name, id), table: table.name, recordId: id, version: stored.version, deletedAt: at.toISOString() };
  await db.tombstones.put(tombstone);
}

/** A `remove` for a record store that leaves a tombstone. */
export function removeWithTombstone<T extends RecordMeta>(db: JiangxinDatabase, table: Table<T, string>) {
  return (id: string): Promise<void> => db.transaction('rw', [table, db.tombstones], () => deleteWithTombstone(db, table, id));
}
