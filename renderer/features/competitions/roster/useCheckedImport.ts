/**
 * The flow every spreadsheet import of people follows (a competition's roster, the people register): pick a file,
 * check it in the import worker (nothing written), show the preview, and on confirmation check the same bytes again
 * against the data as it is now. If anything that decides the import changed in between (another window added
 * someone), the fresh preview is shown instead of writing; otherwise an automatic backup is made and the plan is
 * written in one transaction.
 */
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { RosterContext, RosterPreviewFailed, RosterPreviewOk } from '../../../../shared/competitions/roster/types';
import { IMPORT_LIMITS } from '../../../../shared/safety/importLimits';
import { useRepositories } from '../../../db/useRepositories';
import { getPlatform, type PickedFile } from '../../../platform';
import { parseRosterInWorker } from '../../../workers/parseInWorker';
import { autoBackupBefore } from '../../backup/autoBackup';
import { writeErrorText } from '../../backup/errorText';

export type ImportProblem =
  /** The file could not be opened (too large, unreadable). */
  | { readonly kind: 'open'; readonly error: unknown }
  /** The file was read and refused as a whole. */
  | { readonly kind: 'file'; readonly fileName: string; readonly error: RosterPreviewFailed['error'] };

export type ImportStep =
  | { readonly step: 'idle' }
  | { readonly step: 'reading'; readonly fileName: string }
  | {
      readonly step: 'preview' | 'writing';
      readonly file: PickedFile;
      readonly preview: RosterPreviewOk;
      /** The preview was redone at confirmation because the data had changed. */
      readonly refreshed: boolean;
      /** The write failed (nothing was written). */
      readonly writeError?: string;
    };

export interface ImportDone {
  readonly fileName: string;
  readonly entries: number;
  readonly newPeople: number;
  readonly skippedRows: number;
}

export interface CheckedImport {
  /** Title of the file picker. */
  readonly pickTitle: string;
  /** The data the file is checked against, read fresh for each check. */
  readonly context: () => Promise<RosterContext>;
  /** What decides the import: two previews with the same signature write the same records. */
  readonly signature: (preview: RosterPreviewOk) => string;
  /** Writes the checked preview in one transaction; returns what was written. */
  readonly write: (preview: RosterPreviewOk, fileName: string) => Promise<ImportDone>;
}

export function useCheckedImport(config: CheckedImport) {
  const { t } = useTranslation();
  const repositories = useRepositories();
  const [state, setState] = useState<ImportStep>({ step: 'idle' });
  const [problem, setProblem] = useState<ImportProblem | null>(null);
  const [done, setDone] = useState<ImportDone | null>(null);

  // Read in the import worker: a large or hostile file never freezes the window.
  const check = async (file: PickedFile) => parseRosterInWorker(file.bytes, file.name, await config.context());

  const pick = async () => {
    setProblem(null);
    setDone(null);
    let files: readonly PickedFile[] | null;
    try {
      files = await getPlatform().openFiles({
        title: config.pickTitle,
        filters: [{ name: t('roster.import.filterName'), extensions: ['xlsx', 'csv'] }],
        maxBytes: Math.max(IMPORT_LIMITS.rosterCsv.maxFileBytes, IMPORT_LIMITS.rosterXlsx.maxFileBytes),
      });
    } catch (error) {
      setState({ step: 'idle' });
      setProblem({ kind: 'open', error });
      return;
    }
    const file = files?.[0];
    if (!file) return;
    setState({ step: 'reading', fileName: file.name });
    try {
      const preview = await check(file);
      if (preview.ok) setState({ step: 'preview', file, preview, refreshed: false });
      else {
        setState({ step: 'idle' });
        setProblem({ kind: 'file', fileName: file.name, error: preview.error });
      }
    } catch (error) {
      setState({ step: 'idle' });
      setProblem({ kind: 'open', error });
    }
  };

  const confirm = async () => {
    if (state.step !== 'preview') return;
    const { file, preview } = state;
    setState({ step: 'writing', file, preview, refreshed: false });
    try {
      const again = await check(file);
      if (!again.ok) {
        setState({ step: 'idle' });
        setProblem({ kind: 'file', fileName: file.name, error: again.error });
        return;
      }
      if (config.signature(again) !== config.signature(preview)) {
        setState({ step: 'preview', file, preview: again, refreshed: true });
        return;
      }
      await autoBackupBefore(repositories, 'before-import');
      setDone(await config.write(again, file.name));
      setState({ step: 'idle' });
    } catch (error) {
      setState({ step: 'preview', file, preview, refreshed: false, writeError: writeErrorText(t, error) });
    }
  };

  return {
    state,
    problem,
    done,
    pick,
    confirm,
    cancel: () => setState({ step: 'idle' }),
    dismissProblem: () => setProblem(null),
    dismissDone: () => setDone(null),
  };
}
