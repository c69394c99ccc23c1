/**
 * Writes a file so that readers see either the old content or the whole new content, never a torn file:
 * the bytes go to a temporary file in the same folder (same volume, so the rename is atomic), are flushed to
 * disk, and only then renamed over the target. A backup interrupted by a power cut must not destroy the
 * previous backup of the same name.
 */
import { randomBytes } from 'node:crypto';
import { basename, dirname, join } from 'node:path';
import type { FsPort } from './types';

export async function writeFileAtomic(fs: Pick<FsPort, 'open' | 'rename' | 'unlink'>, target: string, bytes: Uint8Array): Promise<void> {
  const temp = join(dirname(target), `.${basename(target)}.${randomBytes(6).toString('hex')}.tmp`);
  try {
    // 'wx' fails if the name exists, so a stale temp file of another write is never reused.
    const handle = await fs.open(temp, 'wx');
    try {
      await handle.writeFile(bytes);
      await handle.sync();
    } finally {
      await handle.close();
    }
    await fs.rename(temp, target);
  } catch (error) {
    await fs.unlink(temp).catch(() => undefined);
    throw error;
  }
}
