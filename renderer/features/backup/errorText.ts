/**
 * Plain-language text for the failures every data-changing action can meet: a full disk or storage quota,
 * a required automatic backup that could not be made, a refused restore. Other features use it for their
 * write errors so the user reads the same sentence for the same cause everywhere.
 */
import type { TFunction } from 'i18next';
import { RestoreRefusedError } from '../../db/backup/snapshot';
import { isQuotaExceeded } from '../../db/storageErrors';
import { AutoBackupFailedError } from './autoBackup';

export function writeErrorText(t: TFunction, error: unknown): string {
  if (isQuotaExceeded(error)) return t('backup.errors.storage_full');
  if (error instanceof AutoBackupFailedError) {
    const detail = isQuotaExceeded(error.cause) ? t('backup.errors.storage_full') : '';
    return t('backup.errors.auto_backup_failed', { detail });
  }
  if (error instanceof RestoreRefusedError) return t(`backup.errors.${error.refusal.code}`, error.refusal.params);
  return t('backup.errors.other', { message: error instanceof Error ? error.message : String(error) });
}
