/**
 * `jx:report:print-to-pdf`: renders a renderer `/print/...` route in a hidden window and saves it as PDF.
 *
 * PDF reports are the same React print views the web build prints with the browser (DESIGN §5). The print
 * view loads its data from IndexedDB asynchronously, so it signals completion by setting
 * `window.__jiangxinPrintReady = true`; we poll for that flag rather than trusting the load event, and give up
 * after a deadline so a broken view cannot leave a hidden window behind.
 */
import type { PrintToPDFOptions } from 'electron';
import { fail, type IpcFailure } from '../ipcResult';
import type { IpcHandler } from '../types';
import { saveBytesWithDialog, type SaveFileDeps } from './saveFile';

/** The part of a hidden BrowserWindow the handler drives (see main/window/createPrintWindow.ts). */
export interface PrintWindow {
  load(url: string): Promise<void>;
  /** Evaluates an expression in the page's main world. */
  evaluate(code: string): Promise<unknown>;
  printToPdf(options: PrintToPDFOptions): Promise<Uint8Array>;
  /** Destroys the window; called exactly once, whatever happened. */
  close(): void;
}

export interface PrintToPdfDeps extends SaveFileDeps {
  readonly createPrintWindow: () => PrintWindow;
  /** The renderer entry page; the route goes after `#` (the renderer uses a hash router). */
  readonly rendererEntryUrl: string;
  /** How long the view may take to load and become ready. */
  readonly readyTimeoutMs?: number;
  readonly pollIntervalMs?: number;
}

export const PRINT_READY_TIMEOUT_MS = 20_000;
const READY_EXPRESSION = 'window.__jiangxinPrintReady === true';
const TIMED_OUT = Symbol('timed out');

export function createPrintToPdfHandler(deps: PrintToPdfDeps): IpcHandler<'jx:report:print-to-pdf'> {
  const { createPrintWindow, rendererEntryUrl, logger } = deps;
  const timeoutMs = deps.readyTimeoutMs ?? PRINT_READY_TIMEOUT_MS;
  const pollMs = deps.pollIntervalMs ?? 100;

  return async (request, { owner }) => {
    const window = createPrintWindow();
    let pdf: Uint8Array | IpcFailure;
    try {
      pdf = await renderPdf(window, `${rendererEntryUrl}#${request.route}`, Date.now() + timeoutMs, pollMs, {
        printBackground: true,
        landscape: request.landscape,
        pageSize: request.pageSize,
      });
    } catch (error) {
      logger.warn(`print: rendering ${request.route} failed`, error);
      pdf = fail('print_failed', { route: request.route, reason: 'render' });
    } finally {
      window.close();
    }
    if (!(pdf instanceof Uint8Array)) return pdf;
    return saveBytesWithDialog(
      deps,
      owner,
      { title: undefined, suggestedName: request.suggestedName, filters: [{ name: 'PDF', extensions: ['pdf'] }] },
      pdf,
    );
  };
}

async function renderPdf(
  window: PrintWindow,
  url: string,
  deadline: number,
  pollMs: number,
  options: PrintToPDFOptions,
): Promise<Uint8Array | IpcFailure> {
  const timedOut = fail('print_failed', { reason: 'timeout' });
  if ((await beforeDeadline(window.load(url), deadline)) === TIMED_OUT) return timedOut;
  for (;;) {
    const ready = await beforeDeadline(window.evaluate(READY_EXPRESSION), deadline);
    if (ready === true) break;
    if (ready === TIMED_OUT || Date.now() + pollMs > deadline) return timedOut;
    await sleep(pollMs);
  }
  return window.printToPdf(options);
}

/** Resolves with the promise's value, or TIMED_OUT once the deadline passes (the timer is always cleared). */
async function beforeDeadline<T>(promise: Promise<T>, deadline: number): Promise<T | typeof TIMED_OUT> {
  let timer: ReturnType<typeof setTimeout> | undefined;
  const expiry = new Promise<typeof TIMED_OUT>((resolve) => {
    timer = setTimeout(() => resolve(TIMED_OUT), Math.max(0, deadline - Date.now()));
  });
  try {
    return await Promise.race([promise, expiry]);
  } finally {
    clearTimeout(timer);
  }
}

function sleep(ms: number): Promise<void> {
  return new Promise((resolve) => setTimeout(resolve, ms));
}
