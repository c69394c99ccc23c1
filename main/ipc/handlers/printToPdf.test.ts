import * as fs from 'node:fs/promises';
import { join } from 'node:path';
import type { PrintToPDFOptions } from 'electron';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { fakeDialog, makeTempDir, silentLogger } from '../../testing/fakes';
import { createPrintToPdfHandler, type PrintWindow } from './printToPdf';

const context = { owner: null };
const PDF = new TextEncoder().encode('%PDF-1.7 fake');

/** A print window whose page becomes ready after `readyAfterPolls` checks (never, if Infinity). */
function fakePrintWindow(readyAfterPolls: number, options: { loadFails?: boolean } = {}) {
  const state = { loadedUrl: '', polls: 0, printOptions: undefined as PrintToPDFOptions | undefined, closed: 0 };
  const window: PrintWindow = {
    load: async (url) => {
      if (options.loadFails) throw new Error('ERR_FILE_NOT_FOUND');
      state.loadedUrl = url;
    },
    evaluate: async (code) => {
      expect(code).toBe('window.__jiangxinPrintReady === true');
      state.polls += 1;
      return state.polls > readyAfterPolls;
    },
    printToPdf: async (printOptions) => {
      state.printOptions = printOptions;
      return PDF;
    },
    close: () => {
      state.closed += 1;
    },
  };
  return { window, state };
}

describe('print to PDF', () => {
  let dir = '';
  let cleanup: () => Promise<void> = async () => undefined;
  beforeEach(async () => ({ dir, cleanup } = await makeTempDir()));
  afterEach(() => cleanup());

  const setUp = (window: PrintWindow, saveAnswer: string | null, readyTimeoutMs = 2_000) => {
    const { dialog, saveCalls } = fakeDialog({ save: saveAnswer });
    const print = createPrintToPdfHandler({
      dialog,
      fs,
      defaultDir: () => dir,
      logger: silentLogger,
      createPrintWindow: () => window,
      rendererEntryUrl: 'app://jiangxin/index.html',
      readyTimeoutMs,
      pollIntervalMs: 5,
    });
    return { print, saveCalls };
  };

  it('waits for the print view, prints it with the requested layout, saves the PDF and closes the window', async () => {
    const { window, state } = fakePrintWindow(3);
    const target = join(dir, '成绩单.pdf');
    const { print, saveCalls } = setUp(window, target);
    const result = await print(
      { route: '/print/results/c-1?part=practical', suggestedName: '成绩单.pdf', landscape: true, pageSize: 'A3' },
      context,
    );
    expect(result).toEqual({ ok: true, value: { path: target } });
    expect(state.loadedUrl).toBe('app://jiangxin/index.html#/print/results/c-1?part=practical');
    expect(state.polls).toBe(4);
    expect(state.printOptions).toEqual({ printBackground: true, landscape: true, pageSize: 'A3' });
    expect(new Uint8Array(await fs.readFile(target))).toEqual(PDF);
    expect(saveCalls[0]).toMatchObject({ defaultPath: join(dir, '成绩单.pdf'), filters: [{ name: 'PDF', extensions: ['pdf'] }] });
    expect(state.closed).toBe(1);
  });

  it('gives up with print_failed when the view never becomes ready, without asking where to save', async () => {
    const { window, state } = fakePrintWindow(Infinity);
    const { print, saveCalls } = setUp(window, join(dir, 'never.pdf'), 150);
    const started = Date.now();
    const result = await print({ route: '/print/broken', suggestedName: 'never.pdf', landscape: false, pageSize: 'A4' }, context);
    expect(result).toEqual({ ok: false, error: { code: 'print_failed', params: { reason: 'timeout' } } });
    expect(Date.now() - started).toBeGreaterThanOrEqual(100);
    expect(state.polls).toBeGreaterThan(1);
    expect(state.printOptions).toBeUndefined();
    expect(saveCalls).toHaveLength(0);
    expect(state.closed).toBe(1);
    expect(await fs.readdir(dir)).toEqual([]);
  });

  it('reports a view that fails to load as print_failed and closes the window', async () => {
    const { window, state } = fakePrintWindow(0, { loadFails: true });
    const { print } = setUp(window, join(dir, 'x.pdf'));
    const result = await print({ route: '/print/x', suggestedName: 'x.pdf', landscape: false, pageSize: 'A4' }, context);
    expect(result).toEqual({ ok: false, error: { code: 'print_failed', params: { route: '/print/x', reason: 'render' } } });
    expect(state.closed).toBe(1);
  });

  it('returns null when the user cancels the save dialog', async () => {
    const { window } = fakePrintWindow(0);
    const { print } = setUp(window, null);
    const result = await print({ route: '/print/x', suggestedName: 'x.pdf', landscape: false, pageSize: 'A4' }, context);
    expect(result).toEqual({ ok: true, value: null });
    expect(await fs.readdir(dir)).toEqual([]);
  });
});
