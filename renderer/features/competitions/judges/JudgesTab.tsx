/**
 * The judges tab of a competition: who judges, scores, keeps the codes or arbitrates (DESIGN §2 "Judge
 * assignment"), with conflicts of interest checked on every change and each judge's login PIN. Assignments go
 * to the judge laptops in the competition package, so they can change only until scoring starts.
 */
import { useState } from 'react';
import {
  Alert,
  Box,
  Button,
  Dialog,
  DialogActions,
  DialogContent,
  DialogContentText,
  DialogTitle,
  Snackbar,
  Typography,
} from '@mui/material';
import PersonAddIcon from '@mui/icons-material/PersonAdd';
import { useTranslation } from 'react-i18next';
import type { JudgeAssignment } from '../../../../shared/domain';
import { PageLoading } from '../../../app/components/PageLoading';
import { useRepositories } from '../../../db/useRepositories';
import type { CompetitionTabProps } from '../CompetitionDetailPage';
import { AssignJudgeDialog } from './AssignJudgeDialog';
import { assignmentsEditable, PIN_ROLES } from '../../../../shared/competitions/judges/assignmentRules';
import { JudgesTable } from './JudgesTable';
import { PinDialog } from './PinDialog';
import { useJudgesWorkspace } from './useJudgesWorkspace';

type OpenDialog =
  | { readonly kind: 'assign'; readonly assignment?: JudgeAssignment }
  | { readonly kind: 'pin'; readonly assignment: JudgeAssignment }
  | { readonly kind: 'remove'; readonly assignment: JudgeAssignment };

export default function JudgesTab({ competition }: CompetitionTabProps) {
  const { t } = useTranslation();
  const repositories = useRepositories();
  const workspace = useJudgesWorkspace(competition.id);
  const [dialog, setDialog] = useState<OpenDialog | null>(null);
  const [notice, setNotice] = useState<string>();
  const editable = assignmentsEditable(competition.status);

  if (!workspace) return <PageLoading />;

  const nameOf = (assignment: JudgeAssignment) => workspace.personById.get(assignment.personId)?.name ?? t('common.unknown');
  // The dialogs get the live record, so a PIN set elsewhere meanwhile is not overwritten by a stale copy.
  const live = (assignment: JudgeAssignment) => workspace.judges.find((j) => j.id === assignment.id) ?? assignment;
  const withoutPin = workspace.judges.filter((j) => PIN_ROLES.has(j.role) && !j.pinHash).length;
  const close = () => setDialog(null);

  return (
    <Box>
      <Typography color="text.secondary" sx={{ mb: 2, maxWidth: 900 }}>
        {t('judges.intro')}
      </Typography>
      {!editable && (
        <Alert severity="info" sx={{ mb: 2 }} data-testid="judges-locked">
          {t('judges.locked', { status: t(`enums.competitionStatus.${competition.status}`) })}
        </Alert>
      )}
      <Box sx={{ display: 'flex', alignItems: 'center', gap: 2, mb: 2, flexWrap: 'wrap' }}>
        <Button
          variant="contained"
          startIcon={<PersonAddIcon />}
          disabled={!editable}
          onClick={() => setDialog({ kind: 'assign' })}
          data-testid="judges-add"
        >
          {t('judges.add')}
        </Button>
        <Typography variant="body2" color="text.secondary" data-testid="judges-summary">
          {t('judges.summary', { count: workspace.judges.length })}
          {withoutPin > 0 && ` ${t('judges.summaryWithoutPin', { count: withoutPin })}`}
        </Typography>
      </Box>

      <JudgesTable
        competition={competition}
        workspace={workspace}
        actions={{
          editable,
          onEdit: (assignment) => setDialog({ kind: 'assign', assignment }),
          onSetPin: (assignment) => setDialog({ kind: 'pin', assignment }),
          onRemove: (assignment) => setDialog({ kind: 'remove', assignment }),
        }}
      />

      {dialog?.kind === 'assign' && editable && (
        <AssignJudgeDialog
          competition={competition}
          workspace={workspace}
          assignment={dialog.assignment && live(dialog.assignment)}
          onClose={close}
          onSaved={(name) => {
            close();
            setNotice(t('judges.saved', { name }));
          }}
        />
      )}
      {dialog?.kind === 'pin' && editable && (
        <PinDialog
          assignment={live(dialog.assignment)}
          judgeName={nameOf(dialog.assignment)}
          onClose={close}
          onSaved={() => {
            close();
            setNotice(t('judges.pin.saved', { name: nameOf(dialog.assignment) }));
          }}
        />
      )}
      <Dialog open={dialog?.kind === 'remove'} onClose={close} maxWidth="xs" fullWidth>
        {dialog?.kind === 'remove' && (
          <>
            <DialogTitle>{t('judges.remove.title', { name: nameOf(dialog.assignment) })}</DialogTitle>
            <DialogContent>
              <DialogContentText>
                {t('judges.remove.body', { name: nameOf(dialog.assignment), role: t(`judges.roles.${dialog.assignment.role}`) })}
              </DialogContentText>
            </DialogContent>
            <DialogActions>
              <Button onClick={close}>{t('common.cancel')}</Button>
              <Button
                color="error"
                variant="contained"
                data-testid="judge-remove-confirm"
                onClick={async () => {
                  const name = nameOf(dialog.assignment);
                  await repositories.competitions.judges.remove(dialog.assignment.id);
                  close();
                  setNotice(t('judges.remove.done', { name }));
                }}
              >
                {t('judges.remove.confirm')}
              </Button>
            </DialogActions>
          </>
        )}
      </Dialog>
      <Snackbar
        open={notice !== undefined}
        autoHideDuration={4000}
        onClose={() => setNotice(undefined)}
        message={notice}
        slotProps={{ content: { 'data-testid': 'judges-notice' } as object }}
      />
    </Box>
  );
}
