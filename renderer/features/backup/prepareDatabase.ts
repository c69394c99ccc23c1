/**
 * Runs before the workspace database is first opened (WorkspaceGate): refuses a database made by a newer app,
 * and backs up an older one before its upgrade runs. See renderer/db/installedVersion.ts for why.
 */
import { writeBackup } from '../../../shared/backup/writeBackup';
import { checkInstalledDatabase, snapshotInstalled, type InstalledDatabase } from '../../db/installedVersion';
import { getPlatform } from '../../platform';
import { AutoBackupFailedError } from './autoBackup';
import { appVersion } from './backupService';

export async function prepareDatabase(): Promise<InstalledDatabase> {
  const installed = await checkInstalledDatabase();
  if (installed.kind !== 'older') return installed;
  try {
    const snapshot = await snapshotInstalled();
    const rows = Object.values(snapshot.tables).reduce((sum, t) => sum + t.length, 0);
    if (rows > 0) {
      const bytes = await writeBackup(snapshot, { createdAt: new Date().toISOString(), reason: 'before-upgrade', appVersion: appVersion() });
      await getPlatform().autoBackups.write('before-upgrade', bytes);
    }
  } catch (error) {
    throw new AutoBackupFailedError(error);
  }
  return installed;
}
