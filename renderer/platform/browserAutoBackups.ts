/**
 * Automatic backups in the web build: there is no file system, so they are kept in this browser, in an
 * IndexedDB database of their own (`jiangxin-auto-backups`, apart from the workspace so restoring the workspace
 * never touches them), with the same names and the same rotation as the desktop app's backup folder. They
 * protect against a bad import or restore, not against the browser's storage being cleared: for that the user
 * downloads a backup file (Settings → Backup), and the app asks the browser for persistent storage.
 */
import Dexie, { type Table } from 'dexie';
import { selectBackupsToKeep } from '../../shared/backup/selectBackupsToKeep';
import type { AutoBackupInfo } from '../../shared/ipc/contract';

interface StoredBackup {
  readonly name: string;
  readonly createdAt: string;
  readonly reason: string;
  readonly size: number;
  readonly bytes: Uint8Array;
}

class AutoBackupDatabase extends Dexie {
  backups!: Table<StoredBackup, string>;
  constructor() {
    super('jiangxin-auto-backups');
    this.version(1).stores({ backups: 'name, createdAt' });
  }
}

let database: AutoBackupDatabase | undefined;
const store = () => (database ??= new AutoBackupDatabase()).backups;

const info = ({ name, createdAt, reason, size }: StoredBackup): AutoBackupInfo => ({ name, createdAt, reason, size });

export const browserAutoBackups = {
  async write(reason: string, bytes: Uint8Array, now = new Date()): Promise<AutoBackupInfo> {
    const createdAt = now.toISOString();
    const name = `jiangxin-${createdAt.replace(/[-:.]/g, '')}-${reason}.jxbak`;
    const row: StoredBackup = { name, createdAt, reason, size: bytes.byteLength, bytes };
    await store().put(row);
    const all = await store().toArray();
    const keep = selectBackupsToKeep(all);
    await store().bulkDelete(all.filter((b) => !keep.has(b.name)).map((b) => b.name));
    return info(row);
  },
  async list(): Promise<AutoBackupInfo[]> {
    const rows = await store().orderBy('createdAt').reverse().toArray();
    return rows.map(info);
  },
  async read(name: string): Promise<Uint8Array> {
    const row = await store().get(name);
    if (!row) throw new Error(`no automatic backup named ${name}`);
    return row.bytes;
  },
};
