/** Messages between the UI and the import worker (importWorker.ts). */
import type { RosterContext, RosterPreview } from '../../shared/competitions/roster/types';
import type { ImportRubricXlsxResult } from '../../shared/competitions/xlsx/importRubricXlsx';

export type ImportWorkerRequest =
  | { readonly kind: 'roster'; readonly bytes: Uint8Array; readonly fileName: string; readonly context: RosterContext }
  | { readonly kind: 'rubric'; readonly bytes: Uint8Array };

export type ImportWorkerResponse =
  | { readonly kind: 'roster'; readonly result: RosterPreview }
  | { readonly kind: 'rubric'; readonly result: ImportRubricXlsxResult }
  | { readonly kind: 'error'; readonly message: string };
