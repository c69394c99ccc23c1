import * as fs from 'node:fs/promises';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { makeTempDir, silentLogger } from '../../testing/fakes';
import { createKnownFiles } from '../knownFiles';
import { autoBackupName, createAutoBackupHandlers, parseAutoBackupName } from './autoBackups';

describe('automatic backups kept by the main process', () => {
  let dir = '';
  let cleanup: () => Promise<void> = async () => undefined;
  beforeEach(async () => ({ dir, cleanup } = await makeTempDir()));
  afterEach(() => cleanup());

  const setUp = (clock: { now: Date }) => {
    const knownFiles = createKnownFiles();
    const handlers = createAutoBackupHandlers({ fs, backupsDir: () => join(dir, 'backups'), now: () => clock.now, knownFiles, logger: silentLogger });
    return { handlers, knownFiles };
  };

  it('names a backup from its time and reason, and reads the name back', () => {
    const name = autoBackupName(new Date('2024-03-10T12:34:56.789Z'), 'before-import');
    expect(name).toBe('jiangxin-20240310T123456789Z-before-import.jxbak');
    expect(parseAutoBackupName(name)).toEqual({ createdAt: '2024-03-10T12:34:56.789Z', reason: 'before-import' });
    expect(parseAutoBackupName('../jiangxin-20240310T123456789Z-x.jxbak')).toBeUndefined();
  });

  it('writes, lists newest first, reads back, and remembers the files for show-in-folder', async () => {
    const clock = { now: new Date('2024-03-10T08:00:00.000Z') };
    const { handlers, knownFiles } = setUp(clock);
    const first = await handlers['jx:backup:write-auto']({ reason: 'scheduled', bytes: new Uint8Array([1, 2, 3]) }, { owner: null });
    clock.now = new Date('2024-03-11T08:00:00.000Z');
    await handlers['jx:backup:write-auto']({ reason: 'before-import', bytes: new Uint8Array([4]) }, { owner: null });
    const listed = await handlers['jx:backup:list-auto']({}, { owner: null });
    if (!listed.ok || !first.ok) throw new Error('failed');
    expect(listed.value.map((b) => [b.reason, b.size])).toEqual([['before-import', 1], ['scheduled', 3]]);
    expect(knownFiles.has(first.value.path!)).toBe(true);
    const read = await handlers['jx:backup:read-auto']({ name: first.value.name }, { owner: null });
    expect(read).toEqual({ ok: true, value: new Uint8Array([1, 2, 3]) });
  });

  it('applies the rotation after each write: a month of daily backups keeps 7 days plus weekly and monthly ones', async () => {
    const clock = { now: new Date('2024-03-01T08:00:00.000Z') };
    const { handlers } = setUp(clock);
    for (let day = 0; day < 31; day++) {
      clock.now = new Date(Date.parse('2024-03-01T08:00:00.000Z') + day * 86_400_000);
      await handlers['jx:backup:write-auto']({ reason: 'scheduled', bytes: new Uint8Array([day]) }, { owner: null });
    }
    const files = await fs.readdir(join(dir, 'backups'));
    expect(files.length).toBeLessThanOrEqual(7 + 4 + 2);
    expect(files.length).toBeGreaterThanOrEqual(7);
    expect(files.some((f) => f.startsWith('jiangxin-20240331'))).toBe(true);
    expect(files.some((f) => f.startsWith('jiangxin-20240329'))).toBe(true);
  });

  it('lists nothing before the first backup', async () => {
    const { handlers } = setUp({ now: new Date() });
    expect(await handlers['jx:backup:list-auto']({}, { owner: null })).toEqual({ ok: true, value: [] });
  });
});
