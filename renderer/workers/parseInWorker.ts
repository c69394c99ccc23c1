/**
 * Runs a spreadsheet import in the import worker and resolves with its result. Where no Worker exists (unit
 * tests in Node) the same parser runs inline, loaded on demand so exceljs stays out of the first screen.
 */
import type { RosterContext, RosterPreview } from '../../shared/competitions/roster/types';
import type { ImportRubricXlsxResult } from '../../shared/competitions/xlsx/importRubricXlsx';
import type { ImportWorkerRequest, ImportWorkerResponse } from './importWorkerProtocol';

function inWorker(request: ImportWorkerRequest): Promise<ImportWorkerResponse> {
  return new Promise((resolve, reject) => {
    const worker = new Worker(new URL('./importWorker.ts', import.meta.url), { type: 'module' });
    const finish = () => worker.terminate();
    worker.onmessage = (event: MessageEvent<ImportWorkerResponse>) => {
      finish();
      if (event.data.kind === 'error') reject(new Error(event.data.message));
      else resolve(event.data);
    };
    worker.onerror = (event) => {
      finish();
      reject(new Error(event.message || 'the import worker failed'));
    };
    // The bytes are copied, not transferred: the caller keeps its file for the re-check at confirmation.
    worker.postMessage(request);
  });
}

export async function parseRosterInWorker(bytes: Uint8Array, fileName: string, context: RosterContext): Promise<RosterPreview> {
  if (typeof Worker === 'undefined') {
    const { parseRosterFile } = await import('../../shared/competitions/roster/parseRosterFile');
    return parseRosterFile(bytes, fileName, context);
  }
  const response = await inWorker({ kind: 'roster', bytes, fileName, context });
  if (response.kind !== 'roster') throw new Error('unexpected answer from the import worker');
  return response.result;
}

export async function importRubricInWorker(bytes: Uint8Array): Promise<ImportRubricXlsxResult> {
  if (typeof Worker === 'undefined') {
    const { importRubricXlsx } = await import('../../shared/competitions/xlsx/importRubricXlsx');
    return importRubricXlsx(bytes);
  }
  const response = await inWorker({ kind: 'rubric', bytes });
  if (response.kind !== 'rubric') throw new Error('unexpected answer from the import worker');
  return response.result;
}
