/**
 * The backup worker: turns a database snapshot into .jxbak bytes (JSON, hashes, deflate), and reads and checks a
 * .jxbak (inflate, hashes, JSON) off the UI thread, so neither an automatic backup nor a restore of a large
 * workspace freezes the window. One worker per file, terminated afterwards.
 */
import { readBackup, type ReadBackupResult } from '../../shared/backup/readBackup';
import { writeBackup, type BackupMeta } from '../../shared/backup/writeBackup';
import type { DatabaseSnapshot } from '../../shared/backup/backupFormat';

export type BackupWorkerRequest =
  | { readonly kind: 'write'; readonly snapshot: DatabaseSnapshot; readonly meta: BackupMeta }
  | { readonly kind: 'read'; readonly bytes: Uint8Array };

export type BackupWorkerResponse =
  | { readonly kind: 'written'; readonly bytes: Uint8Array }
  | { readonly kind: 'read'; readonly result: ReadBackupResult }
  | { readonly kind: 'error'; readonly message: string };

const scope = self as unknown as {
  onmessage: ((event: { data: BackupWorkerRequest }) => void) | null;
  postMessage(message: BackupWorkerResponse, transfer?: Transferable[]): void;
};

scope.onmessage = (event) => {
  const request = event.data;
  const done =
    request.kind === 'write'
      ? writeBackup(request.snapshot, request.meta).then((bytes) => scope.postMessage({ kind: 'written', bytes }, [bytes.buffer]))
      : readBackup(request.bytes).then((result) => scope.postMessage({ kind: 'read', result }));
  done.catch((error: unknown) => scope.postMessage({ kind: 'error', message: error instanceof Error ? error.message : String(error) }));
};
