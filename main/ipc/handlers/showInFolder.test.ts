import * as fs from 'node:fs/promises';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { makeTempDir } from '../../testing/fakes';
import { createKnownFiles } from '../knownFiles';
import { createShowInFolderHandler } from './showInFolder';

describe('show in folder', () => {
  let dir = '';
  let cleanup: () => Promise<void> = async () => undefined;
  beforeEach(async () => ({ dir, cleanup } = await makeTempDir()));
  afterEach(() => cleanup());

  it('reveals a file the app wrote or opened this session', async () => {
    const path = join(dir, 'backup.jxbak');
    await fs.writeFile(path, 'x');
    const knownFiles = createKnownFiles();
    knownFiles.remember(path);
    const shell = { showItemInFolder: vi.fn() };
    expect(await createShowInFolderHandler({ shell, fs, knownFiles })({ path }, { owner: null })).toEqual({ ok: true, value: null });
    expect(shell.showItemInFolder).toHaveBeenCalledWith(path);
  });

  it('refuses an existing file the app did not write or open, without looking at it', async () => {
    const path = join(dir, 'someone-elses.docx');
    await fs.writeFile(path, 'x');
    const stat = vi.fn(async (p: string) => fs.stat(p));
    const shell = { showItemInFolder: vi.fn() };
    const show = createShowInFolderHandler({ shell, fs: { stat }, knownFiles: createKnownFiles() });
    expect(await show({ path }, { owner: null })).toEqual({ ok: false, error: { code: 'invalid_request' } });
    expect(stat).not.toHaveBeenCalled();
    expect(shell.showItemInFolder).not.toHaveBeenCalled();
  });

  it('refuses a known file that is gone, and a relative path, without calling the shell', async () => {
    const knownFiles = createKnownFiles();
    knownFiles.remember(join(dir, 'gone.pdf'));
    const shell = { showItemInFolder: vi.fn() };
    const show = createShowInFolderHandler({ shell, fs, knownFiles });
    expect(await show({ path: join(dir, 'gone.pdf') }, { owner: null })).toEqual({
      ok: false,
      error: { code: 'file_unreadable', params: { name: 'gone.pdf', reason: 'ENOENT' } },
    });
    expect(await show({ path: 'relative/file.pdf' }, { owner: null })).toEqual({ ok: false, error: { code: 'invalid_request' } });
    expect(shell.showItemInFolder).not.toHaveBeenCalled();
  });
});
