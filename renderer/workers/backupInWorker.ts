/**
 * Writes and reads backup files in the backup worker. Where no Worker exists (unit tests in Node) the same code
 * runs inline.
 */
import type { DatabaseSnapshot } from '../../shared/backup/backupFormat';
import { readBackup, type ReadBackupResult } from '../../shared/backup/readBackup';
import { writeBackup, type BackupMeta } from '../../shared/backup/writeBackup';
import type { BackupWorkerRequest, BackupWorkerResponse } from './backupWorker';

function inWorker(request: BackupWorkerRequest): Promise<BackupWorkerResponse> {
  return new Promise((resolve, reject) => {
    const worker = new Worker(new URL('./backupWorker.ts', import.meta.url), { type: 'module' });
    worker.onmessage = (event: MessageEvent<BackupWorkerResponse>) => {
      worker.terminate();
      if (event.data.kind === 'error') reject(new Error(event.data.message));
      else resolve(event.data);
    };
    worker.onerror = (event) => {
      worker.terminate();
      reject(new Error(event.message || 'the backup worker failed'));
    };
    // The bytes to read are copied, not transferred: the caller may still need them.
    worker.postMessage(request);
  });
}

export async function writeBackupInWorker(snapshot: DatabaseSnapshot, meta: BackupMeta): Promise<Uint8Array> {
  if (typeof Worker === 'undefined') return writeBackup(snapshot, meta);
  const response = await inWorker({ kind: 'write', snapshot, meta });
  if (response.kind !== 'written') throw new Error('unexpected answer from the backup worker');
  return response.bytes;
}

/** Reads and checks a backup file completely (shared/backup/readBackup); writes nothing. */
export async function readBackupInWorker(bytes: Uint8Array): Promise<ReadBackupResult> {
  if (typeof Worker === 'undefined') return readBackup(bytes);
  const response = await inWorker({ kind: 'read', bytes });
  if (response.kind !== 'read') throw new Error('unexpected answer from the backup worker');
  return response.result;
}
