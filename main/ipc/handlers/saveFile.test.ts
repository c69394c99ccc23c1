import * as fs from 'node:fs/promises';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { fakeDialog, makeTempDir, silentLogger } from '../../testing/fakes';
import { createSaveFileHandler } from './saveFile';

const context = { owner: null };

describe('save file', () => {
  let dir = '';
  let cleanup: () => Promise<void> = async () => undefined;
  beforeEach(async () => ({ dir, cleanup } = await makeTempDir()));
  afterEach(() => cleanup());

  const handler = (answer: string | null) => {
    const { dialog, saveCalls } = fakeDialog({ save: answer });
    return { save: createSaveFileHandler({ dialog, fs, defaultDir: () => dir, logger: silentLogger }), saveCalls };
  };

  it('writes the bytes where the user chose and proposes the suggested name', async () => {
    const target = join(dir, '成绩.xlsx');
    const { save, saveCalls } = handler(target);
    const bytes = Uint8Array.from([1, 2, 3, 250]);
    const result = await save({ suggestedName: '成绩.xlsx', filters: [{ name: 'Excel', extensions: ['xlsx'] }], bytes }, context);
    expect(result).toEqual({ ok: true, value: { path: target } });
    expect(new Uint8Array(await fs.readFile(target))).toEqual(bytes);
    expect(saveCalls[0]).toMatchObject({ defaultPath: join(dir, '成绩.xlsx'), filters: [{ name: 'Excel', extensions: ['xlsx'] }] });
  });

  it('replaces an existing file whole and leaves no temporary file behind', async () => {
    const target = join(dir, 'backup.jxbak');
    await fs.writeFile(target, 'old content that is longer than the new one');
    const { save } = handler(target);
    await save({ suggestedName: 'backup.jxbak', filters: [], bytes: new TextEncoder().encode('new') }, context);
    expect(await fs.readFile(target, 'utf8')).toBe('new');
    expect(await fs.readdir(dir)).toEqual(['backup.jxbak']);
  });

  it('returns null and writes nothing when the user cancels', async () => {
    const { save } = handler(null);
    expect(await save({ suggestedName: 'a.bin', filters: [], bytes: new Uint8Array([1]) }, context)).toEqual({ ok: true, value: null });
    expect(await fs.readdir(dir)).toEqual([]);
  });

  it('reports a folder it cannot write to as file_unwritable, leaving nothing behind', async () => {
    const { save } = handler(join(dir, 'missing-folder', 'a.bin'));
    const result = await save({ suggestedName: 'a.bin', filters: [], bytes: new Uint8Array([1]) }, context);
    expect(result).toEqual({ ok: false, error: { code: 'file_unwritable', params: { name: 'a.bin', reason: 'ENOENT' } } });
    expect(await fs.readdir(dir)).toEqual([]);
  });
});

describe('save file, when the final rename fails', () => {
  it('removes its temporary file and reports file_unwritable', async () => {
    const { dir, cleanup } = await makeTempDir();
    try {
      // A folder where the file should go: the temp file can be written but not renamed over it.
      const target = join(dir, 'report.pdf');
      await fs.mkdir(target);
      const { dialog } = fakeDialog({ save: target });
      const save = createSaveFileHandler({ dialog, fs, defaultDir: () => dir, logger: silentLogger });
      const result = await save({ suggestedName: 'report.pdf', filters: [], bytes: new Uint8Array([1]) }, context);
      expect(result).toMatchObject({ ok: false, error: { code: 'file_unwritable', params: { name: 'report.pdf' } } });
      expect(await fs.readdir(dir)).toEqual(['report.pdf']);
    } finally {
      await cleanup();
    }
  });
});
