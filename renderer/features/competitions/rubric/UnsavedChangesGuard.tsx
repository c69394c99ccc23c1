/**
 * Keeps unsaved rubric edits from being lost. Mounted only while the draft is dirty, so no navigation blocker
 * exists otherwise: leaving the tab or page asks to save, discard or stay, and closing or reloading the window
 * triggers the browser's own "leave site?" prompt.
 */
import { useEffect } from 'react';
import { Button, Dialog, DialogActions, DialogContent, DialogContentText, DialogTitle } from '@mui/material';
import { useTranslation } from 'react-i18next';
import { useBlocker, useNavigate } from 'react-router';

export function UnsavedChangesGuard({ onSave }: { onSave: () => Promise<boolean> }) {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const blocker = useBlocker(({ currentLocation, nextLocation }) => currentLocation.pathname !== nextLocation.pathname);

  useEffect(() => {
    const onBeforeUnload = (event: BeforeUnloadEvent) => event.preventDefault();
    window.addEventListener('beforeunload', onBeforeUnload);
    return () => window.removeEventListener('beforeunload', onBeforeUnload);
  }, []);

  const saveAndLeave = async () => {
    // Saving unmounts this guard (the draft is no longer dirty), so go on to the blocked place by hand.
    const target = blocker.location;
    blocker.reset?.();
    if ((await onSave()) && target) void navigate(target);
  };

  return (
    <Dialog open={blocker.state === 'blocked'} onClose={() => blocker.reset?.()} maxWidth="xs" fullWidth data-testid="rubric-leave-dialog">
      <DialogTitle>{t('rubric.leave.title')}</DialogTitle>
      <DialogContent>
        <DialogContentText>{t('rubric.leave.body')}</DialogContentText>
      </DialogContent>
      <DialogActions>
        <Button onClick={() => blocker.reset?.()}>{t('rubric.leave.stay')}</Button>
        <Button color="error" onClick={() => blocker.proceed?.()} data-testid="rubric-leave-discard">
          {t('rubric.leave.discard')}
        </Button>
        <Button variant="contained" data-testid="rubric-leave-save" onClick={() => void saveAndLeave()}>
          {t('rubric.leave.save')}
        </Button>
      </DialogActions>
    </Dialog>
  );
}
