/**
 * The backup section's actions: save a backup file, check a file or an automatic backup before restoring it,
 * restore after confirmation (automatic backup of the current workspace first), and the list of automatic
 * backups. Nothing is written until the user confirms, and a file that fails any check changes nothing.
 */
import { useCallback, useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { BACKUP_EXTENSION } from '../../../shared/backup/backupFormat';
import type { VerifiedBackup } from '../../../shared/backup/readBackup';
import { IMPORT_LIMITS } from '../../../shared/safety/importLimits';
import { useRepositories } from '../../db/useRepositories';
import { getPlatform, PlatformError, type AutoBackupInfo } from '../../platform';
import { autoBackupBefore } from './autoBackup';
import { makeBackup, restoreVerifiedBackup, verifyBackupBytes, type BackupSummary } from './backupService';
import { writeErrorText } from './errorText';

export interface PendingRestore {
  readonly backup: VerifiedBackup;
  readonly summary: BackupSummary;
  /** Records in the workspace now, for the confirmation. */
  readonly current: number;
}

export type Notice = { readonly severity: 'success' | 'error'; readonly text: string };

const MB = 1024 * 1024;

export function useBackups() {
  const { t } = useTranslation();
  const repositories = useRepositories();
  const platform = getPlatform();
  const [busy, setBusy] = useState<'saving' | 'reading' | 'restoring' | null>(null);
  const [notice, setNotice] = useState<Notice | null>(null);
  const [pending, setPending] = useState<PendingRestore | null>(null);
  const [autoBackups, setAutoBackups] = useState<readonly AutoBackupInfo[] | null>(null);

  const refresh = useCallback(async () => {
    setAutoBackups(await platform.autoBackups.list().catch(() => []));
  }, [platform]);
  useEffect(() => {
    let cancelled = false;
    void platform.autoBackups
      .list()
      .catch(() => [])
      .then((list) => !cancelled && setAutoBackups(list));
    return () => {
      cancelled = true;
    };
  }, [platform]);

  const fail = (error: unknown) => setNotice({ severity: 'error', text: writeErrorText(t, error) });

  const saveBackup = async () => {
    setBusy('saving');
    setNotice(null);
    try {
      const bytes = await makeBackup(repositories.backup, 'manual');
      const day = new Date().toISOString().slice(0, 10);
      const saved = await platform.saveFile({
        title: t('backup.save'),
        suggestedName: `jiangxin-${day}.${BACKUP_EXTENSION}`,
        filters: [{ name: t('backup.filterName'), extensions: [BACKUP_EXTENSION] }],
        bytes,
      });
      if (saved) setNotice({ severity: 'success', text: t('backup.saved', { name: saved.path ?? saved.name }) });
    } catch (error) {
      fail(error);
    } finally {
      setBusy(null);
    }
  };

  /** Verifies bytes and, when they pass, asks for confirmation. */
  const check = async (bytes: Uint8Array) => {
    const verified = await verifyBackupBytes(bytes);
    if (!verified.ok) {
      const params = { ...verified.params };
      if (typeof params['limit'] === 'number') params['limit'] = Math.round(params['limit'] / MB);
      setNotice({ severity: 'error', text: t(`backup.errors.${verified.code}`, params) });
      return;
    }
    setPending({ backup: verified.backup, summary: verified.summary, current: await repositories.backup.recordCount() });
  };

  const restoreFromFile = async () => {
    setNotice(null);
    try {
      const files = await platform.openFiles({
        title: t('backup.pickTitle'),
        filters: [{ name: t('backup.filterName'), extensions: [BACKUP_EXTENSION] }],
        maxBytes: IMPORT_LIMITS.backup.maxFileBytes,
      });
      const file = files?.[0];
      if (!file) return;
      setBusy('reading');
      await check(file.bytes);
    } catch (error) {
      if (error instanceof PlatformError && error.code === 'file_too_large') {
        setNotice({ severity: 'error', text: t('backup.errors.file_too_large', { limit: Math.round(IMPORT_LIMITS.backup.maxFileBytes / MB) }) });
      } else fail(error);
    } finally {
      setBusy(null);
    }
  };

  const restoreFromAuto = async (name: string) => {
    setNotice(null);
    setBusy('reading');
    try {
      await check(await platform.autoBackups.read(name));
    } catch (error) {
      fail(error);
    } finally {
      setBusy(null);
    }
  };

  const confirmRestore = async () => {
    if (!pending) return;
    setBusy('restoring');
    try {
      await autoBackupBefore(repositories, 'before-restore');
      await restoreVerifiedBackup(repositories.backup, pending.backup);
      setNotice({ severity: 'success', text: t('backup.restored') });
    } catch (error) {
      fail(error);
    } finally {
      setPending(null);
      setBusy(null);
      await refresh();
    }
  };

  return {
    busy,
    notice,
    pending,
    autoBackups,
    saveBackup,
    restoreFromFile,
    restoreFromAuto,
    confirmRestore,
    cancelRestore: () => setPending(null),
    showInFolder: (path: string) => platform.showInFolder(path).catch(fail),
  };
}
