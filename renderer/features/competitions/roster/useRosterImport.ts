/**
 * The roster import flow: pick a file, check it (nothing written), show the preview, and on confirmation check
 * the same bytes again against the data as it is now and write the ok rows in one transaction. If anything
 * changed in between (another window added someone), the fresh preview is shown instead of writing.
 */
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { RosterPreview, RosterPreviewFailed, RosterPreviewOk } from '../../../../shared/competitions/roster/types';
import type { Competition } from '../../../../shared/domain';
import { IMPORT_LIMITS } from '../../../../shared/safety/importLimits';
import { newId } from '../../../db/repositories';
import { rosterContextOf } from '../../../db/repositories/rosterQueries';
import { useRepositories } from '../../../db/useRepositories';
import { getPlatform, type PickedFile } from '../../../platform';
import { autoBackupBefore } from '../../backup/autoBackup';
import { writeErrorText } from '../../backup/errorText';
import { parseRosterInWorker } from '../../../workers/parseInWorker';
import { buildRosterImport } from './buildRosterImport';

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

/** What decides an import: each row's outcome and the person and department it resolves to. */
function previewSignature(preview: RosterPreviewOk): string {
  return JSON.stringify(
    preview.rows.map((r) => [r.row, r.status, r.issues.map((i) => i.code), r.person, r.departmentId, r.teamName, r.coachIds]),
  );
}

export function useRosterImport(competition: Pick<Competition, 'id' | 'teamBased' | 'trade'>) {
  const { t } = useTranslation();
  const repositories = useRepositories();
  const [state, setState] = useState<ImportStep>({ step: 'idle' });
  const [problem, setProblem] = useState<ImportProblem | null>(null);
  const [done, setDone] = useState<ImportDone | null>(null);

  const check = async (file: PickedFile): Promise<RosterPreview> => {
    // Read in the import worker: a large or hostile file never freezes the window.
    const context = await rosterContextOf(repositories, competition);
    return parseRosterInWorker(file.bytes, file.name, context);
  };

  const pick = async () => {
    setProblem(null);
    setDone(null);
    let files: readonly PickedFile[] | null;
    try {
      files = await getPlatform().openFiles({
        title: t('roster.import.pickTitle'),
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
      if (previewSignature(again) !== previewSignature(preview)) {
        setState({ step: 'preview', file, preview: again, refreshed: true });
        return;
      }
      const plan = buildRosterImport(again, competition, newId);
      await autoBackupBefore(repositories, 'before-import');
      await repositories.competitions.importRoster(plan);
      setDone({ fileName: file.name, entries: plan.newEntries.length, newPeople: plan.newPeople.length, skippedRows: again.counts.error });
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
