/**
 * Automatic backups: one before every import, restore, demo load and schema upgrade, and one a day on a
 * schedule. The renderer owns IndexedDB, so it builds the .jxbak bytes; the platform keeps them (the main
 * process writes them to the app's backup folder and rotates them; the web build keeps them in the browser).
 * An empty workspace is not backed up: there is nothing to lose.
 */
import type { Repositories } from '../../db/repositories';
import { getPlatform, type AutoBackupInfo, type AutoBackupReason, type Platform } from '../../platform';
import { makeBackup } from './backupService';

export type AutoBackupStore = Platform['autoBackups'];

/** Thrown when the backup an operation requires could not be made: the operation must not go ahead. */
export class AutoBackupFailedError extends Error {
  constructor(cause: unknown) {
    super('The automatic backup could not be made; nothing was changed.', { cause });
    this.name = 'AutoBackupFailedError';
  }
}

export async function autoBackupBefore(
  repositories: Pick<Repositories, 'backup'>,
  reason: AutoBackupReason,
  store: AutoBackupStore = getPlatform().autoBackups,
): Promise<AutoBackupInfo | null> {
  try {
    if ((await repositories.backup.recordCount()) === 0) return null;
    return await store.write(reason, await makeBackup(repositories.backup, reason));
  } catch (error) {
    throw new AutoBackupFailedError(error);
  }
}

const DAY_MS = 24 * 60 * 60 * 1000;

/** Writes the scheduled backup when the last one is a day old (or there is none). */
export async function runScheduledBackupIfDue(
  repositories: Pick<Repositories, 'backup'>,
  store: AutoBackupStore = getPlatform().autoBackups,
  now = new Date(),
): Promise<AutoBackupInfo | null> {
  const last = (await store.list()).find((b) => b.reason === 'scheduled');
  if (last && now.getTime() - Date.parse(last.createdAt) < DAY_MS) return null;
  return autoBackupBefore(repositories, 'scheduled', store);
}
