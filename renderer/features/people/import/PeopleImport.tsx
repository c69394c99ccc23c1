/** The people page's import button, its messages, and the roster preview dialog reused as is. */
import { Alert, AlertTitle, Button } from '@mui/material';
import UploadFileIcon from '@mui/icons-material/UploadFile';
import { useTranslation } from 'react-i18next';
import type { Department } from '../../../../shared/domain';
import { useLanguage } from '../../../app/useLanguage';
import { departmentOptions } from '../../competitions/roster/departmentTree';
import { RosterPreviewDialog } from '../../competitions/roster/RosterPreviewDialog';
import { fileErrorText, openFileErrorText } from '../../competitions/roster/rosterMessages';
import { usePeopleImport } from './usePeopleImport';

export function usePeopleImportUi(departments: readonly Department[]) {
  const { t } = useTranslation();
  const language = useLanguage();
  const importer = usePeopleImport();
  const { state, problem, done } = importer;
  const paths = new Map(departmentOptions(departments).map((o) => [o.id, o.path]));
  const button = (
    <Button variant="outlined" startIcon={<UploadFileIcon />} onClick={() => void importer.pick()} disabled={state.step === 'reading'} data-testid="people-import">
      {t('innovation.people.import')}
    </Button>
  );
  const messages = (
    <>
      {problem && (
        <Alert severity="error" sx={{ mb: 2 }} onClose={importer.dismissProblem} data-testid="people-import-problem">
          <AlertTitle>{problem.kind === 'file' ? t('roster.import.refusedTitle', { name: problem.fileName }) : t('roster.import.openFailedTitle')}</AlertTitle>
          {problem.kind === 'file' ? fileErrorText(t, problem.error, language) : openFileErrorText(t, problem.error, language)}
        </Alert>
      )}
      {done && (
        <Alert severity="success" sx={{ mb: 2 }} onClose={importer.dismissDone} data-testid="people-import-done">
          {t('innovation.people.importDone', { newPeople: done.newPeople, matched: done.entries - done.newPeople, skipped: done.skippedRows })}
        </Alert>
      )}
      {(state.step === 'preview' || state.step === 'writing') && (
        <RosterPreviewDialog
          fileName={state.file.name}
          preview={state.preview}
          teamBased={false}
          busy={state.step === 'writing'}
          refreshed={state.refreshed}
          writeError={state.writeError}
          departmentPath={(id) => paths.get(id) ?? id}
          onConfirm={() => void importer.confirm()}
          onReimport={() => void importer.pick()}
          onClose={importer.cancel}
        />
      )}
    </>
  );
  return { button, messages };
}
