/**
 * The import worker: reads roster and rubric spreadsheets off the UI thread, so a large or hostile file never
 * freezes the window (the caps in shared/safety/importLimits.ts bound what it may cost here too). exceljs lives
 * only here and in the shared spreadsheet module behind it. One worker per file; it is terminated afterwards,
 * which also frees everything the file cost.
 */
import { parseRosterFile } from '../../shared/competitions/roster/parseRosterFile';
import { importRubricXlsx } from '../../shared/competitions/xlsx/importRubricXlsx';
import type { ImportWorkerRequest, ImportWorkerResponse } from './importWorkerProtocol';

const scope = self as unknown as {
  onmessage: ((event: { data: ImportWorkerRequest }) => void) | null;
  postMessage(message: ImportWorkerResponse): void;
};

async function run(request: ImportWorkerRequest): Promise<ImportWorkerResponse> {
  if (request.kind === 'roster') {
    return { kind: 'roster', result: await parseRosterFile(request.bytes, request.fileName, request.context) };
  }
  return { kind: 'rubric', result: await importRubricXlsx(request.bytes) };
}

scope.onmessage = (event) => {
  run(event.data).then(
    (response) => scope.postMessage(response),
    (error: unknown) => scope.postMessage({ kind: 'error', message: error instanceof Error ? error.message : String(error) }),
  );
};
