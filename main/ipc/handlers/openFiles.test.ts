import * as fs from 'node:fs/promises';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeDialog, makeTempDir, silentLogger } from '../../testing/fakes';
import { createOpenFilesHandler } from './openFiles';

const context = { owner: null };
const request = (overrides: Partial<Parameters<ReturnType<typeof createOpenFilesHandler>>[0]> = {}) => ({
  filters: [],
  multiple: false,
  ...overrides,
});

describe('open files', () => {
  let dir = '';
  let cleanup: () => Promise<void> = async () => undefined;
  beforeEach(async () => ({ dir, cleanup } = await makeTempDir()));
  afterEach(() => cleanup());

  /** The real fs, with readFile watched so a test can prove nothing was read. */
  const watchedFs = () => ({ stat: fs.stat, readFile: vi.fn((path: string) => fs.readFile(path)) });

  it('returns the name, path and exact bytes of the chosen file', async () => {
    const path = join(dir, '比赛.jxcomp');
    await fs.writeFile(path, Uint8Array.from([0x4a, 0x58, 0, 255]));
    const { dialog, openCalls } = fakeDialog({ open: [path] });
    const result = await createOpenFilesHandler({ dialog, fs: watchedFs(), logger: silentLogger })(
      request({ title: '导入', filters: [{ name: 'Jiangxin', extensions: ['jxcomp'] }] }),
      context,
    );
    expect(result).toEqual({ ok: true, value: [{ name: '比赛.jxcomp', path, bytes: Uint8Array.from([0x4a, 0x58, 0, 255]) }] });
    expect(openCalls[0]).toMatchObject({ title: '导入', filters: [{ name: 'Jiangxin', extensions: ['jxcomp'] }], properties: ['openFile'] });
  });

  it('returns every file of a multiple selection, in order', async () => {
    const a = join(dir, 'a.csv');
    const b = join(dir, 'b.csv');
    await fs.writeFile(a, 'a');
    await fs.writeFile(b, 'bb');
    const { dialog, openCalls } = fakeDialog({ open: [a, b] });
    const result = await createOpenFilesHandler({ dialog, fs: watchedFs(), logger: silentLogger })(request({ multiple: true }), context);
    expect(result.ok && result.value?.map((f) => [f.name, f.bytes.byteLength])).toEqual([
      ['a.csv', 1],
      ['b.csv', 2],
    ]);
    expect(openCalls[0]?.properties).toEqual(['openFile', 'multiSelections']);
  });

  it('refuses a file over the limit with its name, size and the limit, without reading any file', async () => {
    const small = join(dir, 'small.bin');
    const big = join(dir, 'big.bin');
    await fs.writeFile(small, new Uint8Array(10));
    await fs.writeFile(big, new Uint8Array(2048));
    const watched = watchedFs();
    const { dialog } = fakeDialog({ open: [small, big] });
    const result = await createOpenFilesHandler({ dialog, fs: watched, logger: silentLogger })(
      request({ multiple: true, maxBytes: 1024 }),
      context,
    );
    expect(result).toEqual({ ok: false, error: { code: 'file_too_large', params: { name: 'big.bin', size: 2048, limit: 1024 } } });
    expect(watched.readFile).not.toHaveBeenCalled();
  });

  it('returns null when the user cancels', async () => {
    const { dialog } = fakeDialog({ open: null });
    const watched = watchedFs();
    expect(await createOpenFilesHandler({ dialog, fs: watched, logger: silentLogger })(request(), context)).toEqual({ ok: true, value: null });
    expect(watched.readFile).not.toHaveBeenCalled();
  });

  it('reports a file that vanished as unreadable', async () => {
    const { dialog } = fakeDialog({ open: [join(dir, 'gone.jxbak')] });
    const result = await createOpenFilesHandler({ dialog, fs: watchedFs(), logger: silentLogger })(request(), context);
    expect(result).toEqual({ ok: false, error: { code: 'file_unreadable', params: { name: 'gone.jxbak', reason: 'ENOENT' } } });
  });

  it('refuses a folder', async () => {
    const { dialog } = fakeDialog({ open: [dir] });
    const result = await createOpenFilesHandler({ dialog, fs: watchedFs(), logger: silentLogger })(request(), context);
    expect(result).toMatchObject({ ok: false, error: { code: 'file_unreadable' } });
  });
});
