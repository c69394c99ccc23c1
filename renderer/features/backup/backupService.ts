/**
 * Backup and restore of the whole workspace (.jxbak, docs/formats.md). `makeBackup` reads every table of the
 * current schema and writes the file; `verifyBackupBytes` checks a file completely (readBackup) and writes
 * nothing; `restoreVerifiedBackup` replaces every table in one transaction. Callers that replace data make an
 * automatic backup first (autoBackup.ts).
 */
import type { BackupReason } from '../../../shared/backup/backupFormat';
import type { BackupErrorCode, VerifiedBackup } from '../../../shared/backup/readBackup';
import type { BackupRepository } from '../../db/repositories/backupRepository';
import { readBackupInWorker, writeBackupInWorker } from '../../workers/backupInWorker';

declare const __APP_VERSION__: string | undefined;

export function appVersion(): string {
  return typeof __APP_VERSION__ === 'string' ? __APP_VERSION__ : '0.0.0';
}

/** Reads the whole database and writes it as a .jxbak in the backup worker (the window stays responsive). */
export async function makeBackup(backup: BackupRepository, reason: BackupReason, now = new Date()): Promise<Uint8Array> {
  return writeBackupInWorker(await backup.snapshot(), { createdAt: now.toISOString(), reason, appVersion: appVersion() });
}

/** What a verified backup holds, for the confirmation ("replace N records by M from <date>"). */
export interface BackupSummary {
  readonly createdAt: string;
  readonly reason: BackupReason;
  readonly appVersion: string;
  readonly records: number;
  readonly attachments: number;
}

export function summariseBackup(backup: VerifiedBackup): BackupSummary {
  const { manifest } = backup;
  return {
    createdAt: manifest.createdAt,
    reason: manifest.reason,
    appVersion: manifest.appVersion,
    records: manifest.tables.filter((t) => t.name !== 'settings').reduce((sum, t) => sum + t.rows, 0),
    attachments: manifest.blobs,
  };
}

export type VerifyResult =
  | { readonly ok: true; readonly backup: VerifiedBackup; readonly summary: BackupSummary }
  | { readonly ok: false; readonly code: BackupErrorCode; readonly params?: Readonly<Record<string, string | number>> };

/** Reads and checks a backup file (in the backup worker, so a large file never freezes the window); writes nothing. */
export async function verifyBackupBytes(bytes: Uint8Array): Promise<VerifyResult> {
  const read = await readBackupInWorker(bytes);
  return read.ok ? { ok: true, backup: read.backup, summary: summariseBackup(read.backup) } : read;
}

/** Replaces the whole database with a verified backup, in one transaction. */
export async function restoreVerifiedBackup(backup: BackupRepository, verified: VerifiedBackup): Promise<void> {
  await backup.restore({ schemaVersion: verified.manifest.schemaVersion, tables: verified.tables });
}
