/**
 * The backup worker: turns a database snapshot into .jxbak bytes (JSON, hashes, deflate) off the UI thread, so
 * an automatic backup before an import or on its daily schedule never freezes the window. One worker per backup,
 * terminated afterwards.
 */
import { writeBackup, type BackupMeta } from '../../shared/backup/writeBackup';
import type { DatabaseSnapshot } from '../../shared/backup/backupFormat';

export interface BackupWorkerRequest {
  readonly snapshot: DatabaseSnapshot;
  readonly meta: BackupMeta;
}

export type BackupWorkerResponse = { readonly kind: 'ok'; readonly bytes: Uint8Array } | { readonly kind: 'error'; readonly message: string };

const scope = self as unknown as {
  onmessage: ((event: { data: BackupWorkerRequest }) => void) | null;
  postMessage(message: BackupWorkerResponse, transfer?: Transferable[]): void;
};

scope.onmessage = (event) => {
  writeBackup(event.data.snapshot, event.data.meta).then(
    (bytes) => scope.postMessage({ kind: 'ok', bytes }, [bytes.buffer]),
    (error: unknown) => scope.postMessage({ kind: 'error', message: error instanceof Error ? error.message : String(error) }),
  );
};
