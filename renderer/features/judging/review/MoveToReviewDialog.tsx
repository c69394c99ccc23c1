/**
 * Scoring → review changes what judges may do, so it asks first and says what is still missing: marks not
 * given, modules not submitted, measurement conflicts still open.
 */
import { Alert, Button, Dialog, DialogActions, DialogContent, DialogContentText, DialogTitle, List, ListItem, ListItemText } from '@mui/material';
import { useTranslation } from 'react-i18next';
import type { Competition } from '../../../../shared/domain';
import { PageLoading } from '../../../app/components/PageLoading';
import { useReviewData } from './useReviewData';

export default function MoveToReviewDialog({ competition, onCancel, onConfirm }: { competition: Competition; onCancel: () => void; onConfirm: () => void }) {
  const { t } = useTranslation();
  const data = useReviewData(competition);
  const missing = data ? data.completeness.reduce((sum, c) => sum + c.expected - c.done, 0) : 0;
  const unsubmitted = data ? data.completeness.filter((c) => !data.lock.isSubmitted(c.assignmentId, c.moduleId)).length : 0;
  const lines = data
    ? [
        t('chiefReview.move.marks', { n: data.markCount }),
        missing > 0 ? t('chiefReview.move.missing', { n: missing }) : t('chiefReview.nothingMissing'),
        ...(unsubmitted > 0 ? [t('chiefReview.move.unsubmitted', { n: unsubmitted })] : []),
        ...(data.conflicts.length > 0 ? [t('chiefReview.blockConflicts', { n: data.conflicts.length })] : []),
      ]
    : [];
  return (
    <Dialog open onClose={onCancel} maxWidth="sm" fullWidth>
      <DialogTitle>{t('chiefReview.move.title')}</DialogTitle>
      <DialogContent>
        {!data ? (
          <PageLoading />
        ) : (
          <>
            <DialogContentText>{t('chiefReview.move.body')}</DialogContentText>
            <List dense data-testid="move-to-review-summary">
              {lines.map((line) => (
                <ListItem key={line}>
                  <ListItemText primary={line} />
                </ListItem>
              ))}
            </List>
            {(missing > 0 || data.markCount === 0) && <Alert severity="warning">{t('chiefReview.move.warning')}</Alert>}
          </>
        )}
      </DialogContent>
      <DialogActions>
        <Button onClick={onCancel}>{t('common.cancel')}</Button>
        <Button variant="contained" disabled={!data} onClick={onConfirm} data-testid="move-to-review-confirm">
          {t('chiefReview.move.confirm')}
        </Button>
      </DialogActions>
    </Dialog>
  );
}
