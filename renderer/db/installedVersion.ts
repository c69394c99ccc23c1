/**
 * The app's open path checks the database already on this machine before Dexie opens it. Dexie 4, asked to
 * open a database whose version is higher than the app declares, silently opens it at the higher version and
 * may even patch its schema: an older app would then read and write data it does not understand. So the
 * installed version is read first (without opening) and:
 *   newer than the app → refused with a plain message, never opened;
 *   older → an automatic backup of it is made (read at its own version), then Dexie runs the upgrades.
 */
import Dexie from 'dexie';
import type { DatabaseSnapshot } from '../../shared/backup/backupFormat';
import { readSnapshot } from './backup/snapshot';
import { appSchemaVersion, DATABASE_NAME } from './database';

export type InstalledDatabase =
  | { readonly kind: 'none' | 'current' }
  | { readonly kind: 'older' | 'newer'; readonly installed: number; readonly app: number };

/** Dexie stores version n as IndexedDB version 10·n (+1 when it patched a schema in place). */
export async function checkInstalledDatabase(name: string = DATABASE_NAME, app: number = appSchemaVersion()): Promise<InstalledDatabase> {
  const found = (await indexedDB.databases()).find((d) => d.name === name);
  if (!found?.version) return { kind: 'none' };
  const installed = Math.floor(found.version / 10);
  if (installed > app) return { kind: 'newer', installed, app };
  if (installed < app) return { kind: 'older', installed, app };
  return { kind: 'current' };
}

/** Every table of the installed database, read at its own version (before any upgrade runs). */
export async function snapshotInstalled(name: string = DATABASE_NAME): Promise<DatabaseSnapshot> {
  const db = new Dexie(name);
  try {
    return await readSnapshot(db);
  } finally {
    db.close();
  }
}
