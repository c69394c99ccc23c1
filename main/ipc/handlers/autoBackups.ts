/**
 * `jx:backup:write-auto`, `jx:backup:list-auto`, `jx:backup:read-auto`: the automatic backups the main process
 * keeps in `<userData>/backups`. The renderer (which owns IndexedDB) builds the .jxbak bytes on a schedule and
 * before every import, restore, demo load and upgrade; main names the file from its own clock, writes it
 * atomically and then applies the rotation rule (shared/backup/selectBackupsToKeep.ts: 7 daily, 4 weekly,
 * 12 monthly). Names are checked against one pattern, so no request can reach a path outside the folder.
 */
import { join } from 'node:path';
import { selectBackupsToKeep } from '../../../shared/backup/selectBackupsToKeep';
import { AUTO_BACKUP_NAME_PATTERN, type AutoBackupInfo } from '../../../shared/ipc/contract';
import { errnoCode, fail, ok } from '../ipcResult';
import type { KnownFiles } from '../knownFiles';
import type { FsPort, IpcHandler, Logger } from '../types';
import { writeFileAtomic } from '../writeFileAtomic';

export interface AutoBackupFs extends Pick<FsPort, 'open' | 'rename' | 'unlink' | 'readFile' | 'stat'> {
  readdir(path: string): Promise<string[]>;
  mkdir(path: string, options: { recursive: true }): Promise<unknown>;
}

export interface AutoBackupDeps {
  readonly fs: AutoBackupFs;
  /** `<userData>/backups` in the app. */
  readonly backupsDir: () => string;
  readonly now: () => Date;
  readonly knownFiles: KnownFiles;
  readonly logger: Logger;
}

/** jiangxin-20240310T120000123Z-before-import.jxbak ⇄ its date and reason. */
export function autoBackupName(createdAt: Date, reason: string): string {
  const stamp = createdAt.toISOString().replace(/[-:.]/g, '');
  return `jiangxin-${stamp}-${reason}.jxbak`;
}

export function parseAutoBackupName(name: string): { createdAt: string; reason: string } | undefined {
  if (!AUTO_BACKUP_NAME_PATTERN.test(name)) return undefined;
  const match = /^jiangxin-(\d{4})(\d{2})(\d{2})T(\d{2})(\d{2})(\d{2})(\d{3})Z-([a-z-]+)\.jxbak$/.exec(name);
  if (!match) return undefined;
  const [, y, mo, d, h, mi, s, ms, reason] = match;
  return { createdAt: `${y}-${mo}-${d}T${h}:${mi}:${s}.${ms}Z`, reason: reason! };
}

export function createAutoBackupHandlers(deps: AutoBackupDeps) {
  const { fs, backupsDir, knownFiles, logger } = deps;

  const list = async (): Promise<AutoBackupInfo[]> => {
    let names: string[];
    try {
      names = await fs.readdir(backupsDir());
    } catch (error) {
      if (errnoCode(error) === 'ENOENT') return [];
      throw error;
    }
    const backups: AutoBackupInfo[] = [];
    for (const name of names) {
      const parsed = parseAutoBackupName(name);
      if (!parsed) continue;
      const path = join(backupsDir(), name);
      const { size } = await fs.stat(path);
      knownFiles.remember(path);
      backups.push({ name, ...parsed, size, path });
    }
    return backups.sort((a, b) => b.createdAt.localeCompare(a.createdAt));
  };

  const write: IpcHandler<'jx:backup:write-auto'> = async ({ reason, bytes }) => {
    const name = autoBackupName(deps.now(), reason);
    const path = join(backupsDir(), name);
    try {
      await fs.mkdir(backupsDir(), { recursive: true });
      await writeFileAtomic(fs, path, bytes);
    } catch (error) {
      logger.warn(`backup: cannot write an automatic backup (${reason})`, errnoCode(error));
      return fail('file_unwritable', { name, reason: errnoCode(error) });
    }
    knownFiles.remember(path);
    const all = await list();
    const keep = selectBackupsToKeep(all);
    for (const old of all) {
      if (keep.has(old.name)) continue;
      await fs.unlink(join(backupsDir(), old.name)).catch((error: unknown) => logger.warn('backup: rotation could not delete one old backup', errnoCode(error)));
    }
    logger.info(`backup: automatic backup written (${reason}, ${bytes.byteLength} bytes), ${keep.size} kept`);
    const info = parseAutoBackupName(name)!;
    return ok({ name, ...info, size: bytes.byteLength, path });
  };

  const listHandler: IpcHandler<'jx:backup:list-auto'> = async () => ok(await list());

  const read: IpcHandler<'jx:backup:read-auto'> = async ({ name }) => {
    try {
      const bytes = await fs.readFile(join(backupsDir(), name));
      return ok(new Uint8Array(bytes));
    } catch (error) {
      return fail('file_unreadable', { name, reason: errnoCode(error) });
    }
  };

  return { 'jx:backup:write-auto': write, 'jx:backup:list-auto': listHandler, 'jx:backup:read-auto': read } as const;
}
