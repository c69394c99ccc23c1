import { useState } from 'react';
import { Alert, Button, Dialog, DialogActions, DialogContent, DialogContentText, DialogTitle } from '@mui/material';
import { useTranslation } from 'react-i18next';
import { useRepositories } from '../../db/useRepositories';
import { useLoadDemo } from './useLoadDemo';

/** Loads the demo workspace; asks first when that would replace existing records. */
export function LoadDemoButton({ variant = 'contained', onLoaded }: { variant?: 'contained' | 'outlined'; onLoaded?: () => void }) {
  const { t } = useTranslation();
  const repositories = useRepositories();
  const { load, loading, error } = useLoadDemo();
  const [confirmCount, setConfirmCount] = useState<number | null>(null);

  const run = async () => {
    setConfirmCount(null);
    if (await load()) onLoaded?.();
  };

  return (
    <>
      <Button
        variant={variant}
        disabled={loading}
        data-testid="load-demo"
        onClick={async () => {
          const count = await repositories.workspace.totalRecords();
          if (count > 0) setConfirmCount(count);
          else await run();
        }}
      >
        {loading ? t('welcome.loadingDemo') : t('common.loadDemo')}
      </Button>
      {error && (
        <Alert severity="error" sx={{ mt: 2 }}>
          {t('common.errorDetail', { message: error })}
        </Alert>
      )}
      <Dialog open={confirmCount !== null} onClose={() => setConfirmCount(null)}>
        <DialogTitle>{t('settings.confirmReplaceTitle')}</DialogTitle>
        <DialogContent>
          <DialogContentText>{t('settings.confirmReplaceBody', { count: confirmCount ?? 0 })}</DialogContentText>
        </DialogContent>
        <DialogActions>
          <Button onClick={() => setConfirmCount(null)}>{t('common.cancel')}</Button>
          <Button color="error" variant="contained" data-testid="confirm-replace" onClick={() => void run()}>
            {t('settings.replace')}
          </Button>
        </DialogActions>
      </Dialog>
    </>
  );
}
