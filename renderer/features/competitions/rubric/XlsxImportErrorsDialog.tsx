import { Alert, Box, Button, Dialog, DialogActions, DialogContent, DialogTitle, Typography } from '@mui/material';
import { useTranslation } from 'react-i18next';
import type { RubricXlsxError } from '../../../../shared/competitions/xlsx/importRubricXlsx';
import { xlsxErrorMessage } from './xlsxErrorMessage';

export interface XlsxImportFailure {
  readonly fileName: string;
  readonly errors: readonly RubricXlsxError[];
}

/** Why a rubric spreadsheet was not imported, row by row; the rubric on screen is unchanged. */
export function XlsxImportErrorsDialog({ failure, onClose }: { failure: XlsxImportFailure | null; onClose: () => void }) {
  const { t } = useTranslation();
  return (
    <Dialog open={failure !== null} onClose={onClose} maxWidth="sm" fullWidth data-testid="rubric-import-errors">
      <DialogTitle>{t('rubric.xlsx.importFailedTitle')}</DialogTitle>
      <DialogContent>
        <Alert severity="error" sx={{ mb: 2 }}>
          {t('rubric.xlsx.importFailed', { name: failure?.fileName ?? '', count: failure?.errors.length ?? 0 })}
        </Alert>
        <Box component="ul" sx={{ m: 0, pl: 2.5, maxHeight: 360, overflow: 'auto' }}>
          {failure?.errors.map((error, index) => (
            <li key={index}>
              <Typography variant="body2" data-error-code={error.code}>
                {xlsxErrorMessage(t, error)}
              </Typography>
            </li>
          ))}
        </Box>
        <Typography variant="body2" color="text.secondary" sx={{ mt: 2 }}>
          {t('rubric.xlsx.importHint')}
        </Typography>
      </DialogContent>
      <DialogActions>
        <Button onClick={onClose}>{t('common.close')}</Button>
      </DialogActions>
    </Dialog>
  );
}
