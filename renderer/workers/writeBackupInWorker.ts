/**
 * Writes a backup file in the backup worker and resolves with its bytes. Where no Worker exists (unit tests in
 * Node) the same writer runs inline.
 */
import type { DatabaseSnapshot } from '../../shared/backup/backupFormat';
import { writeBackup, type BackupMeta } from '../../shared/backup/writeBackup';
import type { BackupWorkerRequest, BackupWorkerResponse } from './backupWorker';

export function writeBackupInWorker(snapshot: DatabaseSnapshot, meta: BackupMeta): Promise<Uint8Array> {
  if (typeof Worker === 'undefined') return writeBackup(snapshot, meta);
  return new Promise((resolve, reject) => {
    const worker = new Worker(new URL('./backupWorker.ts', import.meta.url), { type: 'module' });
    worker.onmessage = (event: MessageEvent<BackupWorkerResponse>) => {
      worker.terminate();
      if (event.data.kind === 'ok') resolve(event.data.bytes);
      else reject(new Error(event.data.message));
    };
    worker.onerror = (event) => {
      worker.terminate();
      reject(new Error(event.message || 'the backup worker failed'));
    };
    const request: BackupWorkerRequest = { snapshot, meta };
    worker.postMessage(request);
  });
}
