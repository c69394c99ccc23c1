/** Invite a candidate to a studio: choose the studio (suggested ones first) and a note; says what it records. */
import { useEffect, useState } from 'react';
import { Alert, Button, Dialog, DialogActions, DialogContent, DialogTitle, ListSubheader, MenuItem, Stack, TextField } from '@mui/material';
import { useTranslation } from 'react-i18next';
import type { Person, Studio } from '../../../../shared/domain';
import type { PipelineCandidate } from '../../../../shared/synergy/buildTalentPipeline';
import type { InvitationProblem } from '../../../../shared/synergy/checkInvitation';
import { useRepositories } from '../../../db/useRepositories';
import { useResultText } from './useResultText';

export function InviteDialog({
  candidate,
  person,
  studios,
  onClose,
  onDone,
}: {
  candidate: PipelineCandidate;
  person: Person | undefined;
  /** The studios the pipeline read (suggested and the candidate's own). */
  studios: ReadonlyMap<string, Studio>;
  onClose: () => void;
  onDone: (message: string) => void;
}) {
  const { t } = useTranslation();
  const repositories = useRepositories();
  const resultText = useResultText();
  const [studioId, setStudioId] = useState(candidate.suggestions[0]?.studioId ?? '');
  const [note, setNote] = useState('');
  const [problems, setProblems] = useState<readonly InvitationProblem[]>([]);
  const [saving, setSaving] = useState(false);
  const [others, setOthers] = useState<readonly Studio[]>([]);
  const name = person?.name ?? candidate.personId;

  // Any other open studio can be chosen too; read once when the dialog opens (a short list).
  useEffect(() => {
    let live = true;
    const suggested = new Set(candidate.suggestions.map((s) => s.studioId));
    void repositories.studios.list().then((all) => {
      if (live) setOthers(all.filter((s) => !suggested.has(s.id) && s.status !== 'closed').sort((a, b) => a.name.localeCompare(b.name, 'zh-CN')));
    });
    return () => {
      live = false;
    };
  }, [repositories, candidate]);

  const studioName = (id: string) => studios.get(id)?.name ?? others.find((s) => s.id === id)?.name ?? '';

  const confirm = async () => {
    if (!studioId) {
      setProblems([{ code: 'studio_required' }]);
      return;
    }
    setSaving(true);
    const outcome = await repositories.pipeline.invite({
      personId: candidate.personId,
      studioId,
      year: candidate.best.year,
      competitionId: candidate.best.competitionId,
      ...(candidate.best.award ? { award: candidate.best.award } : {}),
      note,
    });
    setSaving(false);
    if (!outcome.ok) {
      setProblems(outcome.problems);
      return;
    }
    onDone(t('pipeline.inviteDialog.done', { name, studio: studioName(studioId) }));
  };

  return (
    <Dialog open onClose={onClose} fullWidth maxWidth="sm" slotProps={{ paper: { 'data-testid': 'invite-dialog' } as object }}>
      <DialogTitle>{t('pipeline.inviteDialog.title', { name })}</DialogTitle>
      <DialogContent>
        <Stack spacing={2} sx={{ mt: 1 }}>
          <Alert severity="info" icon={false} sx={{ py: 0 }}>
            {`${person?.trade ?? ''} · ${candidate.best.competitionName} · ${resultText(candidate.best)}`}
          </Alert>
          <TextField
            select
            label={t('pipeline.inviteDialog.studio')}
            value={studioId}
            onChange={(e) => {
              setStudioId(e.target.value);
              setProblems([]);
            }}
            slotProps={{ select: { 'data-testid': 'invite-studio' } as object }}
          >
            {candidate.suggestions.length > 0 && <ListSubheader>{t('pipeline.inviteDialog.suggestedGroup')}</ListSubheader>}
            {candidate.suggestions.map((s) => (
              <MenuItem key={s.studioId} value={s.studioId}>
                {`${studioName(s.studioId)} · ${t(`pipeline.match.${s.match}`)}`}
              </MenuItem>
            ))}
            {others.length > 0 && <ListSubheader>{t('pipeline.inviteDialog.otherGroup')}</ListSubheader>}
            {others.map((s) => (
              <MenuItem key={s.id} value={s.id}>
                {s.trade ? `${s.name} · ${s.trade}` : s.name}
              </MenuItem>
            ))}
          </TextField>
          <TextField
            label={t('pipeline.inviteDialog.note')}
            helperText={t('pipeline.inviteDialog.noteHelp')}
            value={note}
            onChange={(e) => setNote(e.target.value)}
            multiline
            minRows={2}
            slotProps={{ htmlInput: { 'data-testid': 'invite-note', maxLength: 1000 } }}
          />
          {studioId && <Alert severity="warning" icon={false} data-testid="invite-explain">{t('pipeline.inviteDialog.explain', { name, studio: studioName(studioId) })}</Alert>}
          {problems.map((p) => (
            <Alert key={p.code} severity="error">{t(`pipeline.inviteDialog.problem.${p.code}`)}</Alert>
          ))}
        </Stack>
      </DialogContent>
      <DialogActions>
        <Button onClick={onClose}>{t('common.cancel')}</Button>
        <Button variant="contained" onClick={() => void confirm()} disabled={saving} data-testid="invite-confirm">
          {t('pipeline.inviteDialog.confirm')}
        </Button>
      </DialogActions>
    </Dialog>
  );
}
