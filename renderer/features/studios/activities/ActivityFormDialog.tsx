/** Create or edit an activity: kind, title, date, hours, attendees, and for coaching the competition. */
import { useEffect, useState } from 'react';
import { Box, Button, Dialog, DialogActions, DialogContent, DialogTitle, MenuItem, TextField } from '@mui/material';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router';
import { ACTIVITY_KINDS, type Activity, type Person } from '../../../../shared/domain';
import { validateActivityDraft } from '../../../../shared/studios/validateDrafts';
import { newId } from '../../../db/repositories';
import { useRepositories } from '../../../db/useRepositories';
import { DateField } from '../components/DateField';
import { PeoplePicker } from '../components/PersonPicker';
import { recordPath } from '../components/RecordLink';
import { useProblemText } from '../useProblemText';

const today = () => new Date().toISOString().slice(0, 10);

export function ActivityFormDialog({ studioId, activity, onClose }: { studioId: string; activity?: Activity; onClose: () => void }) {
  const { t } = useTranslation();
  const repositories = useRepositories();
  const navigate = useNavigate();
  const [kind, setKind] = useState<Activity['kind']>(activity?.kind ?? 'training');
  const [title, setTitle] = useState(activity?.title ?? '');
  const [date, setDate] = useState(activity?.date ?? today());
  const [hours, setHours] = useState(String(activity?.hours ?? 2));
  const [attendees, setAttendees] = useState<Person[]>([]);
  const [tried, setTried] = useState(false);

  useEffect(() => {
    if (activity) void repositories.people.byIds(activity.attendeeIds).then(setAttendees);
  }, [repositories, activity]);

  const draft = { studioId, kind, title: title.trim(), date, hours: Number(hours), attendeeIds: attendees.map((p) => p.id) };
  const problems = validateActivityDraft(draft);
  const problem = useProblemText(problems, tried);

  const save = async () => {
    setTried(true);
    if (problems.length > 0) return;
    const saved = await repositories.studios.activities.save({ ...(activity ?? { id: newId() }), ...draft });
    onClose();
    if (!activity) void navigate(recordPath('activities', saved.id));
  };

  return (
    <Dialog open onClose={onClose} maxWidth="sm" fullWidth>
      <DialogTitle>{activity ? t('innovation.activity.edit') : t('innovation.activity.create')}</DialogTitle>
      <DialogContent>
        <Box sx={{ display: 'grid', gridTemplateColumns: '1fr 1fr', gap: 2, mt: 1 }}>
          <TextField size="small" select label={t('common.kind')} value={kind} onChange={(e) => setKind(e.target.value as Activity['kind'])}>
            {ACTIVITY_KINDS.map((k) => <MenuItem key={k} value={k}>{t(`innovation.activityKind.${k}`)}</MenuItem>)}
          </TextField>
          <DateField label={t('common.date')} value={date} onChange={setDate} required error={problem('date')} />
          <TextField sx={{ gridColumn: '1 / -1' }} size="small" required label={t('innovation.activity.title')} value={title} onChange={(e) => setTitle(e.target.value)} error={Boolean(problem('title'))} helperText={problem('title')} slotProps={{ htmlInput: { 'data-testid': 'activity-title' } }} />
          <TextField size="small" label={t('innovation.activity.hours')} value={hours} onChange={(e) => setHours(e.target.value)} error={Boolean(problem('hours'))} helperText={problem('hours')} slotProps={{ htmlInput: { inputMode: 'decimal', 'data-testid': 'activity-hours' } }} />
          <Box />
          <Box sx={{ gridColumn: '1 / -1' }}>
            <PeoplePicker label={t('innovation.activity.attendees')} value={attendees} onChange={setAttendees} testId="activity-attendees" />
          </Box>
        </Box>
      </DialogContent>
      <DialogActions>
        <Button onClick={onClose}>{t('common.cancel')}</Button>
        <Button variant="contained" onClick={() => void save()} data-testid="activity-save">{t('innovation.form.save')}</Button>
      </DialogActions>
    </Dialog>
  );
}
