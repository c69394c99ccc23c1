import * as fs from 'node:fs/promises';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { makeTempDir } from '../../testing/fakes';
import { createShowInFolderHandler } from './showInFolder';

describe('show in folder', () => {
  let dir = '';
  let cleanup: () => Promise<void> = async () => undefined;
  beforeEach(async () => ({ dir, cleanup } = await makeTempDir()));
  afterEach(() => cleanup());

  it('reveals an existing file', async () => {
    const path = join(dir, 'backup.jxbak');
    await fs.writeFile(path, 'x');
    const shell = { showItemInFolder: vi.fn() };
    expect(await createShowInFolderHandler({ shell, fs })({ path }, { owner: null })).toEqual({ ok: true, value: null });
    expect(shell.showItemInFolder).toHaveBeenCalledWith(path);
  });

  it('refuses a missing file and a relative path without calling the shell', async () => {
    const shell = { showItemInFolder: vi.fn() };
    const show = createShowInFolderHandler({ shell, fs });
    expect(await show({ path: join(dir, 'gone.pdf') }, { owner: null })).toEqual({
      ok: false,
      error: { code: 'file_unreadable', params: { name: 'gone.pdf', reason: 'ENOENT' } },
    });
    expect(await show({ path: 'relative/file.pdf' }, { owner: null })).toEqual({ ok: false, error: { code: 'invalid_request' } });
    expect(shell.showItemInFolder).not.toHaveBeenCalled();
  });
});
